import jsonwebtoken from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { HAND_MADE_SAMPLES } from '../../../test/fingerprint/handMade.ts';
import { evidenceOf, identify, orderWriters } from '../../../test/fingerprint/identify.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../../test/support/fixtures.ts';

const NOW = 1_796_222_400;
const GRANTS = { identity: 'alice', video: { room: 'room1' } };

describe('a token made by hand with jsonwebtoken', () => {
  it('with Twilio’s claims passed as options: hand-made, likely, with jsonwebtoken', () => {
    const token = jsonwebtoken.sign({ grants: GRANTS, iat: NOW }, API_KEY_SECRET, {
      header: { alg: 'HS256', cty: 'twilio-fpa;v=1' },
      issuer: API_KEY_SID,
      subject: ACCOUNT_SID,
      expiresIn: 3600,
      jwtid: `${API_KEY_SID}-${String(NOW)}`,
    });
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'handMade',
      handMadeWith: 'jsonwebtoken',
      confidence: 'likely',
      quirks: [],
    });
    // Header as twilio-node's, payload in an order no helper library writes.
    expect(orderWriters(identification)).toEqual({ header: ['node', 'csharp'], payload: [] });
    expect(evidenceOf(identification, 'handMadeLayout')).toEqual([
      { code: 'handMadeLayout', shape: 'jsonwebtokenClaims', writers: ['jsonwebtoken'] },
    ]);
  });

  it('with its defaults: certainly hand-made (no cty, no jti), with jsonwebtoken', () => {
    const identification = identify(jsonwebtoken.sign({ grants: GRANTS }, API_KEY_SECRET));
    expect(identification).toMatchObject({
      verdict: 'handMade',
      handMadeWith: 'jsonwebtoken',
      confidence: 'certain',
    });
    expect(evidenceOf(identification, 'notLibrary').map((item) => item.reason)).toEqual([
      'cty',
      'missingClaim',
    ]);
  });

  it('made exactly as twilio-node calls it: named twilio-node, whose bytes these are', () => {
    const token = jsonwebtoken.sign(
      { jti: `${API_KEY_SID}-${String(NOW)}`, grants: GRANTS },
      API_KEY_SECRET,
      {
        header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
        issuer: API_KEY_SID,
        subject: ACCOUNT_SID,
        expiresIn: 3600,
      },
    );
    expect(identify(token)).toMatchObject({ verdict: 'library', library: 'node' });
  });
});

describe('tokens made by hand with other JWT libraries (real samples)', () => {
  it('PyJWT with cty: hand-made, likely, with PyJWT (sorted header, payload as given)', () => {
    const identification = identify(HAND_MADE_SAMPLES.pyjwtTwilioLike.token);
    expect(identification).toMatchObject({
      verdict: 'handMade',
      handMadeWith: 'pyjwt',
      confidence: 'likely',
    });
    // twilio-python's header and twilio-php's payload: no one library writes both.
    expect(orderWriters(identification)).toEqual({ header: ['python', 'go'], payload: ['php'] });
  });

  it('PyJWT plain: certainly hand-made; `{alg, typ}` alone names no library', () => {
    const identification = identify(HAND_MADE_SAMPLES.pyjwtPlain.token);
    expect(identification).toMatchObject({ verdict: 'handMade', confidence: 'certain' });
    expect(identification.handMadeWith).toBeUndefined();
    expect(identification.candidates).toEqual([]);
  });

  it.for(['rubyJwtTwilioLike', 'jjwtTwilioLike'] as const)(
    '%s: certainly hand-made (no typ); ruby-jwt or jjwt, which write alike',
    (name) => {
      const identification = identify(HAND_MADE_SAMPLES[name].token);
      expect(identification).toMatchObject({
        verdict: 'handMade',
        confidence: 'certain',
        candidates: ['ruby-jwt', 'jjwt'],
      });
      expect(identification.handMadeWith).toBeUndefined();
      expect(evidenceOf(identification, 'notLibrary')).toEqual([
        { code: 'notLibrary', reason: 'typ' },
      ]);
    },
  );

  it('ruby-jwt plain: certainly hand-made; `{alg}` alone names no library', () => {
    const identification = identify(HAND_MADE_SAMPLES.rubyJwtPlain.token);
    expect(identification).toMatchObject({ verdict: 'handMade', candidates: [] });
    expect(evidenceOf(identification, 'notLibrary').map((item) => item.reason)).toEqual([
      'cty',
      'typ',
      'missingClaim',
    ]);
  });

  it('golang-jwt: hand-made, likely (sorted like twilio-go, but without its nbf)', () => {
    const identification = identify(HAND_MADE_SAMPLES.golangJwtTwilioLike.token);
    expect(identification).toMatchObject({
      verdict: 'handMade',
      handMadeWith: 'golang-jwt',
      confidence: 'likely',
    });
    expect(orderWriters(identification)).toEqual({ header: ['python', 'go'], payload: [] });
  });
});
