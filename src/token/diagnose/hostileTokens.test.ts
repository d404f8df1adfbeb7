import { describe, expect, it } from 'vitest';
import { API_KEY_SECRET } from '../../../test/support/fixtures.ts';
import { HOSTILE_NOW, hostileTokens } from '../../../test/support/hostileTokens.ts';
import { diagnoseWithSecret } from './diagnoseWithSecret.ts';
import { MAX_TOKEN_LENGTH } from './limits.ts';

// The benchmark's cases (scripts/diagnoseBench.ts), kept what their names say.
describe.each(hostileTokens().map((item) => [item.name, item] as const))('%s', (_name, item) => {
  it('fills the size limit, unless it is the real token to compare with', () => {
    expect(item.token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    if (item.name !== 'a real token with every grant') {
      expect(item.token.length).toBeGreaterThan(0.95 * MAX_TOKEN_LENGTH);
    }
  });

  it('is read, reported as expected, and verified only when every key is unambiguous', async () => {
    const { decoded, findings, signature } = await diagnoseWithSecret(item.token, API_KEY_SECRET, {
      now: HOSTILE_NOW,
    });
    expect(decoded).toBeDefined();
    const codes = new Set(findings.map((found) => found.code));
    expect([...codes].sort()).toEqual([...new Set(item.expects)].sort());
    // In the order verifySignature refuses: ambiguous JSON, an alg of no HMAC, then jose's `crit`.
    if (codes.has('duplicateKey')) expect(signature).toBe('malformed');
    else if (codes.has('headerFieldNotString')) expect(signature).toBe('unsupportedAlgorithm');
    else if (codes.has('criticalHeader')) expect(signature).toBe('malformed');
    else expect(signature).toBe('verified');
  });
});
