import fc from 'fast-check';
import jwt from 'jsonwebtoken';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGNING_ALGORITHMS } from '../claims.ts';
import { createAccessToken } from '../createAccessToken.ts';
import {
  algorithm,
  grantOptions,
  region,
  ttl,
  validName,
} from '../../../test/support/arbitraries.ts';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  API_KEY_SID,
  FROZEN_NOW_MS,
  ROOM_SID,
} from '../../../test/support/fixtures.ts';
import { twilioNodeToken, type OracleInput } from '../../../test/support/twilioOracle.ts';
import { GRANT_ORDER, type GrantName, type GrantOptions } from './index.ts';

/** Every grant with all of its options set, as a developer would fill them. */
const FULL: Required<GrantOptions> = {
  video: { room: ROOM_SID },
  voice: {
    incomingAllow: true,
    outgoingApplicationSid: 'AP0123456789abcdef0123456789abcdef',
    outgoingApplicationParams: { to: '+15551234567', 名前: '太郎 "T" \\' },
    pushCredentialSid: 'CR0123456789abcdef0123456789abcdef',
    endpointId: 'alice-iphone',
  },
  chat: {
    serviceSid: 'IS0123456789abcdef0123456789abcdef',
    endpointId: 'alice-browser',
    deploymentRoleSid: 'RL0123456789abcdef0123456789abcdef',
    pushCredentialSid: 'CR0123456789abcdef0123456789abcdef',
  },
  sync: { serviceSid: 'IS0123456789abcdef0123456789abcdef', endpointId: 'alice-browser' },
  taskRouter: {
    workspaceSid: 'WS0123456789abcdef0123456789abcdef',
    workerSid: 'WK0123456789abcdef0123456789abcdef',
    role: 'worker',
  },
  playback: {
    grant: {
      requestCredentials: null,
      playbackUrl: 'https://example.com/live.m3u8',
      playerStreamerSid: 'VJ0123456789abcdef0123456789abcdef',
    },
  },
};

const NOW_S = Math.floor(FROZEN_NOW_MS / 1000);

function pick(names: readonly GrantName[], empty = false): GrantOptions {
  return Object.fromEntries(names.map((name) => [name, empty ? {} : FULL[name]]));
}

async function expectIdentical(input: OracleInput) {
  const ours = await createAccessToken({ ...input, clock: () => FROZEN_NOW_MS });
  expect(ours.jwt).toBe(twilioNodeToken(input));
  return ours;
}

const base = {
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: 'alice',
  ttl: 3600,
};

describe('every grant and option is byte-identical to twilio-node', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FROZEN_NOW_MS);
  });
  afterEach(() => vi.useRealTimers());

  const singles = GRANT_ORDER.map((name) => [name] as const);
  const pairs = GRANT_ORDER.flatMap((a, i) => GRANT_ORDER.slice(i + 1).map((b) => [a, b] as const));
  const combinations: (readonly GrantName[])[] = [...singles, ...pairs, GRANT_ORDER];
  const options = [{}, { nbf: NOW_S - 30 }, { region: 'ie1' }, { nbf: NOW_S + 60, region: 'au1' }];

  for (const names of combinations) {
    for (const option of options) {
      for (const alg of SIGNING_ALGORITHMS) {
        it(`${names.join('+')} ${JSON.stringify(option)} ${alg}`, async () => {
          await expectIdentical({ ...base, grants: pick(names), ...option, algorithm: alg });
        });
      }
    }
  }

  it.each(GRANT_ORDER)('%s with no options is an empty object', async (name) => {
    const token = await expectIdentical({ ...base, grants: pick([name], true) });
    expect(Object.values(token.payload.grants).slice(1)).toEqual([{}]);
  });

  it('writes nbf between grants and iat, and twr after cty, as twilio-node does', async () => {
    const token = await expectIdentical({
      ...base,
      grants: pick(['video']),
      nbf: NOW_S,
      region: 'ie1',
    });
    expect(Object.keys(token.payload)).toEqual([
      'jti',
      'grants',
      'nbf',
      'iat',
      'exp',
      'iss',
      'sub',
    ]);
    expect(Object.keys(token.header)).toEqual(['alg', 'typ', 'cty', 'twr']);
  });

  it('matches twilio-node for 1,000 random tokens, and jsonwebtoken verifies each', async () => {
    await fc.assert(
      fc.asyncProperty(
        validName,
        grantOptions,
        ttl,
        region,
        algorithm,
        fc.option(fc.integer({ min: 0, max: NOW_S }), { nil: undefined }),
        async (identity, grants, lifetime, twr, alg, nbf) => {
          const input: OracleInput = {
            ...base,
            identity,
            grants,
            ttl: lifetime,
            region: twr,
            algorithm: alg,
            nbf,
          };
          const ours = await expectIdentical(input);
          const verified = jwt.verify(ours.jwt, API_KEY_SECRET, {
            algorithms: [alg],
            clockTimestamp: NOW_S,
          }) as jwt.JwtPayload;
          expect(verified.grants).toEqual(JSON.parse(JSON.stringify(ours.payload.grants)));
        },
      ),
      { numRuns: 1000 },
    );
    // A correctness check, not a timing: a loaded two-core machine needs more than 5 s for it.
  }, 60_000);
});

describe('grant rules in the core', () => {
  it('refuses a token without any grant', async () => {
    await expect(createAccessToken({ ...base, grants: {} })).rejects.toMatchObject({
      field: 'grants',
      problem: { code: 'noGrant' },
    });
  });

  it('refuses outgoing parameters without an application SID', async () => {
    await expect(
      createAccessToken({ ...base, grants: { voice: { outgoingApplicationParams: { a: '1' } } } }),
    ).rejects.toMatchObject({ field: 'grants.voice.outgoingApplicationParams' });
  });

  it('refuses a Not before at or after the expiry', async () => {
    await expect(
      createAccessToken({
        ...base,
        grants: pick(['video']),
        nbf: NOW_S + 3600,
        clock: () => FROZEN_NOW_MS,
      }),
    ).rejects.toMatchObject({ field: 'nbf', problem: { code: 'notBeforeAfterExpiry' } });
  });

  it('refuses an algorithm twilio-node does not allow', async () => {
    await expect(
      createAccessToken({ ...base, grants: pick(['video']), algorithm: 'RS256' as never }),
    ).rejects.toMatchObject({ field: 'algorithm', problem: { code: 'unsupportedAlgorithm' } });
  });
});
