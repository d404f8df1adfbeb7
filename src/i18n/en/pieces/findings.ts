import type { DecodeFailure } from '../../../token/decode.ts';
import type {
  Finding,
  IdentityProduct,
  InputCleanup,
  JsonKind,
  NameList,
  SidIssue,
  StringHeaderField,
} from '../../../token/diagnose/findings.ts';
import type { SidPrefix } from '../../../token/sid.ts';
import { sidNames as SID_NAMES } from './sidNames.ts';
import { utcText } from '../../utcText.ts';
import { formatDuration } from '../decoded.ts';

/**
 * The inspector's findings in English: one sentence or two per finding, saying what is wrong and
 * how to fix it. The switch is exhaustive, so a new finding code fails the typecheck until it is
 * worded here.
 *
 * @example
 * ```ts
 * describeFinding({ code: 'expired', severity: 'error', twilioError: 20104,
 *   params: { exp: 1795856220, now: 1795856400, secondsAgo: 180 } });
 * // 'The token expired 3 min ago (exp 2026-11-28 08:57:00 UTC). Generate a new one; tokens live at most 24 hours.'
 * ```
 */

const CLEANUPS: Record<InputCleanup, string> = {
  quotes: 'the quotes',
  bearer: 'the “Bearer” prefix',
  innerWhitespace: 'line breaks and spaces',
};

/** Each product whose identity rules are checked, by name. */
const PRODUCTS: Record<IdentityProduct, string> = {
  video: 'Video',
  voice: 'Voice',
  chat: 'Conversations',
  sync: 'Sync',
};

const PARTS = { header: 'header', payload: 'payload', signature: 'signature' } as const;

const list = (items: readonly string[]) =>
  new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }).format(items);

const count = (value: number) => value.toLocaleString('en-US');

/** “k0”, “k1” and 690 more. */
const names = ({ names: listed, total }: NameList) =>
  list([
    ...listed.map((name) => `“${name}”`),
    ...(total > listed.length ? [`${count(total - listed.length)} more`] : []),
  ]);

const KINDS: Record<JsonKind, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'JSON’s empty value',
  array: 'a list ([…])',
  object: 'an object ({…})',
};

const HEADER_FIELD_FIX: Record<StringHeaderField, string> = {
  alg: 'Set alg to “HS256”.',
  typ: 'Set typ to “JWT”.',
  cty: 'Set cty to “twilio-fpa;v=1”.',
  twr: 'Set twr to your API Key’s region, such as “ie1”, or leave it out.',
  kid: 'Twilio does not read kid: leave it out.',
};

const sidName = (prefix: SidPrefix) => `${SID_NAMES[prefix]} (${prefix}…)`;

/** How a SID claim falls short, completing "iss …" or "grants.chat.service_sid …". */
function sidProblem(issue: SidIssue): string {
  switch (issue.kind) {
    case 'missing':
      return 'is missing';
    case 'notString':
      return 'is not text';
    case 'wrongKind':
      return `is ${sidName(issue.found)}`;
    case 'malformed':
      return 'is not a well-formed SID (two capital letters, then 32 digits 0-9 and a-f)';
  }
}

function describeNotJwt(failure: DecodeFailure): string {
  switch (failure.reason) {
    case 'segmentCount':
      return failure.count === 1
        ? 'This is not a JWT: an Access Token is three parts joined by dots (header.payload.signature). Paste the token itself, not a SID or a secret.'
        : `This is not a JWT: an Access Token has three parts joined by dots, this has ${count(failure.count)}. Copy the whole token again.`;
    case 'emptySegment':
      return failure.part === 'signature'
        ? 'The token has no signature (nothing after the last dot), and Twilio rejects unsigned tokens. Sign it with HS256 and your API Key Secret.'
        : `The token’s ${PARTS[failure.part]} is empty. Copy the whole token again.`;
    case 'notBase64url':
      return `The token’s ${PARTS[failure.part]} is not base64url (only A-Z, a-z, 0-9, “-” and “_”, no “=”). Copy the token again; it may have been cut or altered.`;
    case 'notJson':
      return `The token’s ${failure.part} does not decode to JSON text. Copy the token again; it may have been cut or altered.`;
    case 'notObject':
      return `The token’s ${failure.part} is JSON but not an object ({…}). Generate the token with a Twilio library.`;
  }
}

