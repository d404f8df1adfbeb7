/**
 * A share-safe Markdown report on a token (or two) for a support ticket or a public issue.
 *
 * @example
 * ```ts
 * import { buildReport } from '../../token/report/index.ts';
 * ```
 */
export {
  buildReport,
  type ReportOptions,
  type ReportToken,
  type ReportWords,
} from './buildReport.ts';
export { REMOVED, removeAll, secretForms, shortenSids, signatureForms } from './redact.ts';
