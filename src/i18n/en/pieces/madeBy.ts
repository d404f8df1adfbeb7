import type {
  EscapedCharacter,
  Evidence,
  GrantsOrder,
  HandMadeShape,
  Identification,
  Library,
  NotLibraryReason,
  Quirk,
  RuleOutReason,
  Writer,
} from '../../../token/fingerprint/index.ts';
import type { NameList } from '../../../token/diagnose/findings.ts';
import { WRITER_NAMES } from '../../writerNames.ts';

/**
 * The Inspect tab's "Made by" section in English: which library made the token, how that shows,
 * and what the library's habits mean for this token. Each switch is exhaustive, so a new evidence
 * or quirk code fails the typecheck until it is worded here.
 *
 * @example
 * ```ts
 * madeBy.verdict({ verdict: 'library', library: 'go', confidence: 'certain', … });
 * // 'twilio-go, Twilio’s helper library for Go.'
 * ```
 */

const LANGUAGES: Record<Library, string> = {
  node: 'Node.js',
  python: 'Python',
  java: 'Java',
  csharp: 'C#',
  php: 'PHP',
  ruby: 'Ruby',
  go: 'Go',
};

const and = (items: readonly string[]) =>
  new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }).format(items);
const or = (items: readonly string[]) =>
  new Intl.ListFormat('en-US', { style: 'long', type: 'disjunction' }).format(items);

const named = (writers: readonly Writer[]) => writers.map((writer) => WRITER_NAMES[writer]);

/** `alg, typ, cty`, or `k0, k1 … and 690 more`. */
const order = ({ names, total }: NameList) =>
  names.join(', ') + (total > names.length ? ` and ${String(total - names.length)} more` : '');

const quoted = ({ names, total }: NameList) =>
  and([
    ...names.map((name) => `“${name}”`),
    ...(total > names.length ? [`${String(total - names.length)} more`] : []),
  ]);

/** "as twilio-java writes it", "as twilio-node and twilio-csharp write it" */
const asWritten = (writers: readonly Library[], it: string) =>
  writers.length === 1
    ? `as ${named(writers).join('')} writes ${it}`
    : `as ${and(named(writers))} write ${it}`;

const CHARACTERS: Record<EscapedCharacter, string> = {
  slash: '“/”',
  nonAscii: 'characters past ASCII',
  html: '“<”, “>” and “&”',
};

const ESCAPES: Record<EscapedCharacter, string> = {
  slash: '“/” is written “\\/”, as PHP’s json_encode writes it.',
  nonAscii:
    'Characters past ASCII are written as \\u escapes (é as \\u00e9), as PHP’s json_encode and Python’s json.dumps write them.',
  html: '“<”, “>” and “&” are written \\u003c, \\u003e and \\u0026, as Go’s encoding/json writes them.',
};

const GRANTS_ORDERS: Record<GrantsOrder, (members: string) => string> = {
  identityFirst: (members) => `identity comes first in grants (${members}).`,
  identityLast: (members) =>
    `identity comes last in grants (${members}), where twilio-python puts it.`,
  sorted: (members) => `grants are sorted by name (${members}), as Go writes a map.`,
  javaHashMap: (members) => `grants come in the order of Java’s HashMap (${members}).`,
};

function ruledOut(
  library: Library,
  reason: RuleOutReason,
  character: EscapedCharacter | undefined,
): string {
  const name = WRITER_NAMES[library];
  const what = CHARACTERS[character ?? 'slash'];
  switch (reason) {
    case 'algorithm':
      return `${name} does not sign with this algorithm`;
    case 'region':
      return `${name} never writes this twr`;
    case 'grantsOrder':
      return `${name} puts the grants in another order`;
    case 'escapedByLibrary':
      return `${name} would have escaped ${what}`;
    case 'plainInLibrary':
      return `${name} writes ${what} as they are, not escaped`;
    case 'jtiNotRounded':
      return `the number in twilio-java’s jti is always rounded (to 128 s today)`;
    case 'customClaim':
      return `the claims twilio-php adds are always text`;
  }
}

const NOT_LIBRARY: Record<NotLibraryReason, (name: string) => string> = {
  spacedJson: () => 'Its JSON has spaces or line breaks; every helper library writes it compact.',
  duplicateKeys: () => 'A key is written twice; no helper library does that.',
  byteOrderMark: () => 'Its JSON starts with a byte order mark; no helper library writes one.',
  headerMember: (name) =>
    `The header has “${name}”; helper libraries write only alg, typ, cty and twr.`,
  cty: () => 'The header has no cty “twilio-fpa;v=1”, which every helper library writes.',
  typ: () => 'The header has no typ “JWT”, which every helper library writes.',
  algorithm: () => 'It is signed with an algorithm no helper library uses.',
  region: () => 'Its twr is neither text nor null.',
  missingClaim: (name) => `It has no ${name}, which every helper library writes.`,
  claimType: (name) => `Its ${name} is not of the type every helper library writes.`,
  jtiShape: () =>
    'Its jti is not the API key SID, a dash and a time in seconds, as every helper library writes it.',
};

