import type { InputProblem } from '../problems.ts';

/**
 * Parses outgoing application parameters written one `name=value` per line, the way people
 * jot them down. Blank lines are skipped; the first `=` splits name from value.
 *
 * @example
 * ```ts
 * parseOutgoingParams('to=+15551234567\nmood=happy'); // { params: { to: '+15551234567', mood: 'happy' } }
 * ```
 */
export function parseOutgoingParams(
  text: string,
): { params: Record<string, string> | undefined } | { problem: InputProblem } {
  // A Map, not `params[name] = value`: that would set the prototype for a parameter named
  // `__proto__` and lose it. Object.fromEntries defines every name as a plain member.
  const params = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const split = line.indexOf('=');
    if (split === -1) return { problem: { code: 'badParamLine', line: index + 1 } };
    const name = line.slice(0, split).trim();
    if (name === '') return { problem: { code: 'emptyParamName', line: index + 1 } };
    params.set(name, line.slice(split + 1).trim());
  }
  return { params: params.size === 0 ? undefined : Object.fromEntries(params) };
}

/** The inverse, for filling the form from a preset or a shared setup. */
export function formatOutgoingParams(params: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(params ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}
