import { createHmac } from 'node:crypto';
import { MAX_TOKEN_LENGTH } from '../../src/token/diagnose/limits.ts';
import type { FindingCode } from '../../src/token/diagnose/findings.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, FROZEN_NOW_MS } from './fixtures.ts';

/**
 * The worst tokens at the inspector's size limit that we can think of: each stresses one way a
 * reader, a check or a view could go slow or overflow. Shared by the benchmark
 * (`scripts/diagnoseBench.ts`) and the test that keeps each case what it says. Test code only.
 */

export interface HostileToken {
  readonly name: string;
  /** Signed with {@link API_KEY_SECRET}, so a signature check does the real work. */
  readonly token: string;
  /** Codes the inspector must report for it, each at least once. */
  readonly expects: readonly FindingCode[];
}

/** The inspector's clock for these tokens, in seconds: inside their hour of life. */
export const HOSTILE_NOW = FROZEN_NOW_MS / 1000;

const HEADER = '{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}';
const ISSUED = HOSTILE_NOW - 60;
/** The claims of a one-hour Video token, as text, without the braces, grants last. */
const CLAIMS = `"jti":"${API_KEY_SID}-${String(ISSUED)}","iat":${String(ISSUED)},"exp":${String(ISSUED + 3600)},"iss":"${API_KEY_SID}","sub":"${ACCOUNT_SID}"`;
const payload = (extra: string, grants = '"identity":"alice","video":{}') =>
  `{${CLAIMS},${extra === '' ? '' : `${extra},`}"grants":{${grants}}}`;

const b64 = (text: string) => Buffer.from(text).toString('base64url');

function sign(header: string, payloadText: string): string {
  const input = `${b64(header)}.${b64(payloadText)}`;
  return `${input}.${createHmac('sha256', API_KEY_SECRET).update(input).digest('base64url')}`;
}

/** The token of the largest `n` that keeps it within the size limit. */
function atLimit(build: (n: number) => readonly [header: string, payload: string]): string {
  let low = 0;
  let high = MAX_TOKEN_LENGTH;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (sign(...build(middle)).length <= MAX_TOKEN_LENGTH) low = middle;
    else high = middle - 1;
  }
  return sign(...build(low));
}

const repeat = (n: number, item: (i: number) => string, separator = ',') =>
  Array.from({ length: n }, (_, i) => item(i)).join(separator);

const ALL_GRANTS = [
  '"identity":"alice"',
  '"video":{"room":"daily-standup"}',
  `"voice":{"incoming":{"allow":true},"outgoing":{"application_sid":"AP00000000000000000000000000000001","params":{"to":"+15551234567"}},"push_credential_sid":"CR00000000000000000000000000000002","endpoint_id":"e1"}`,
  '"chat":{"service_sid":"IS00000000000000000000000000000003","endpoint_id":"e1"}',
  '"data_sync":{"service_sid":"IS00000000000000000000000000000003"}',
  '"task_router":{"workspace_sid":"WS00000000000000000000000000000005","worker_sid":"WK00000000000000000000000000000006","role":"worker"}',
  '"player":{"playbackGrant":{"requestCredentials":null,"playbackUrl":"https://example.com/live.m3u8"}}',
].join(',');

export function hostileTokens(): HostileToken[] {
  return [
    {
      name: 'a real token with every grant',
      token: sign(HEADER, payload('', ALL_GRANTS)),
      // Twilio Live, which the Playback grant is for, has reached end of life.
      expects: ['playbackRetired'],
    },
    {
      name: 'arrays nested as deep as fits',
      token: atLimit((n) => [HEADER, payload(`"deep":${'['.repeat(n)}${']'.repeat(n)}`)]),
      expects: ['nestedTooDeep'],
    },
    {
      name: 'objects nested as deep as fits',
      token: atLimit((n) => [HEADER, payload(`"deep":${'{"a":'.repeat(n)}0${'}'.repeat(n)}`)]),
      expects: ['nestedTooDeep'],
    },
    {
      name: 'alg nested as deep as fits',
      token: atLimit((n) => [
        `{"alg":${'['.repeat(n)}${']'.repeat(n)},"typ":"JWT","cty":"twilio-fpa;v=1"}`,
        payload(''),
      ]),
      expects: ['nestedTooDeep', 'headerFieldNotString'],
    },
    {
      name: 'thousands of claims',
      token: atLimit((n) => [HEADER, payload(repeat(n, (i) => `"c${String(i)}":0`))]),
      expects: [],
    },
    {
      name: 'thousands of header members',
      token: atLimit((n) => [
        `{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1",${repeat(n, (i) => `"h${String(i)}":0`)}}`,
        payload(''),
      ]),
      expects: [],
    },
    {
      name: 'thousands of unknown grants',
      token: atLimit((n) => [
        HEADER,
        payload('', `"identity":"alice",${repeat(n, (i) => `"k${String(i)}":{}`)}`),
      ]),
      expects: ['unknownGrant'],
    },
    {
      name: 'a voice grant with thousands of options',
      token: atLimit((n) => [
        HEADER,
        payload('', `"identity":"alice","voice":{${repeat(n, (i) => `"o${String(i)}":0`)}}`),
      ]),
      expects: ['voiceCannotCall'],
    },
    {
      name: 'long unknown grant names',
      token: atLimit((n) => [
        HEADER,
        payload(
          '',
          `"identity":"alice",${repeat(n, (i) => `"${String(i)}${'x'.repeat(600)}":{}`)}`,
        ),
      ]),
      expects: ['unknownGrant'],
    },
    {
      name: 'thousands of duplicate keys',
      token: atLimit((n) => [HEADER, payload(repeat(n, () => '"k":0'))]),
      expects: ['duplicateKey'],
    },
    {
      name: 'thousands of keys, each written twice',
      token: atLimit((n) => [HEADER, payload(repeat(n, (i) => `"d${String(i >> 1)}":0`))]),
      expects: ['duplicateKey'],
    },
    {
      name: 'duplicate keys under deep nesting',
      token: atLimit((n) => {
        const depth = 2000;
        const inner = `{${repeat(n, () => '"k":0')}}`;
        return [HEADER, payload(`"deep":${'['.repeat(depth)}${inner}${']'.repeat(depth)}`)];
      }),
      expects: ['duplicateKey', 'nestedTooDeep'],
    },
    {
      name: 'a string of escaped bidi overrides',
      token: atLimit((n) => [HEADER, payload(`"note":"${'\\u202e'.repeat(n)}"`)]),
      expects: [],
    },
    {
      name: 'a string of raw zero-width spaces',
      token: atLimit((n) => [HEADER, payload('', `"identity":"${'\u200b'.repeat(n)}","video":{}`)]),
      // Thousands of characters, if invisible ones: over Video's 128.
      expects: ['identityTooLong'],
    },
    {
      name: 'thousands of numbers out of range',
      token: atLimit((n) => [HEADER, payload(`"n":[${repeat(n, () => '1e400')}]`)]),
      expects: [],
    },
    {
      name: 'BOMs, members of wrong types and crit',
      token: atLimit((n) => [
        `\ufeff{"alg":{"toString":"HS256"},"typ":null,"cty":[1],"twr":2,"kid":{},"crit":[${repeat(n, (i) => `"e${String(i)}"`)}]}`,
        `\ufeff${payload('')}`,
      ]),
      expects: ['byteOrderMark', 'headerFieldNotString', 'criticalHeader'],
    },
  ];
}
