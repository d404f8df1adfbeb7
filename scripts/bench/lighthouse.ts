import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** An audit that scored below full marks, with what it measured. */
export interface AuditFinding {
  category: CategoryId;
  id: string;
  title: string;
  /** 0–1; weighted audits cost points, the others only explain them. */
  score: number;
  weighted: boolean;
  displayValue: string;
}

export interface LighthouseFigures {
  version: string;
  /** 0–100 per category. */
  scores: Record<CategoryId, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  findings: AuditFinding[];
  /**
   * Where the simulated main thread's time goes on load (kinds of work, then scripts), as
   * Lighthouse counts it: what it observed times its 4× CPU slowdown.
   */
  mainThread: string[];
  /** The longest main-thread tasks of the load, as Lighthouse simulates them: where TBT comes from. */
  longTasks: string[];
  /** Lighthouse's own CPU speed estimate; a busy or slow host inflates the simulated times. */
  benchmarkIndex: number;
  runWarnings: string[];
}

/**
 * Lighthouse's default config (the mobile preset: a mid-range phone, simulated slow 4G and a
 * 4× slower CPU) on `url`, in Debian's Chromium started by chrome-launcher on `debuggingPort`.
 * Lighthouse drives the page over the DevTools protocol, so the app's `connect-src 'none'` does
 * not get in its way.
 */
export async function runLighthouse(
  url: string,
  debuggingPort: number,
): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    port: debuggingPort,
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    }
    return {
      version: lhr.lighthouseVersion,
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((category(lhr, id).score ?? 0) * 100)]),
      ) as Record<CategoryId, number>,
      lcpMs: numericValue(lhr, 'largest-contentful-paint'),
      tbtMs: numericValue(lhr, 'total-blocking-time'),
      cls: numericValue(lhr, 'cumulative-layout-shift'),
      findings: CATEGORIES.flatMap((id) => findings(lhr, id)),
      mainThread: [
        ...tableRows(lhr, 'mainthread-work-breakdown', 3).map(
          (item) => `${String(item.groupLabel)} ${Math.round(Number(item.duration))} ms`,
        ),
        ...tableRows(lhr, 'bootup-time', 3).map(
          (item) =>
            `${String(item.url).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(Number(item.total))} ms ` +
            `(${Math.round(Number(item.scripting))} ms running, ` +
            `${Math.round(Number(item.scriptParseCompile))} ms parsing and compiling)`,
        ),
      ],
      longTasks: tableRows(lhr, 'long-tasks', 6).map(
        (item) =>
          `${Math.round(Number(item.startTime))} ms: ${Math.round(Number(item.duration))} ms ` +
          `in ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}`,
      ),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      runWarnings: lhr.runWarnings.map(String),
    };
  } finally {
    chrome.kill();
  }
}

function category(lhr: Result, id: CategoryId): Result.Category {
  const found = lhr.categories[id];
  if (!found) throw new Error(`Lighthouse reported no ${id} category`);
  return found;
}

function numericValue(lhr: Result, auditId: string): number {
  const value = lhr.audits[auditId]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse reported no value for ${auditId}`);
  return value;
}

/** The first `count` rows of an audit's table (they come sorted, largest first). */
function tableRows(lhr: Result, auditId: string, count: number): Record<string, unknown>[] {
  const details = lhr.audits[auditId]?.details;
  return details?.type === 'table' ? details.items.slice(0, count) : [];
}

/**
 * The audits that cost a category points (weighted, below 1). Performance's points all come from
 * its five metrics, so for it the diagnostics and opportunities that fail (below 0.9, as the
 * report shows them) are listed too: they say why a metric is slow.
 */
function findings(lhr: Result, id: CategoryId): AuditFinding[] {
  const { score, auditRefs } = category(lhr, id);
  if (score === 1) return [];
  return auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null) return [];
    const weighted = ref.weight > 0;
    const costsPoints = weighted && audit.score < 1;
    const explains = id === 'performance' && !weighted && audit.score < 0.9;
    if (!costsPoints && !explains) return [];
    return [
      {
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weighted,
        displayValue: audit.displayValue ?? '',
      },
    ];
  });
}

export function formatFindings(figures: LighthouseFigures): string {
  if (figures.findings.length === 0) return 'Every audit passed.';
  const mainThread =
    figures.scores.performance < 100
      ? [
          'Main thread on load (simulated):',
          ...figures.mainThread.map((line) => `  ${line}`),
          'Longest tasks (simulated):',
          ...figures.longTasks.map((line) => `  ${line}`),
        ]
      : [];
  const audits = figures.findings.map(
    (finding) =>
      `  ${finding.weighted ? 'costs points' : 'explains    '}  ${finding.category.padEnd(14)}` +
      ` ${finding.id.padEnd(28)} ${finding.score.toFixed(2)}  ${finding.title}` +
      (finding.displayValue ? ` (${finding.displayValue})` : ''),
  );
  return [...audits, ...mainThread].join('\n');
}
