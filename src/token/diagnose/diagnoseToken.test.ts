import { describe, expect, it } from 'vitest';
import { ACCOUNT_SID, API_KEY_SID } from '../../../test/support/fixtures.ts';
import {
  b64,
  hmacJws,
  NOW,
  TWILIO_NODE_HEADER as HEADER,
  twilioNodePayload as payload,
} from '../../../test/corpus/tokenFactory.ts';
import { diagnoseToken } from './diagnoseToken.ts';
import type { Finding, FindingCode } from './findings.ts';
import { MAX_TOKEN_LENGTH } from './limits.ts';

const diagnose = (token: string, clockSkewSeconds?: number) =>
  diagnoseToken(token, { now: NOW, clockSkewSeconds });
const findingsOf = (header: object, claims: Record<string, unknown>) =>
  diagnose(hmacJws(header, payload(claims))).findings;
const codes = (findings: readonly Finding[]) => findings.map((item) => item.code);
const only = <C extends FindingCode>(findings: readonly Finding[], code: C) => {
  expect(codes(findings)).toEqual([code]);
  return findings[0] as Extract<Finding, { code: C }>;
};

describe('diagnoseToken', () => {
  it('finds nothing wrong with a well-made token, and decodes it', () => {
    const token = hmacJws(HEADER, payload());
    const diagnosis = diagnose(token);
    expect(diagnosis.findings).toEqual([]);
    expect(diagnosis.normalized).toBe(token);
    expect(diagnosis.decoded?.payload).toEqual(payload());
  });

  describe('input', () => {
    it('refuses a 1 MB paste at once, without reading it', () => {
      const huge = `${'eyJ'.repeat(350_000)}.x.y`;
      const started = performance.now();
      const diagnosis = diagnose(huge);
      // Generous for a loaded machine; the empty `normalized` below shows nothing was read.
      expect(performance.now() - started).toBeLessThan(50);
      expect(diagnosis).toEqual({
        normalized: '',
        findings: [
          {
            code: 'tooLarge',
            severity: 'error',
            twilioError: 20101,
            params: { length: huge.length, maxLength: MAX_TOKEN_LENGTH },
          },
        ],
      });
    });

    it('reads a token right at the size limit', () => {
      const token = hmacJws(HEADER, payload());
      const padded = token.padEnd(MAX_TOKEN_LENGTH, ' ');
      expect(diagnose(padded).findings).toEqual([]);
      expect(codes(diagnose(`${padded} `).findings)).toEqual(['tooLarge']);
    });

    it('says an empty paste is empty', () => {
      expect(diagnose(' \n"" ').findings).toEqual([
        { code: 'empty', severity: 'note', params: {} },
      ]);
    });

    it('unwraps quotes, Bearer and line breaks, and says what it removed', () => {
      const token = hmacJws(HEADER, payload());
      const diagnosis = diagnose(`'Bearer ${token.slice(0, 50)}\n${token.slice(50)}'`);
      expect(diagnosis.normalized).toBe(token);
      expect(only(diagnosis.findings, 'inputCleaned').params.removed).toEqual([
        'quotes',
        'bearer',
        'innerWhitespace',
      ]);
    });

    it('passes on the decoder’s reason when the input is not a JWT', () => {
      const notJwt = only(diagnose('abc.def').findings, 'notJwt');
      expect(notJwt.params.failure).toEqual({ reason: 'segmentCount', count: 2 });
      expect(diagnose('abc.def').decoded).toBeUndefined();
    });

    it('still reads an unsigned token, so alg none is named', () => {
      const token = `${b64(JSON.stringify({ ...HEADER, alg: 'none' }))}.${b64(JSON.stringify(payload()))}.`;
      const diagnosis = diagnose(token);
      expect(codes(diagnosis.findings)).toEqual(['notJwt', 'algorithmNone']);
      expect(diagnosis.decoded?.signature).toHaveLength(0);
      expect(diagnosis.decoded?.payload).toEqual(payload());
    });
  });

  describe('header (20102)', () => {
    it.each([
      // An HS256-sized signature is also the wrong size for these.
      ['HS384', ['algorithmNotHs256', 'signatureLength']],
      ['HS512', ['algorithmNotHs256', 'signatureLength']],
      ['none', ['algorithmNone']],
      ['NONE', ['algorithmNone']],
      ['RS256', ['algorithmNotHmac']],
      ['ES256', ['algorithmNotHmac']],
      ['PS512', ['algorithmNotHmac']],
      ['EdDSA', ['algorithmNotHmac']],
      ['', ['algorithmMissing']],
      [undefined, ['algorithmMissing']],
      [256, ['headerFieldNotString']],
      [null, ['headerFieldNotString']],
      [{ toString: 'HS256' }, ['headerFieldNotString']],
    ] as const)('alg %j: %j', (alg, expected) => {
      // The HS256 signature stays, so only the algorithm is under test.
      const token = hmacJws(HEADER, payload()).split('.');
      token[0] = b64(JSON.stringify({ ...HEADER, alg }));
      expect(codes(diagnose(token.join('.')).findings)).toEqual(expected);
    });

    it('names the algorithm it refuses', () => {
      const token = hmacJws(HEADER, payload()).split('.');
      token[0] = b64(JSON.stringify({ ...HEADER, alg: 'RS256' }));
      const found = only(diagnose(token.join('.')).findings, 'algorithmNotHmac');
      expect(found.params).toEqual({ alg: 'RS256' });
      expect(found.severity).toBe('error');
    });

    it('wants cty exactly twilio-fpa;v=1', () => {
      const wrong = only(findingsOf({ ...HEADER, cty: 'JWT' }, {}), 'contentTypeInvalid');
      expect(wrong.params).toEqual({ found: 'JWT', expected: 'twilio-fpa;v=1' });
      const missing = only(findingsOf({ alg: 'HS256', typ: 'JWT' }, {}), 'contentTypeInvalid');
      expect(missing.params).toEqual({ expected: 'twilio-fpa;v=1' });
    });

    it('notes a missing typ and warns of another one', () => {
      expect(only(findingsOf({ alg: 'HS256', cty: HEADER.cty }, {}), 'typeMissing').severity).toBe(
        'note',
      );
      const other = only(findingsOf({ ...HEADER, typ: 'JOSE' }, {}), 'typeNotJwt');
      expect(other).toMatchObject({ severity: 'warning', params: { found: 'JOSE' } });
      const nested = only(findingsOf({ ...HEADER, typ: { a: [1] } }, {}), 'headerFieldNotString');
      expect(nested.params).toEqual({ field: 'typ', found: 'object' });
    });

    it('measures an HMAC signature against its algorithm', () => {
      const token = hmacJws(HEADER, payload(), { hash: 'sha384' });
      const found = only(diagnose(token).findings, 'signatureLength');
      expect(found.params).toEqual({ alg: 'HS256', bytes: 48, expectedBytes: 32 });
    });
  });

  describe('issuer and subject (20103)', () => {
    it('names the kind of SID found where the API Key SID belongs', () => {
      const found = only(
        findingsOf(HEADER, { iss: ACCOUNT_SID, jti: `${ACCOUNT_SID}-1` }),
        'issuerInvalid',
      );
      expect(found.params.issue).toEqual({ kind: 'wrongKind', found: 'AC' });
    });

    it.each([
      [undefined, { kind: 'missing' }],
      [42, { kind: 'notString' }],
      ['SK123', { kind: 'malformed' }],
      ['AC0123456789ABCDEF0123456789ABCDEF', { kind: 'malformed' }],
      // Upper-case hex, but a known prefix: most likely a damaged SID of that kind.
      ['SKFEDCBA9876543210FEDCBA9876543210', { kind: 'wrongKind', found: 'SK' }],
    ])('sub %j', (sub, issue) => {
      expect(only(findingsOf(HEADER, { sub }), 'subjectInvalid').params.issue).toEqual(issue);
    });

    it('wants jti to start with the issuer, whatever time follows', () => {
      expect(findingsOf(HEADER, { jti: `${API_KEY_SID}-0` })).toEqual([]);
      expect(findingsOf(HEADER, { jti: `${API_KEY_SID}-anything` })).toEqual([]);
      const other = only(findingsOf(HEADER, { jti: 'token-1' }), 'jtiMismatch');
      expect(other.params).toEqual({ jti: 'token-1', expectedPrefix: `${API_KEY_SID}-` });
      expect(codes(findingsOf(HEADER, { jti: '' }))).toEqual(['jtiMissing']);
      expect(codes(findingsOf(HEADER, { jti: 7 }))).toEqual(['jtiMissing']);
    });
  });
});