const SHAPES: Record<HandMadeShape, (writers: string) => string> = {
  jsonwebtokenClaims: (writers) =>
    `iat follows the token’s own claims, then exp, iss, sub and jti: the order ${writers} adds them in.`,
  sortedMembers: (writers) =>
    `Header and claims are both sorted by name, as ${writers} writes them.`,
  sortedHeader: (writers) =>
    `Only the header is sorted by name, as ${writers} (2.5 and later) writes it.`,
  algLast: (writers) => `No typ, and alg last: the header ${writers} write.`,
};

export const madeBy = {
  heading: 'Made by',
  evidenceLabel: 'How this shows',
  quirksHeading: 'What this means for the token',
  /** "Show 3 more" */
  showMore: (count: number) => `Show ${String(count)} more`,
  showFewer: 'Show fewer',

  verdict({ verdict, library, handMadeWith, candidates, confidence }: Identification): string {
    switch (verdict) {
      case 'library': {
        if (library === undefined) return 'Cannot tell which library made this token.';
        const name = `${WRITER_NAMES[library]}, Twilio’s helper library for ${LANGUAGES[library]}.`;
        return confidence === 'certain' ? name : `Most likely ${name}`;
      }
      case 'handMade': {
        const lead =
          confidence === 'certain'
            ? 'Not one of Twilio’s helper libraries: made by hand with a JWT library.'
            : 'Probably not one of Twilio’s helper libraries: it looks made by hand with a JWT library.';
        if (handMadeWith !== undefined)
          return `${lead} Its layout is ${WRITER_NAMES[handMadeWith]}’s.`;
        if (candidates.length > 0)
          return `${lead} Its layout is what ${or(named(candidates))} write.`;
        return lead;
      }
      case 'unknown':
        return candidates.length > 0
          ? `Cannot tell: ${or(named(candidates))} would write this token alike.`
          : 'Cannot tell which library made this token.';
    }
  },

  describeEvidence(item: Evidence): string {
    switch (item.code) {
      case 'headerOrder':
        return item.writers.length > 0
          ? `Header in the order ${order(item.members)}, ${asWritten(item.writers, 'it')}.`
          : `Header in the order ${order(item.members)}, which none of Twilio’s helper libraries writes.`;
      case 'payloadOrder':
        return item.writers.length > 0
          ? `Claims in the order ${order(item.members)}, ${asWritten(item.writers, 'them')}.`
          : `Claims in the order ${order(item.members)}, which none of Twilio’s helper libraries writes.`;
      case 'grantsOrder':
        return GRANTS_ORDERS[item.order](order(item.members));
      case 'escaping':
        return item.escaped
          ? ESCAPES[item.character]
          : `${CHARACTERS[item.character]} written as they are.`;
      case 'twrNull':
        return 'The header says "twr": null, which only twilio-ruby writes, when no region is given.';
      case 'jtiRounded':
        return `The number in jti, ${String(item.seconds)}, is rounded as twilio-java’s float arithmetic rounds it (to 128 s today).`;
      case 'customClaims':
        return `${quoted(item.names)} come before the library’s own claims, where twilio-php’s addClaim() puts them.`;
      case 'derivedFromSource':
        return 'twilio-csharp’s layout is read from its source; no .NET was run here to confirm it.';
      case 'rulesOut':
        return `Laid out as ${WRITER_NAMES[item.library]} writes tokens, but ${ruledOut(item.library, item.reason, item.character)}.`;
      case 'notLibrary':
        return NOT_LIBRARY[item.reason](item.name ?? '');
      case 'handMadeLayout':
        return SHAPES[item.shape](and(named(item.writers)));
      case 'unreadable':
        return 'The token is too large to tell.';
    }
  },

  describeQuirk(quirk: Quirk, library: Library): string {
    const name = WRITER_NAMES[library];
    switch (quirk.code) {
      case 'ttlRaisedToHour':
        return 'twilio-go makes no token shorter than an hour: it raises a TTL under 3,600 s to 3,600 s. If you asked for less, that is why this one lasts an hour.';
      case 'nbfIsIssueTime':
        return `${name} sets nbf to its server’s clock when it makes a token. A server clock ahead of Twilio’s makes the token “not yet valid” (error 20105): keep the server’s clock synchronized.`;
      case 'jtiRounded':
        return 'twilio-java rounds the time in jti to 128 s: jti does not say when the token was made, and tokens made with the same key within those 128 s share one jti.';
      case 'twrNull':
        return 'twilio-ruby writes "twr": null when no region is given (since 5.42.0): this token names no region.';
      case 'playerNull':
        return `${name} writes a Playback grant made without its grant as null, where twilio-node and twilio-php write {}.`;
      case 'syncExtras':
        return 'Only twilio-php writes deployment_role_sid and push_credential_sid in a Sync grant; no other library has these options.';
      case 'falsyIdentity':
        return 'This token has no identity: twilio-php leaves out one that PHP counts as false, such as "0" or "". If you gave one, that is where it went.';
      case 'secretLength':
        return 'twilio-csharp refuses an API Key Secret shorter than 32 bytes (error IDX10720), which the other libraries accept.';
      case 'timesFixedAtBuild':
        return 'twilio-csharp takes jti’s time and the default expiry when the Token is built, not at ToJwt(): a Token kept and reused writes the same jti and exp every time.';
    }
  },
};

export type MadeByWords = typeof madeBy;
