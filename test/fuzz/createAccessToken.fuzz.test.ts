import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessTokenRequest } from '../../src/token/createAccessToken.ts';
import type { TokenField } from '../../src/token/fields.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, FROZEN_NOW_MS } from '../support/fixtures.ts';
import { MAX_ENDPOINT_ID_LENGTH, MAX_ROLE_LENGTH } from '../../src/token/grants/index.ts';
import { VIDEO_MAX_IDENTITY } from '../../src/token/grants/rules/index.ts';
import {
  countCodePoints,
  MAX_IDENTITY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NUMERIC_DATE,
  MAX_REGION_LENGTH,
  MAX_TTL_SECONDS,
} from '../../src/token/validation/rules.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { hostileText, loneSurrogate, numberNear, textOfCodePoints } from './hostile.ts';
import { jsonObject, nested, playbackGrant } from './json.ts';
import {
  clockAt,
  drawnRequest,
  issuedAt,
  NUMERIC_DATE_BOUNDS,
  resolveRequest,
  TTL_BOUNDS,
} from './requests.ts';
import { expectRoundTrip, outcomeOf } from './roundTrip.ts';

/** checkTtl's lower bound; rules.ts names only the upper one. */
const MIN_TTL_SECONDS = 1;

/** The problem the rules must find with `value` against its bounds, written out independently. */
const wholeNumberIn = (value: number, min: number, max: number) =>
  !Number.isInteger(value)
    ? { code: 'notWholeNumber' }
    : value < min || value > max
      ? { code: 'outOfRange', min, max }
      : undefined;

const request = (overrides: Partial<AccessTokenRequest>): AccessTokenRequest => ({
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: 'alice',
  grants: { video: {} },
  // Frozen, so the claims the check expects are those of the very second the token was signed.
  clock: () => FROZEN_NOW_MS,
  ...overrides,
});

