import { API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import { MAX_TOKEN_LENGTH } from '../../src/token/diagnose/limits.ts';
import type { CorpusEntry } from './corpusTypes.ts';
import {
  b64,
  expectFinding as f,
  hmacJws,
  TWILIO_NODE_HEADER as HEADER,
  twilioNodePayload as payload,
  withSignature,
} from './tokenFactory.ts';

const secret = API_KEY_SECRET;
const good = hmacJws(HEADER, payload());
const [goodHeader = '', goodPayload = '', goodSignature = ''] = good.split('.');
const grants = (members: Record<string, unknown>) =>
  payload({ grants: { identity: 'alice', ...members } });
const fakeSignature = (bytes: number) =>
  Uint8Array.from({ length: bytes }, (_, i) => (i * 37) & 255);

/** Pasted with the usual wrapping: the inspector unwraps it and says so in a note. */
const pasted: CorpusEntry[] = [
  { name: 'surrounding whitespace only (no note)', token: `  ${good}\n`, secret, expected: [] },
  {
    name: 'quoted Bearer value broken over lines',
    token: `"Bearer ${good.slice(0, 60)}\n${good.slice(60, 140)}\r\n${good.slice(140)}"`,
    secret,
    expected: [f('inputCleaned', 'note')],
  },
  {
    name: 'Authorization header line',
    token: `Authorization: Bearer ${good}`,
    secret,
    expected: [f('inputCleaned', 'note')],
  },
  {
    name: 'backticks and a zero-width space',
    token: `\`${good.slice(0, 30)}\u200b${good.slice(30)}\``,
    secret,
    expected: [f('inputCleaned', 'note')],
  },
];

const notAToken: CorpusEntry[] = [
  { name: 'empty paste', token: ' \n\t ', expected: [f('empty', 'note')] },
  {
    name: 'a 17 KiB paste',
    token: `${goodHeader}.${'A'.repeat(MAX_TOKEN_LENGTH)}.${goodSignature}`,
    expected: [f('tooLarge', 'error', 20101)],
  },
  { name: 'an API Key SID', token: API_KEY_SID, expected: [f('notJwt', 'error', 20101)] },
  {
    name: 'four segments',
    token: `${good}.${goodSignature}`,
    expected: [f('notJwt', 'error', 20101)],
  },
  {
    name: 'empty payload segment',
    token: `${goodHeader}..${goodSignature}`,
    expected: [f('notJwt', 'error', 20101)],
  },
  {
    name: 'standard base64 with padding',
    token: `${goodHeader}.${Buffer.from(JSON.stringify(payload())).toString('base64')}.${goodSignature}`,
    expected: [f('notJwt', 'error', 20101)],
  },
  {
    name: 'header is not JSON',
    token: `${b64('{"alg":"HS256",')}.${goodPayload}.${goodSignature}`,
    expected: [f('notJwt', 'error', 20101)],
  },
  {
    name: 'payload is a JSON array',
    token: `${goodHeader}.${b64('["alice"]')}.${goodSignature}`,
    expected: [f('notJwt', 'error', 20101)],
  },
];

const header: CorpusEntry[] = [
  {
    name: 'alg none with an empty signature',
    token: `${b64(JSON.stringify({ ...HEADER, alg: 'none' }))}.${goodPayload}.`,
    secret,
    expected: [f('notJwt', 'error', 20101), f('algorithmNone', 'error', 20102)],
  },
  {
    name: 'alg none keeping the HS256 signature',
    token: `${b64(JSON.stringify({ ...HEADER, alg: 'none' }))}.${goodPayload}.${goodSignature}`,
    secret,
    expected: [f('algorithmNone', 'error', 20102)],
  },
  {
    name: 'alg missing',
    token: hmacJws({ typ: 'JWT', cty: 'twilio-fpa;v=1' }, payload()),
    secret,
    expected: [f('algorithmMissing', 'error', 20102)],
  },
  ...['RS256', 'ES256', 'PS256', 'EdDSA'].map((alg): CorpusEntry => ({
    name: `alg ${alg} with a secret at hand`,
    token: withSignature({ ...HEADER, alg }, payload(), fakeSignature(alg === 'ES256' ? 64 : 256)),
    secret,
    expected: [f('algorithmNotHmac', 'error', 20102)],
  })),
  {
    name: 'cty missing',
    token: hmacJws({ alg: 'HS256', typ: 'JWT' }, payload()),
    secret,
    expected: [f('contentTypeInvalid', 'error', 20102)],
  },
  {
    name: 'cty of another version',
    token: hmacJws({ ...HEADER, cty: 'twilio-fpa;v=2' }, payload()),
    secret,
    expected: [f('contentTypeInvalid', 'error', 20102)],
  },
  {
    name: 'typ missing (optional in RFC 7519)',
    token: hmacJws({ alg: 'HS256', cty: 'twilio-fpa;v=1' }, payload()),
    secret,
    expected: [f('typeMissing', 'note')],
  },
  {
    name: 'typ at+jwt',
    token: hmacJws({ ...HEADER, typ: 'at+jwt' }, payload()),
    secret,
    expected: [f('typeNotJwt', 'warning', 20102)],
  },
];

const signatures: CorpusEntry[] = [
  {
    name: 'signed with another secret',
    token: hmacJws(HEADER, payload(), { secret: 'another-secret-of-32-characters!' }),
    secret,
    expected: [f('signatureMismatch', 'error', 20107)],
  },
  {
    name: 'identity changed after signing',
    token: `${goodHeader}.${b64(JSON.stringify(grants({ identity: 'mallory', video: { room: 'daily-standup' } })))}.${goodSignature}`,
    secret,
    expected: [f('signatureMismatch', 'error', 20107)],
  },
  {
    name: 'HS256 header over an HS512 signature',
    token: hmacJws(HEADER, payload(), { hash: 'sha512' }),
    secret,
    expected: [f('signatureLength', 'error', 20107)],
  },
  {
    name: 'signature cut in half',
    token: good.slice(0, good.length - 21),
    secret,
    expected: [f('signatureLength', 'error', 20107)],
  },
];

/** Pasted, unreadable, badly headed or badly signed tokens, for each of those findings. */
export const brokenEntries: CorpusEntry[] = [...pasted, ...notAToken, ...header, ...signatures];
