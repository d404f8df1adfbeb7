import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../createAccessToken.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../../test/support/fixtures.ts';
import {
  b64,
  hmacJws,
  NOW,
  TWILIO_NODE_HEADER as HEADER,
  twilioNodePayload as payload,
} from '../../../test/corpus/tokenFactory.ts';
import { diagnoseWithSecret } from './diagnoseWithSecret.ts';
import { verifySignature } from './verifySignature.ts';

const good = hmacJws(HEADER, payload());
const [goodHeader = '', goodPayload = '', goodSignature = ''] = good.split('.');
const withHeader = (header: object) => `${b64(JSON.stringify(header))}.${goodPayload}`;

describe('verifySignature', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)('verifies our %s tokens', async (algorithm) => {
    const { jwt } = await createAccessToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      identity: 'alice',
      grants: { video: {} },
      algorithm,
      clock: () => NOW * 1000,
    });
    await expect(verifySignature(jwt, API_KEY_SECRET)).resolves.toBe('verified');
    await expect(verifySignature(jwt, `${API_KEY_SECRET}x`)).resolves.toBe('mismatch');
  });

  it('says mismatch for an altered payload or signature', async () => {
    const altered = `${goodHeader}.${b64(JSON.stringify(payload({ sub: 'ACx' })))}.${goodSignature}`;
    await expect(verifySignature(altered, API_KEY_SECRET)).resolves.toBe('mismatch');
    const flipped = `${goodHeader}.${goodPayload}.${b64(Buffer.from(goodSignature, 'base64url').reverse())}`;
    await expect(verifySignature(flipped, API_KEY_SECRET)).resolves.toBe('mismatch');
  });

  it('never verifies alg none, with or without a signature', async () => {
    for (const alg of ['none', 'None', 'NONE']) {
      const unsigned = withHeader({ ...HEADER, alg });
      await expect(verifySignature(`${unsigned}.`, API_KEY_SECRET)).resolves.toBe('malformed');
      await expect(verifySignature(`${unsigned}.${goodSignature}`, API_KEY_SECRET)).resolves.toBe(
        'unsupportedAlgorithm',
      );
    }
  });

  it('refuses an RS256 header even when its signature is an HMAC with the secret', async () => {
    // The classic algorithm confusion: a verifier that let the header pick would accept this.
    const forged = hmacJws({ ...HEADER, alg: 'RS256' }, payload());
    await expect(verifySignature(forged, API_KEY_SECRET)).resolves.toBe('unsupportedAlgorithm');
  });

  it('says malformed for what is not a JWS it can check', async () => {
    for (const input of [
      '',
      'abc',
      `${goodHeader}.${goodPayload}`,
      `${goodHeader}.${goodPayload}.`,
    ]) {
      await expect(verifySignature(input, API_KEY_SECRET)).resolves.toBe('malformed');
    }
    const critical = hmacJws({ ...HEADER, crit: ['exp'], exp: 1 }, payload());
    await expect(verifySignature(critical, API_KEY_SECRET)).resolves.toBe('malformed');
    await expect(verifySignature(`${good}${'A'.repeat(20_000)}`, API_KEY_SECRET)).resolves.toBe(
      'malformed',
    );
  });

  it('needs a secret to check against', async () => {
    await expect(verifySignature(good, '')).resolves.toBe('noSecret');
  });
});

describe('diagnoseWithSecret', () => {
  const options = { now: NOW };

  it('adds nothing for a verified token', async () => {
    const diagnosis = await diagnoseWithSecret(good, API_KEY_SECRET, options);
    expect(diagnosis).toMatchObject({ findings: [], signature: 'verified' });
  });

  it('makes a mismatch finding 20107', async () => {
    const diagnosis = await diagnoseWithSecret(good, 'wrong', options);
    expect(diagnosis.signature).toBe('mismatch');
    expect(diagnosis.findings).toEqual([
      { code: 'signatureMismatch', severity: 'error', twilioError: 20107, params: {} },
    ]);
  });

  it('does not repeat a signature of the wrong length as a mismatch', async () => {
    const short = `${goodHeader}.${goodPayload}.${goodSignature.slice(0, 22)}`;
    const diagnosis = await diagnoseWithSecret(short, API_KEY_SECRET, options);
    expect(diagnosis.signature).toBe('mismatch');
    expect(diagnosis.findings.map((item) => item.code)).toEqual(['signatureLength']);
  });

  it('checks nothing when the input is not a token', async () => {
    const diagnosis = await diagnoseWithSecret('nope', API_KEY_SECRET, options);
    expect(diagnosis.signature).toBeUndefined();
    expect(diagnosis.findings.map((item) => item.code)).toEqual(['notJwt']);
  });
});