describe('createAccessToken, for any request', () => {
  it(
    'signs a token that round-trips and verifies, or refuses a field that was drawn hostile',
    async () => {
      await fc.assert(
        fc.asyncProperty(drawnRequest, async (drawn) => {
          const { request: input, suspects } = resolveRequest(drawn);
          const outcome = await outcomeOf(input);
          if ('token' in outcome) await expectRoundTrip(input, outcome.token);
          else expect(suspects).toContain(outcome.error.field);
        }),
        fuzzRuns('coreHostileRequest'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'takes a TTL and Not before exactly inside their bounds, and names the one outside',
    async () => {
      const notBefore = fc.oneof(
        fc.constant(undefined),
        numberNear(NUMERIC_DATE_BOUNDS).map((value) => ({ value })),
        fc.integer({ min: -2, max: 2 }).map((offset) => ({ offset })),
      );
      await fc.assert(
        fc.asyncProperty(numberNear(TTL_BOUNDS), notBefore, issuedAt, async (ttl, before, iat) => {
          const nbf =
            before === undefined
              ? undefined
              : 'value' in before
                ? before.value
                : iat + ttl + before.offset;
          const ttlProblem = wholeNumberIn(ttl, MIN_TTL_SECONDS, MAX_TTL_SECONDS);
          const nbfProblem =
            nbf === undefined
              ? undefined
              : (wholeNumberIn(nbf, 0, MAX_NUMERIC_DATE) ??
                (nbf >= iat + ttl ? { code: 'notBeforeAfterExpiry' } : undefined));
          const input = request({ ttl, nbf, clock: clockAt(iat, 500) });
          const outcome = await outcomeOf(input);
          const expected = ttlProblem
            ? { field: 'ttl', problem: ttlProblem }
            : nbfProblem && { field: 'nbf', problem: nbfProblem };
          if ('token' in outcome) {
            expect(expected).toBeUndefined();
            await expectRoundTrip(input, outcome.token);
          } else {
            const { field, problem } = outcome.error;
            expect({ field, problem }).toEqual(expected);
          }
        }),
        fuzzRuns('coreNumberBounds'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

interface TextField {
  readonly field: TokenField;
  readonly max: number;
  readonly put: (text: string) => Partial<AccessTokenRequest>;
}

/** Every free-text field with its limit, and how to put a value into a request. */
const TEXT_FIELDS: readonly TextField[] = [
  // TaskRouter publishes no limit of its own: the page's, the longest any product takes.
  {
    field: 'identity',
    max: MAX_IDENTITY_LENGTH,
    put: (text) => ({ identity: text, grants: { taskRouter: {} } }),
  },
  { field: 'region', max: MAX_REGION_LENGTH, put: (text) => ({ region: text }) },
  {
    field: 'grants.video.room',
    max: MAX_NAME_LENGTH,
    put: (text) => ({ grants: { video: { room: text } } }),
  },
  {
    field: 'grants.voice.endpointId',
    max: MAX_ENDPOINT_ID_LENGTH,
    put: (text) => ({ grants: { voice: { endpointId: text } } }),
  },
  {
    field: 'grants.chat.endpointId',
    max: MAX_ENDPOINT_ID_LENGTH,
    put: (text) => ({ grants: { chat: { endpointId: text } } }),
  },
  {
    field: 'grants.sync.endpointId',
    max: MAX_ENDPOINT_ID_LENGTH,
    put: (text) => ({ grants: { sync: { endpointId: text } } }),
  },
  {
    field: 'grants.taskRouter.role',
    max: MAX_ROLE_LENGTH,
    put: (text) => ({ grants: { taskRouter: { role: text } } }),
  },
];

const textField = fc.constantFrom(...TEXT_FIELDS);

describe('createAccessToken, on free text', () => {
  it(
    'takes text of up to the limit in code points, of any script, and refuses one more',
    async () => {
      const lengthAround = textField.chain(({ field, max, put }) =>
        fc
          .integer({ min: max - 1, max: max + 1 })
          .chain((length) => textOfCodePoints(length))
          .map((text) => ({ field, max, put, text })),
      );
      await fc.assert(
        fc.asyncProperty(lengthAround, async ({ field, max, put, text }) => {
          const input = request(put(text));
          const outcome = await outcomeOf(input);
          const length = countCodePoints(text);
          if (length <= max) {
            expect(outcome).toHaveProperty('token');
            if ('token' in outcome) await expectRoundTrip(input, outcome.token);
          } else {
            expect(outcome).toMatchObject({
              error: { field, problem: { code: 'tooLong', max, length } },
            });
          }
        }),
        fuzzRuns('coreLengthBounds'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'refuses an identity Video would refuse, over 128 characters, as Video’s own rule',
    async () => {
      const around = fc
        .integer({ min: VIDEO_MAX_IDENTITY - 1, max: VIDEO_MAX_IDENTITY + 1 })
        .chain((length) => textOfCodePoints(length));
      await fc.assert(
        fc.asyncProperty(around, async (identity) => {
          const outcome = await outcomeOf(request({ identity, grants: { video: {} } }));
          const length = countCodePoints(identity);
          if (length <= VIDEO_MAX_IDENTITY) {
            expect(outcome).toHaveProperty('token');
            return;
          }
          expect(outcome).toMatchObject({
            error: {
              field: 'identity',
              problem: {
                code: 'productRule',
                finding: {
                  code: 'identityTooLong',
                  twilioError: 53201,
                  params: { product: 'video', length, max: VIDEO_MAX_IDENTITY },
                },
              },
            },
          });
        }),
        fuzzRuns('coreLengthBounds'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'refuses a control character or a lone surrogate and says at which character',
    async () => {
      const control = fc
        .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
        .map((unit) => String.fromCharCode(unit));
      const broken = textField.chain(({ field, max, put }) =>
        fc
          .record({
            text: fc.integer({ min: 0, max }).chain((length) => textOfCodePoints(length)),
            bad: fc.oneof(
              control.map((char) => ({ char, code: 'controlCharacter' }) as const),
              loneSurrogate.map((char) => ({ char, code: 'invalidUnicode' }) as const),
            ),
            at: fc.nat(),
          })
          .map((drawn) => ({ field, put, ...drawn })),
      );
      await fc.assert(
        fc.asyncProperty(broken, async ({ field, put, text, bad, at }) => {
          // Code points, as the rules count characters.
          const characters = Array.from(text);
          const index = at % (characters.length + 1);
          characters.splice(index, 0, bad.char);
          const outcome = await outcomeOf(request(put(characters.join(''))));
          expect(outcome).toMatchObject({
            error: { field, problem: { code: bad.code, position: index + 1 } },
          });
        }),
        fuzzRuns('coreBadCharacterPosition'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

/** An own `__proto__` member, as JSON.parse makes it, and a -0 that JSON writes as 0. */
const SHALLOW_GRANT = JSON.parse('{"__proto__":{"x":1},"a":[{"b":-0}]}') as Record<string, unknown>;

describe('createAccessToken, on grant content it copies as is', () => {
  it(
    'copies any Playback grant JSON exactly, or refuses it at its field',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(jsonObject, playbackGrant), async (grant) => {
          const input = request({
            grants: { playback: { grant: grant as Record<string, unknown> } },
          });
          const outcome = await outcomeOf(input);
          if ('token' in outcome) await expectRoundTrip(input, outcome.token);
          else expect(outcome.error.field).toBe('grants.playback.grant');
        }),
        fuzzRuns('corePlaybackJson'),
      );
      // Shallow JSON objects, like the ones Twilio's PlaybackGrant API returns, are always taken.
      await expect(
        outcomeOf(request({ grants: { playback: { grant: SHALLOW_GRANT } } })),
      ).resolves.toHaveProperty('token');
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'copies any outgoing parameters exactly, names and values in any script',
    async () => {
      const names = fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'toString'));
      await fc.assert(
        fc.asyncProperty(fc.dictionary(names, hostileText, { maxKeys: 6 }), async (params) => {
          const input = request({
            grants: {
              voice: {
                outgoingApplicationSid: 'AP0123456789abcdef0123456789abcdef',
                outgoingApplicationParams: params,
              },
            },
          });
          const outcome = await outcomeOf(input);
          expect(outcome).toHaveProperty('token');
          if ('token' in outcome) await expectRoundTrip(input, outcome.token);
        }),
        fuzzRuns('coreOutgoingParams'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('counterexamples the fuzzing found, kept as examples', () => {
  it.each([
    // Schema and core took these; the token then said `null`, or signing threw a RangeError.
    ['a number JSON reads as Infinity', JSON.parse('{"a":1e400}') as Record<string, unknown>],
    ['nesting deeper than JSON.stringify can write', nested(6000)],
    ['a BigInt, which JSON.stringify throws on', { a: 1n }],
  ])('refuses a Playback grant with %s, at its field', async (_, grant) => {
    await expect(outcomeOf(request({ grants: { playback: { grant } } }))).resolves.toMatchObject({
      error: { field: 'grants.playback.grant', problem: { code: 'notJsonObject' } },
    });
  });
});
