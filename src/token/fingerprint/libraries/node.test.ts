import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../createAccessToken.ts';
import { evidenceOf, identify, orderWriters } from '../../../../test/fingerprint/identify.ts';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  API_KEY_SID,
  fixtureRequest,
} from '../../../../test/support/fixtures.ts';
import { twilioNodeToken } from '../../../../test/support/twilioOracle.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from '../../../../test/snippets/configs.ts';

// Tokens made here by the `twilio` devDependency (6.3.1), in every configuration the Code tab's
// tests use: region and nbf (all-grants), every grant, HS384 and HS512, hostile keys and numbers.
describe('twilio-node', () => {
  it.for(CONFIG_NAMES)('is named for its own token: %s', (name) => {
    const token = twilioNodeToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      ...SNIPPET_CONFIGS[name],
    });
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'node',
      confidence: 'certain',
      candidates: [],
      quirks: [],
    });
    // C# writes the same header; only twilio-node writes iat, and this payload order.
    expect(orderWriters(identification)).toEqual({ header: ['node', 'csharp'], payload: ['node'] });
  });

  it('is named for this page’s tokens, which are byte-identical to it', async () => {
    const { jwt } = await createAccessToken(
      fixtureRequest({ region: 'ie1', nbf: 1_700_000_000, grants: { video: {}, voice: {} } }),
    );
    expect(identify(jwt)).toMatchObject({ verdict: 'library', library: 'node' });
  });

  it('lists the members in the order they were written', () => {
    const token = twilioNodeToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      ...SNIPPET_CONFIGS['all-grants'],
    });
    const identification = identify(token);
    expect(evidenceOf(identification, 'headerOrder')[0]?.members.names).toEqual([
      'alg',
      'typ',
      'cty',
      'twr',
    ]);
    expect(evidenceOf(identification, 'payloadOrder')[0]?.members.names).toEqual([
      'jti',
      'grants',
      'nbf',
      'iat',
      'exp',
      'iss',
      'sub',
    ]);
  });
});
