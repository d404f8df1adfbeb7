import type { EscapedCharacter, HandMadeLibrary, HandMadeShape } from './identification.ts';
import { isSorted } from './memberOrder.ts';
import type { TokenFacts } from './tokenFacts.ts';

/** A generic JWT library's layout, recognised by what that library itself adds or sorts. */
interface GenericLayout {
  readonly shape: HandMadeShape;
  /** More than one where nothing in the token tells them apart. */
  readonly writers: readonly HandMadeLibrary[];
  readonly fits: (facts: TokenFacts) => boolean;
  /** Whether its JSON encoder escapes each class of character. */
  readonly escapes: Readonly<Record<EscapedCharacter, boolean>>;
}

/** The claims jsonwebtoken adds after `iat`, in its order (sign.js L193-225, L69-73). */
const JSONWEBTOKEN_CLAIMS = ['nbf', 'exp', 'aud', 'iss', 'sub', 'jti'];

/**
 * Research notes E.8, most telling first; the first that fits is the answer. Each needs what its
 * library does to show: a header of only `{"alg","typ"}` or only `{"alg"}`, with the caller's
 * claims as given, is what many libraries write (PyJWT, jose, ruby-jwt, jjwt…), so it names none.
 */
const GENERIC_LAYOUTS: readonly GenericLayout[] = [
  {
    // jsonwebtoken 9 sign.js L97-101: header {alg, typ} and then options.header; L185-191 adds iat
    // after the caller's claims, then nbf, exp (L193-215), aud, iss, sub, jti (L69-73, L217-225).
    shape: 'jsonwebtokenClaims',
    writers: ['jsonwebtoken'],
    fits: ({ headerMembers, payloadMembers }) =>
      headerMembers[0] === 'alg' && headerMembers[1] === 'typ' && claimsAfterIat(payloadMembers),
    // jws lib/tostring.js: JSON.stringify.
    escapes: { slash: false, nonAscii: false, html: false },
  },
  {
    // golang-jwt v5 token.go L47-56: header {typ, alg}, L80-92: json.Marshal of the header map and
    // of MapClaims, which encoding/json writes sorted.
    shape: 'sortedMembers',
    writers: ['golang-jwt'],
    fits: ({ headerMembers, payloadMembers }) =>
      hasAlgAndTyp(headerMembers) &&
      isSorted(headerMembers) &&
      payloadMembers.length >= 3 &&
      isSorted(payloadMembers),
    escapes: { slash: false, nonAscii: false, html: true },
  },
  {
    // PyJWT 2.5+ api_jws.py (@2.5.0 L137-138): the header with sort_keys=True, typ "JWT" by
    // default; the payload as given (api_jwt.py), with json.dumps' ensure_ascii.
    shape: 'sortedHeader',
    writers: ['pyjwt'],
    fits: ({ headerMembers }) =>
      headerMembers.length >= 3 && hasAlgAndTyp(headerMembers) && isSorted(headerMembers),
    escapes: { slash: false, nonAscii: true, html: false },
  },
  {
    // ruby-jwt: no typ, alg set after the caller's header (jwa/signing_algorithm.rb @v3.2.0
    // L25-27, token.rb L98; encode.rb @v2.5.0 L42-44). jjwt 0.12: no typ, alg appended when it
    // signs (DefaultJwtBuilder.java L573). Both write plain UTF-8 (JSON.generate, Jackson).
    shape: 'algLast',
    writers: ['ruby-jwt', 'jjwt'],
    fits: ({ headerMembers }) =>
      headerMembers.length >= 2 && !headerMembers.includes('typ') && headerMembers.at(-1) === 'alg',
    escapes: { slash: false, nonAscii: false, html: false },
  },
];

/**
 * The generic JWT library (or libraries, when nothing tells them apart) whose layout a token has,
 * if any of those known here; never one whose JSON encoder would have written the text otherwise.
 *
 * @example
 * ```ts
 * handMadeLayout(readTokenFacts(decodeToken(jwt.sign({ grants }, secret, { expiresIn: 600 }))));
 * // { shape: 'jsonwebtokenClaims', writers: ['jsonwebtoken'] }
 * ```
 */
export function handMadeLayout(
  facts: TokenFacts,
): { readonly shape: HandMadeShape; readonly writers: readonly HandMadeLibrary[] } | undefined {
  const layout = GENERIC_LAYOUTS.find((candidate) => candidate.fits(facts));
  if (!layout || !writesLike(facts, layout.escapes)) return undefined;
  return { shape: layout.shape, writers: layout.writers };
}

/** Whether the token's strings are escaped as an encoder with these habits would write them. */
export function writesLike(
  facts: TokenFacts,
  escapes: Readonly<Partial<Record<EscapedCharacter, boolean>>>,
): boolean {
  return CHARACTERS.every((character) => wrongWriting(facts, escapes, character) === undefined);
}

const CHARACTERS: readonly EscapedCharacter[] = ['slash', 'nonAscii', 'html'];

/**
 * How the token contradicts an encoder for one character class: it escapes the class and the
 * token has it plain (`escapedByLibrary`), or the reverse (`plainInLibrary`).
 */
export function wrongWriting(
  facts: TokenFacts,
  escapes: Readonly<Partial<Record<EscapedCharacter, boolean>>>,
  character: EscapedCharacter,
): 'escapedByLibrary' | 'plainInLibrary' | undefined {
  const escaped = escapes[character];
  if (escaped === undefined) return undefined;
  const seen = facts.writing[character];
  if (escaped && seen.plain) return 'escapedByLibrary';
  if (!escaped && seen.escaped) return 'plainInLibrary';
  return undefined;
}

function hasAlgAndTyp(members: readonly string[]): boolean {
  return members.includes('alg') && members.includes('typ');
}

/** Whether the members after `iat` are some of jsonwebtoken's own, in its order. */
function claimsAfterIat(members: readonly string[]): boolean {
  const iat = members.indexOf('iat');
  if (iat === -1) return false;
  let next = 0;
  for (const member of members.slice(iat + 1)) {
    const at = JSONWEBTOKEN_CLAIMS.indexOf(member, next);
    if (at === -1) return false;
    next = at + 1;
  }
  return true;
}
