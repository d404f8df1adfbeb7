/** One line of the bench's summary table. `met` is undefined where a figure has no goal. */
export interface Row {
  measure: string;
  result: string;
  goal: string;
  met?: boolean;
}

/** A measurement that threw: its rows say so, and the run exits with 1 after the table. */
export function crashedRows(measures: readonly string[], error: unknown): Row[] {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return measures.map((measure) => ({ measure, result: `crashed: ${reason ?? ''}`, goal: '—' }));
}

/** The rows as a Markdown table, padded so it also reads in a terminal. */
export function markdownTable(rows: readonly Row[]): string {
  const cells = [
    ['Measure', 'Result', 'Goal', 'Met'],
    ...rows.map((row) => [
      row.measure,
      row.result.replaceAll('|', '\\|'),
      row.goal,
      row.met === undefined ? '—' : row.met ? 'yes' : '**no**',
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...cells.map((line) => (line[column] ?? '').length)),
  );
  const format = (line: readonly string[]) =>
    `| ${line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [header = [], ...body] = cells;
  return [
    format(header),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...body.map(format),
  ].join('\n');
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const tokensPerSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
