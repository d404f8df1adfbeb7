import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  identify,
  jsonTexts,
  orderWriters,
  quirkCodes,
  unsignedToken,
} from '../../../../test/fingerprint/identify.ts';
import { PHP_SAMPLES } from '../../../../test/fingerprint/php.ts';

describe('twilio-php', () => {
  it.for(Object.entries(PHP_SAMPLES))('is named for its token: %s', ([, { token }]) => {
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'php',
      confidence: 'certain',
    });
    // Only twilio-php writes jti, iss, sub, exp, grants; its header order is also PyJWT 2.0-2.4's.
    expect(orderWriters(identification).payload).toEqual(['php']);
    expect(orderWriters(identification).header).toContain('php');
  });

  it('shows its json_encode: `\\/` and \\u00e9', () => {
    const identification = identify(PHP_SAMPLES.regionNbfPlayback.token);
    expect(evidenceOf(identification, 'escaping')).toEqual([
      { code: 'escaping', character: 'slash', escaped: true },
      { code: 'escaping', character: 'nonAscii', escaped: true },
    ]);
  });

  it('names the claims added before its own, and the Sync members only it writes', () => {
    const identification = identify(PHP_SAMPLES.customClaimSyncExtras.token);
    expect(evidenceOf(identification, 'customClaims')).toEqual([
      { code: 'customClaims', names: { names: ['purpose'], total: 1 } },
    ]);
    expect(quirkCodes(identification)).toEqual(['syncExtras']);
  });

  it('says why an identity "0" is missing', () => {
    expect(quirkCodes(identify(PHP_SAMPLES.falsyIdentity.token))).toEqual(['falsyIdentity']);
    expect(quirkCodes(identify(PHP_SAMPLES.voiceVideo.token))).toEqual([]);
  });

  it('is not named when a `/` is plain, which json_encode would have escaped', () => {
    const { header, payload } = jsonTexts(PHP_SAMPLES.voiceVideo.token);
    const identification = identify(unsignedToken(header, payload.replace('a\\/b', 'a/b')));
    expect(identification.verdict).toBe('unknown');
    expect(evidenceOf(identification, 'rulesOut')).toEqual([
      { code: 'rulesOut', library: 'php', reason: 'escapedByLibrary', character: 'slash' },
    ]);
  });
});
