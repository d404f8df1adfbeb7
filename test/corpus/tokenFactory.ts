import { createHmac } from 'node:crypto';
import type { FindingCode, Severity, TwilioErrorCode } from '../../src/token/diagnose/findings.ts';
import type { ExpectedFinding } from './corpusTypes.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, FROZEN_NOW_MS } from '../support/fixtures.ts';

/**
 * Builds tokens by hand in Node (Buffer's base64url and crypto's HMAC), shaped like another
 * library's or broken on purpose, for the corpus and the tests. Never imported by the app.
 */

/** The inspector's clock for the whole corpus, in seconds. */
export const NOW = FROZEN_NOW_MS / 1000;
/** Tokens are issued a minute before the inspector looks at them. */
export const ISSUED = NOW - 60;

export const TWILIO_NODE_HEADER = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };

export const b64 = (data: string | Uint8Array): string => Buffer.from(data).toString('base64url');

/** A JWS over exactly these JSON texts; `undefined` members are left out, as JSON.stringify does. */
export function hmacJws(
  header: object,
  payload: object,
  { secret = API_KEY_SECRET, hash = 'sha256' }: { secret?: string; hash?: string } = {},
): string {
  const signingInput = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${signingInput}.${createHmac(hash, secret).update(signingInput).digest('base64url')}`;
}

/** A JWS over JSON texts written by hand: duplicate keys, a BOM, nesting JSON.stringify cannot write. */
export function hmacJwsOfText(headerText: string, payloadText: string, secret = API_KEY_SECRET) {
  const signingInput = `${b64(headerText)}.${b64(payloadText)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

/** A header and payload with a signature of raw bytes, for algorithms the corpus cannot sign. */
export function withSignature(header: object, payload: object, signature: Uint8Array): string {
  return `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.${b64(signature)}`;
}

/** The payload twilio-node writes for a one-hour Video token, in its key order. */
export function twilioNodePayload(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    jti: `${API_KEY_SID}-${ISSUED}`,
    grants: { identity: 'alice', video: { room: 'daily-standup' } },
    iat: ISSUED,
    exp: ISSUED + 3600,
    iss: API_KEY_SID,
    sub: ACCOUNT_SID,
    ...changes,
  };
}

/**
 * The time twilio-java writes into `jti`: `(int) Math.floor(now.getTime() / 1000.0f)`. The single
 * precision float keeps 24 bits, so today's times come out in steps of 128 s.
 */
export function javaJtiSeconds(epochSeconds: number): number {
  return Math.floor(Math.fround(Math.fround(epochSeconds * 1000) / 1000));
}

/** A moment in the hour before {@link NOW} where Java's rounding lands furthest below the truth. */
export function worstJavaRounding(): number {
  let worst = ISSUED;
  for (let t = NOW - 3600; t < NOW - 60; t += 1) {
    if (t - javaJtiSeconds(t) > worst - javaJtiSeconds(worst)) worst = t;
  }
  return worst;
}

/** Fake SIDs of each kind a grant holds, 32 hex digits after the prefix like real ones. */
export const SIDS = {
  AP: 'AP00000000000000000000000000000001',
  CR: 'CR00000000000000000000000000000002',
  IS: 'IS00000000000000000000000000000003',
  RL: 'RL00000000000000000000000000000004',
  WS: 'WS00000000000000000000000000000005',
  WK: 'WK00000000000000000000000000000006',
  MG: 'MG00000000000000000000000000000007',
  CH: 'CH00000000000000000000000000000008',
} as const;

/** An expected finding, spelled out in full so the corpus pins severities independently. */
export function expectFinding(
  code: FindingCode,
  severity: Severity,
  twilioError?: TwilioErrorCode,
): ExpectedFinding {
  return twilioError === undefined ? { code, severity } : { code, severity, twilioError };
}
