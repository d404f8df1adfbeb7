import type { ReportWords } from '../token/report/index.ts';
import type { InspectWords } from './en/inspect.ts';

/**
 * The report's words from the `inspect` namespace of one language: its own pieces, and the
 * findings, severities and library names the Inspect tab words the same way.
 *
 * @example
 * ```ts
 * buildReport(tokens, reportWords(useLazyWords('inspect')), options);
 * ```
 */
export function reportWords(t: InspectWords): ReportWords {
  return {
    ...t.report,
    severity: t.severity,
    twilioError: t.twilioError,
    describeFinding: t.describeFinding,
    verdict: (identification) => t.madeBy.verdict(identification),
  };
}
