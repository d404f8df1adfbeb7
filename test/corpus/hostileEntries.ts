import { API_KEY_SECRET } from '../support/fixtures.ts';
import type { CorpusEntry } from './corpusTypes.ts';
import {
  expectFinding as f,
  hmacJws,
  hmacJwsOfText,
  TWILIO_NODE_HEADER as HEADER,
  twilioNodePayload as payload,
} from './tokenFactory.ts';

/**
 * Tokens written to break a reader rather than by mistake: header members of the wrong type,
 * keys written twice, a byte order mark, deep nesting, a `crit` header, thousands of grants.
 * All are signed with the corpus secret, so only the findings stand between them and "verified".
 */

const secret = API_KEY_SECRET;
const json = (value: unknown) => JSON.stringify(value);
const headerText = json(HEADER);
const payloadText = json(payload());

const wrongTypes: CorpusEntry[] = [
  {
    name: 'alg an object whose toString is "HS256"',
    token: hmacJws({ ...HEADER, alg: { toString: 'HS256' } }, payload()),
    secret,
    expected: [f('headerFieldNotString', 'error', 20102)],
  },
  {
    name: 'typ null, cty a list, twr a number, kid true',
    token: hmacJws(
      { alg: 'HS256', typ: null, cty: ['twilio-fpa;v=1'], twr: 1, kid: true },
      payload(),
    ),
    secret,
    expected: [
      f('headerFieldNotString', 'error', 20102),
      f('headerFieldNotString', 'error', 20102),
      f('headerFieldNotString', 'error', 20102),
      f('headerFieldNotString', 'error', 20102),
    ],
  },
  {
    name: 'a crit header naming b64',
    token: hmacJws({ ...HEADER, b64: false, crit: ['b64'] }, payload()),
    secret,
    expected: [f('criticalHeader', 'error', 20102)],
  },
];

const ambiguous: CorpusEntry[] = [
  {
    name: 'alg written twice, none first and HS256 last',
    token: hmacJwsOfText(`{"alg":"none",${headerText.slice(1, -1)}}`, payloadText),
    secret,
    expected: [f('duplicateKey', 'error', 20101)],
  },
  {
    name: 'identity written twice',
    token: hmacJwsOfText(
      headerText,
      payloadText.replace('"identity":"alice"', '"identity":"mallory","identity":"alice"'),
    ),
    secret,
    expected: [f('duplicateKey', 'error', 20101)],
  },
  {
    name: 'a payload starting with a byte order mark',
    token: hmacJwsOfText(headerText, `\ufeff${payloadText}`),
    secret,
    expected: [f('byteOrderMark', 'error', 20101)],
  },
  {
    name: 'a header starting with a byte order mark',
    token: hmacJwsOfText(`\ufeff${headerText}`, payloadText),
    secret,
    expected: [f('byteOrderMark', 'error', 20101)],
  },
];

const large: CorpusEntry[] = [
  {
    name: 'a claim nested 2,000 levels deep',
    token: hmacJwsOfText(
      headerText,
      `${payloadText.slice(0, -1)},"deep":${'['.repeat(2000)}${']'.repeat(2000)}}`,
    ),
    secret,
    expected: [f('nestedTooDeep', 'warning')],
  },
  {
    name: '700 unknown grants',
    token: hmacJws(
      HEADER,
      payload({
        grants: {
          identity: 'alice',
          video: {},
          ...Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${String(i)}`, {}])),
        },
      }),
    ),
    secret,
    expected: [f('unknownGrant', 'warning', 20106)],
  },
];

export const hostileEntries: CorpusEntry[] = [...wrongTypes, ...ambiguous, ...large];
