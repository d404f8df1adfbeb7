import fc from 'fast-check';
import { base64url, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect as en } from '../../src/i18n/en/inspect.ts';
import { inspect as ja } from '../../src/i18n/ja/inspect.ts';
import { reportWords } from '../../src/i18n/reportWords.ts';
import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { diagnoseToken, withSignatureCheck } from '../../src/token/diagnose/index.ts';
import { verifySignature } from '../../src/token/diagnose/verifySignature.ts';
import { identifyLibrary } from '../../src/token/fingerprint/index.ts';
import { buildReport, type ReportToken } from '../../src/token/report/index.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { headerClaims, INSPECTOR_NOW, payloadClaims, randomJwt } from './pasted.ts';
import { validRequest } from './requests.ts';

/**
 * The report is pasted into public places: whatever the token and whichever switches are on,
 * neither its signature nor the secret (as typed, base64url or base64) may be in it, in English
 * or Japanese. Test code only.
 */

const SECRET_CHARACTERS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=!#%&*.:~';
/** Long enough that finding it in a report by chance is out of the question. */
const secret = fc.string({
  unit: fc.constantFrom(...Array.from(SECRET_CHARACTERS)),
  minLength: 16,
  maxLength: 64,
});
const switches = fc.record({ shortenSids: fc.boolean(), maskIdentity: fc.boolean() });
const words = fc.constantFrom(reportWords(en), reportWords(ja));
/** Whether the page holds the secret beside the token (typed to check the signature). */
const secretTyped = fc.boolean();

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Every form of the secret and of the signature that must not be in the report. */
function forbidden(token: string, key: string): string[] {
  const segment = token.split('.')[2] ?? '';
  const signature = base64url.decode(segment);
  const bytes = new TextEncoder().encode(key);
  return [
    key,
    base64url.encode(key),
    b64(bytes),
    b64(bytes).replace(/=+$/, ''),
    segment,
    b64(signature),
    b64(signature).replace(/=+$/, ''),
    Buffer.from(signature).toString('hex'),
  ].filter((text) => text.length >= 8);
}

function reportToken(token: string, findings = diagnoseToken(token, { now: INSPECTOR_NOW })) {
  const { decoded } = diagnoseToken(token, { now: INSPECTOR_NOW });
  if (!decoded) return undefined;
  return {
    header: decoded.header,
    payload: decoded.payload,
    signature: decoded.segments.signature,
    findings: findings.findings,
    identification: identifyLibrary(decoded),
  } satisfies ReportToken;
}

function expectNoneIn(report: string, strings: readonly string[]) {
  for (const text of strings) expect(report.includes(text), `report holds ${text}`).toBe(false);
}

describe('buildReport', () => {
  it(
    'never holds the signature or the secret of a token the generator signs, nor a whole SID when shortening',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          validRequest,
          secret,
          switches,
          words,
          secretTyped,
          async (drawn, key, options, language, typed) => {
            const { jwt } = await createAccessToken({ ...drawn, apiKeySecret: key });
            const diagnosis = diagnoseToken(jwt, { now: INSPECTOR_NOW });
            const checked = withSignatureCheck(
              diagnosis,
              await verifySignature(diagnosis.normalized, key),
            );
            // A token over the inspector's size limit is refused before it is read.
            const token = reportToken(jwt, checked);
            if (!token) return;
            const report = buildReport([token], language, {
              ...options,
              now: INSPECTOR_NOW,
              secrets: typed ? [key] : [],
            });
            expectNoneIn(report, forbidden(jwt, key));
            expect(report).toContain('```json');
            if (options.shortenSids) expect(report).not.toMatch(/[A-Z]{2}[0-9a-f]{32}/);
            if (!options.shortenSids) expect(report).toContain(drawn.accountSid);
          },
        ),
        fuzzRuns('reportCleanTokens'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'removes the secret and a masked identity even from claims that carry them',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          secret,
          switches,
          words,
          fc.string({
            unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz0123456789')),
            minLength: 12,
            maxLength: 40,
          }),
          payloadClaims,
          async (key, options, language, identity, claims) => {
            const bytes = new TextEncoder().encode(key);
            // jose types its payload's registered claims; these are any JSON on purpose.
            const jwt = await new SignJWT({
              ...(claims as Record<string, unknown>),
              grants: { identity, video: {} },
              note: `secret ${key} here`,
              encoded: base64url.encode(key),
              also: b64(bytes),
              who: identity,
            })
              .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: key })
              .sign(bytes);
            // A token over the inspector's size limit is refused before it is read.
            const token = reportToken(jwt);
            if (!token) return;
            const report = buildReport([token, { ...token, heading: 'Second' }], language, {
              ...options,
              now: INSPECTOR_NOW,
              secrets: [key],
            });
            expectNoneIn(report, forbidden(jwt, key));
            if (options.maskIdentity) expect(report).not.toContain(identity);
            else expect(report).toContain(identity);
          },
        ),
        fuzzRuns('reportLeakingClaims'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads any decoded token without throwing, and never writes its signature',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            randomJwt,
            fc
              .tuple(headerClaims, payloadClaims, fc.uint8Array({ minLength: 8, maxLength: 64 }))
              .map(
                ([header, payload, signature]) =>
                  `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}.${base64url.encode(signature)}`,
              ),
          ),
          switches,
          words,
          (jwt, options, language) => {
            const token = reportToken(jwt);
            if (!token) return;
            const report = buildReport([token], language, { ...options, now: INSPECTOR_NOW });
            expect(typeof report).toBe('string');
            if (token.signature.length >= 8) expect(report).not.toContain(token.signature);
          },
        ),
        fuzzRuns('reportAnyToken'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
