import type { Finding, Severity } from '../diagnose/findings.ts';
import type { Identification } from '../fingerprint/identification.ts';
import { formatJson } from '../json/formatJson.ts';
import { tokenTimes, type TokenTimes } from '../tokenTimes.ts';
import { removeAll, secretForms, shortenSids, signatureForms } from './redact.ts';
import { isJsonObject } from '../json/jsonObject.ts';

/** One decoded token and what the inspector found in it. */
export interface ReportToken {
  /** A heading above this token's part ("First token"); none for a report on one token. */
  readonly heading?: string;
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  /** The signature segment as it appears in the token: never written, removed if seen. */
  readonly signature: string;
  readonly findings: readonly Finding[];
  readonly identification?: Identification;
}

/** The report's words in the page's language; the domain decides what goes where. */
export interface ReportWords {
  readonly title: string;
  /** The line under the title: what was left out, and when the report was made (ISO UTC). */
  readonly intro: (options: { shortenSids: boolean; maskIdentity: boolean; at: string }) => string;
  readonly header: string;
  readonly payload: string;
  readonly diagnosis: string;
  readonly noProblems: string;
  readonly lifetime: string;
  readonly madeBy: string;
  readonly maskedIdentity: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly twilioError: (code: number) => string;
  readonly describeFinding: (finding: Finding) => string;
  readonly describeTimes: (times: TokenTimes) => string;
  readonly verdict: (identification: Identification) => string;
}

export interface ReportOptions {
  /** SIDs as prefix and last four characters (`AC…1a2b`). */
  readonly shortenSids: boolean;
  /** `grants.identity`, and the identity wherever it is a JSON value, replaced by a mask. */
  readonly maskIdentity: boolean;
  /** The clock the times are told against, in seconds since the epoch. */
  readonly now: number;
  /** Secrets the page holds (the API Key Secret typed beside the token): removed if seen. */
  readonly secrets?: readonly string[];
}

/**
 * A Markdown report on one token or two, safe to paste into a support ticket or a public
 * issue: header and payload as JSON blocks, the diagnosis with Twilio's error numbers, the
 * lifetime and which library made the token. Never the signature, never a secret: neither is
 * written, and any text that would still hold one (a custom claim carrying it) has it removed.
 * Pure: the words come in, the text goes out.
 *
 * @example
 * ```ts
 * buildReport([{ header, payload, signature, findings }], words, {
 *   shortenSids: true, maskIdentity: false, now: 1767225600,
 * });
 * // '## Twilio Access Token report\n\n…```json\n{\n  "alg": "HS256", …'
 * ```
 */
export function buildReport(
  tokens: readonly ReportToken[],
  words: ReportWords,
  options: ReportOptions,
): string {
  const at = new Date(options.now * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lines = [
    `## ${words.title}`,
    '',
    words.intro({ shortenSids: options.shortenSids, maskIdentity: options.maskIdentity, at }),
  ];
  const level = tokens.length > 1 ? '####' : '###';
  for (const token of tokens) {
    if (token.heading !== undefined) lines.push('', `### ${oneLine(token.heading)}`);
    lines.push(...tokenPart(token, words, options, level));
  }
  let text = `${lines.join('\n')}\n`;
  if (options.shortenSids) text = shortenSids(text);
  return removeAll(text, [
    ...tokens.flatMap((token) => signatureForms(token.signature)),
    ...(options.secrets ?? []).flatMap(secretForms),
  ]);
}

function tokenPart(
  token: ReportToken,
  words: ReportWords,
  options: ReportOptions,
  level: string,
): string[] {
  const identity = identityOf(token.payload);
  const mask = options.maskIdentity && identity !== undefined;
  const payload = mask ? withIdentity(token.payload, words.maskedIdentity) : token.payload;
  const json = (value: unknown) => {
    const text = formatJson(value);
    return mask ? maskJsonValue(text, identity, words.maskedIdentity) : text;
  };
  const problems = token.findings.filter((item) => item.severity !== 'note');
  return [
    '',
    `${level} ${words.header}`,
    '',
    ...codeBlock(json(token.header)),
    '',
    `${level} ${words.payload}`,
    '',
    ...codeBlock(json(payload)),
    '',
    `${level} ${words.diagnosis}`,
    '',
    ...token.findings.map((item) => {
      const code =
        item.twilioError === undefined ? '' : ` (${words.twilioError(item.twilioError)})`;
      const text = words.describeFinding(mask ? maskedFinding(item) : item);
      return `- **${words.severity[item.severity]}**${code}: ${oneLine(text)}`;
    }),
    ...(problems.length === 0 ? [`- ${words.noProblems}`] : []),
    '',
    `${level} ${words.lifetime}`,
    '',
    oneLine(words.describeTimes(tokenTimes(token.payload, { now: options.now }))),
    ...(token.identification
      ? ['', `${level} ${words.madeBy}`, '', oneLine(words.verdict(token.identification))]
      : []),
  ];
}

/** A fenced block longer than any run of backticks inside, so nothing in a claim can close it. */
function codeBlock(text: string): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}json`, text, fence];
}

/** Finding words on one line: a list item in Markdown ends at a line break. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function identityOf(payload: Readonly<Record<string, unknown>>): string | undefined {
  const grants = payload.grants;
  if (!isJsonObject(grants)) return undefined;
  const identity = grants.identity;
  if (typeof identity === 'string') return identity === '' ? undefined : identity;
  return typeof identity === 'number' ? String(identity) : undefined;
}

/** The payload with `grants.identity` replaced; copies two levels, never recurses further. */
function withIdentity(
  payload: Readonly<Record<string, unknown>>,
  mask: string,
): Record<string, unknown> {
  const grants = payload.grants as Readonly<Record<string, unknown>>;
  return { ...payload, grants: { ...grants, identity: mask } };
}

/** The identity as a JSON string value anywhere else (a custom claim), masked too. */
function maskJsonValue(text: string, identity: string, mask: string): string {
  const quoted = JSON.stringify(identity);
  let result = '';
  let from = 0;
  for (;;) {
    const at = text.indexOf(quoted, from);
    if (at < 0) return result + text.slice(from);
    const after = at + quoted.length;
    // A key is followed by a colon; a value by a comma, a line break or a bracket.
    const isKey = text[after] === ':';
    result += text.slice(from, at) + (isKey ? quoted : JSON.stringify(mask));
    from = after;
  }
}

/** The one finding that quotes the identity: the character it names is masked. */
function maskedFinding(item: Finding): Finding {
  if (item.code !== 'identityNotVoiceSafe') return item;
  return { ...item, params: { ...item.params, character: '•' } };
}