export function describeFinding(finding: Finding): string {
  switch (finding.code) {
    case 'empty':
      return 'Paste an Access Token to inspect it.';
    case 'tooLarge':
      return `This paste is ${count(finding.params.length)} characters; Access Tokens are a few thousand at most, so only ${count(finding.params.maxLength)} are read. Paste the token alone.`;
    case 'notJwt':
      return describeNotJwt(finding.params.failure);
    case 'inputCleaned':
      return `Removed ${list(finding.params.removed.map((item) => CLEANUPS[item]))} before reading the token. Twilio’s SDKs want it bare: pass it on without them.`;
    case 'byteOrderMark':
      return `The token’s ${finding.params.part} starts with a byte order mark (U+FEFF). JSON in a token must not have one, and many parsers refuse it. Generate the token with a Twilio library.`;
    case 'duplicateKey': {
      const { part, total } = finding.params;
      const keys = total === 1 ? 'a key' : `${count(total)} keys`;
      return `The token’s ${part} has ${keys} written more than once: ${names(finding.params)}. Parsers disagree on which value counts (one may read alg “none” where another reads “HS256”), so the token cannot be trusted and its signature is not checked. Generate the token with a Twilio library.`;
    }
    case 'nestedTooDeep':
      return `The token’s ${finding.params.part} nests arrays or objects more than ${count(finding.params.maxDepth)} levels deep, where Twilio’s tokens nest only a few. It is shown down to that level, with deeper values as […] or {…}.`;
    case 'headerFieldNotString':
      return `The header’s ${finding.params.field} is ${KINDS[finding.params.found]}, but JWT header members are text. ${HEADER_FIELD_FIX[finding.params.field]}`;
    case 'criticalHeader':
      return finding.params.total === 0
        ? 'The header has a crit member, which names extensions a verifier must understand. Twilio supports none, so a verifier that follows the JWS standard refuses the token. Remove crit.'
        : `The header’s crit names ${names(finding.params)} as extensions a verifier must understand. Twilio supports none, so a verifier that follows the JWS standard refuses the token. Remove crit.`;
    case 'algorithmMissing':
      return 'The header has no alg, so nothing says how the token is signed. Sign it with HS256 and your API Key Secret.';
    case 'algorithmNone':
      return 'The header says alg “none”: the token claims to be unsigned, and Twilio rejects it. Sign it with HS256 and your API Key Secret.';
    case 'algorithmNotHmac':
      return `The header says alg “${finding.params.alg}”, but Twilio only accepts HMAC signatures made with your API Key Secret. Sign the token with HS256.`;
    case 'algorithmNotHs256':
      return `The token is signed with ${finding.params.alg}: twilio-node allows it, but Twilio documents only HS256. Use HS256 unless your SDK is known to accept ${finding.params.alg}.`;
    case 'contentTypeInvalid':
      return finding.params.found === undefined
        ? `The header has no cty, so Twilio does not see an Access Token. Set cty to “${finding.params.expected}”, or generate the token with a Twilio library.`
        : `The header’s cty is “${finding.params.found}”; Twilio needs exactly “${finding.params.expected}”. Fix it, or generate the token with a Twilio library.`;
    case 'typeMissing':
      return 'The header has no typ. JWTs may leave it out, but every Twilio library writes “JWT”; add it if an SDK complains.';
    case 'typeNotJwt':
      return `The header’s typ is “${finding.params.found}”; Twilio’s libraries write “JWT”. Set typ to “JWT”.`;
    case 'issuerInvalid':
      return finding.params.issue.kind === 'wrongKind' && finding.params.issue.found === 'AC'
        ? 'iss is your Account SID (AC…): the token was signed with the Auth Token. Create an API Key in the Twilio Console and sign with its SID (SK…) and secret.'
        : `iss ${sidProblem(finding.params.issue)}; it must be the API Key SID (SK…) whose secret signed the token. Copy it from the Twilio Console.`;
    case 'subjectInvalid':
      return `sub ${sidProblem(finding.params.issue)}; it must be your Account SID (AC…), the account that owns the API Key. Copy it from the Twilio Console.`;
    case 'jtiMissing':
      return 'The token has no jti (its unique ID). Twilio’s libraries write the API Key SID, a dash and the time; generate the token with one.';
    case 'jtiMismatch':
      return `jti “${finding.params.jti}” does not start with “${finding.params.expectedPrefix}”, as Twilio’s libraries write it. Generate the token with a Twilio library, or start jti with the iss and a dash.`;
    case 'expiryMissing':
      return finding.params.found === 'absent'
        ? 'The token has no exp (expiry time), and Twilio rejects it. Set exp at most 24 hours ahead, as Twilio’s libraries do from the TTL.'
        : 'exp is not a number of seconds since 1970, so Twilio cannot tell when the token expires. Write it as a number, at most 24 hours ahead.';
    case 'expired':
      return finding.params.secondsAgo === 0
        ? `The token expires this very second (exp ${utcText(finding.params.exp)}). Generate a new one; tokens live at most 24 hours.`
        : `The token expired ${formatDuration(finding.params.secondsAgo)} ago (exp ${utcText(finding.params.exp)}). Generate a new one; tokens live at most 24 hours.`;
    case 'notBeforeNotNumber':
      return 'nbf is not a number of seconds since 1970. Write it as a number, or leave it out: Twilio does not need it.';
    case 'notYetValid':
      return `The token is not valid for another ${formatDuration(finding.params.secondsAhead)} (nbf ${utcText(finding.params.nbf)}), more than the ${count(finding.params.skewSeconds)} s of clock drift allowed. Leave nbf out or set it to now, and check the server’s clock.`;
    case 'neverValid': {
      const { nbf, exp } = finding.params;
      const order =
        nbf > exp
          ? `is ${formatDuration(nbf - exp)} after exp (${utcText(exp)})`
          : `is not before exp (${utcText(exp)})`;
      return `nbf (${utcText(nbf)}) ${order}, so the token is never valid. Set nbf earlier than exp, or leave it out.`;
    }
    case 'issuedAtNotNumber':
      return 'iat is not a number of seconds since 1970. Write it as a number, or leave it out: Twilio does not need it.';
    case 'issuedInFuture':
      return `iat is ${formatDuration(finding.params.secondsAhead)} ahead of this device’s clock (iat ${utcText(finding.params.iat)}): the clock of the server that made the token is probably wrong, and an SDK that checks iat sees a token from the future. Set that server’s clock right, with NTP.`;
    case 'issuedAfterExpiry':
      return `iat (${utcText(finding.params.iat)}) is ${formatDuration(finding.params.iat - finding.params.exp)} after exp (${utcText(finding.params.exp)}): the token says it was made after it expired. Make exp later than iat, as Twilio’s libraries do from the TTL.`;
    case 'lifetimeTooLong': {
      const from = { iat: 'its iat', nbf: 'its nbf', now: 'now' }[finding.params.from];
      return `The token lives ${formatDuration(finding.params.lifetimeSeconds)} from ${from}, and Twilio rejects tokens that live more than 24 hours. Set the TTL to at most ${count(finding.params.maxSeconds)} seconds.`;
    }
    case 'grantsMissing':
      return finding.params.found === 'absent'
        ? 'The token has no grants, so it allows nothing. Add grants with an identity and the grant for your SDK (video, voice, chat…).'
        : 'grants is not a JSON object. It must look like {"identity": "alice", "video": {}}.';
    case 'noGrant':
      return 'The token grants nothing but an identity, so every SDK will refuse it. Add the grant for your SDK, such as video, voice or chat.';
    case 'identityMissing': {
      const { found, neededBy } = finding.params;
      const state = { absent: 'missing', empty: 'empty', notString: 'not text' }[found];
      const grants = `${list(neededBy)} ${neededBy.length === 1 ? 'grant needs' : 'grants need'}`;
      return `The ${grants} an identity, and grants.identity is ${state}. Set it to the name your app knows the user by.`;
    }
    case 'grantNotObject': {
      const { grant, path } = finding.params;
      return `grants.${grant}${path === undefined ? '' : `.${path}`} must be a JSON object; Twilio ignores or rejects anything else. Use {} for a grant without options.`;
    }
    case 'grantSidInvalid': {
      const { grant, field, expected, issue } = finding.params;
      const wanted = field === 'room' ? `${sidName(expected)} or a room name` : sidName(expected);
      return `grants.${grant}.${field} ${sidProblem(issue)}; it must be ${wanted}. Copy the right SID from the Twilio Console.`;
    }
    case 'unknownGrant':
      return finding.params.total === 1
        ? `Twilio knows no grant called ${names(finding.params)} and ignores it. Check the name: Twilio’s are video, voice, chat, data_sync, task_router and player.`
        : `${count(finding.params.total)} grants are unknown to Twilio and ignored: ${names(finding.params)}. Check the names: Twilio’s are video, voice, chat, data_sync, task_router and player.`;
    case 'legacyGrant':
      return `“${finding.params.grant}” is the old name of the “${finding.params.replacement}” grant, written by outdated libraries. Update your Twilio library so it writes “${finding.params.replacement}”.`;
    case 'identityTooLong': {
      const { product, length, max } = finding.params;
      return `${PRODUCTS[product]} takes identities of at most ${count(max)} characters, and this one has ${count(length)}. Use a shorter identity, such as the user’s ID.`;
    }
    case 'identityMayBeTooLongForVideo': {
      const { length, doubled, max } = finding.params;
      return `Video takes identities of at most ${count(max)} characters and counts double-byte characters twice. This one has ${count(length)}, or ${count(doubled)} if each character beyond ASCII counts twice, so Video may refuse it (error 53201). Use a shorter identity, or one in ASCII.`;
    }
    case 'identityNotVoiceSafe':
      return `Twilio’s docs say Voice identities may only contain letters, digits and underscore, and character ${count(finding.params.position)} is “${finding.params.character}”. The Voice SDK may refuse it as an invalid client name (error 31105): use only A-Z, a-z, 0-9 and _.`;
    case 'voiceCannotCall':
      return 'This Voice grant can neither place calls (it has no outgoing application SID) nor receive them (incoming calls are not allowed). Add a TwiML App SID for outgoing calls, allow incoming calls, or both.';
    case 'chatWithoutService':
      return 'This Chat grant names no service: Twilio’s Conversations guide asks for the Chat Service SID (IS…) the client may use. Add it.';
    case 'playbackRetired':
      return `The Playback grant is for Twilio Live, which reached end of life on ${finding.params.endedOn}: no player can use it any more.`;
    case 'signatureLength':
      return `The signature is ${count(finding.params.bytes)} bytes, but ${finding.params.alg} makes ${count(finding.params.expectedBytes)}. The token was cut or altered: copy it again, whole.`;
    case 'signatureMismatch':
      return 'The signature does not match this API Key Secret: the token was signed with another secret, or changed after signing. Check that the secret belongs to the API Key SID in iss.';
  }
}
