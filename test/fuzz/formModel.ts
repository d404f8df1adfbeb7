import fc from 'fast-check';
import { SIGNING_ALGORITHMS } from '../../src/token/claims.ts';
import { sidOf, validName } from '../support/arbitraries.ts';
import { MAX_ENDPOINT_ID_LENGTH, MAX_ROLE_LENGTH } from '../../src/token/grants/index.ts';
import { formatOutgoingParams } from '../../src/token/validation/outgoingParams.ts';
import {
  DEFAULT_TTL_SECONDS,
  MAX_NAME_LENGTH,
  MAX_REGION_LENGTH,
  MAX_TTL_SECONDS,
} from '../../src/token/validation/rules.ts';
import {
  hostileText,
  nearSid,
  notPlainDecimal,
  numberNear,
  textAroundLength,
  typedNumber,
} from './hostile.ts';
import { jsonObject, nestedText } from './json.ts';
import { issuedAt, NUMERIC_DATE_BOUNDS, TTL_BOUNDS } from './requests.ts';

/**
 * The generator form filled in by anyone: mostly sensible, with pasted whitespace, and now and
 * then anything at all. What the schema should make of such a form is not modelled here (that
 * would copy the schema); filledForm.ts goes the other way, from a request to a form. Test code
 * only.
 */

/** Whitespace String.prototype.trim removes, as a paste brings it along. */
const trimmable = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff');
const padded = (text: fc.Arbitrary<string>) =>
  fc.tuple(trimmable, text, trimmable).map((parts) => parts.join(''));

/** Valid and empty most of the time, otherwise hostile. */
const usually = (valid: fc.Arbitrary<string>, hostile: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: hostile, weight: 1 });

const sidField = (prefix: string) =>
  usually(padded(sidOf(prefix)), fc.oneof(nearSid(prefix), fc.constant('')));
const optionalSidField = (prefix: string) =>
  usually(fc.oneof(fc.constant(''), padded(sidOf(prefix))), nearSid(prefix));
const freeTextField = (max: number) =>
  usually(fc.oneof(fc.constant(''), validName), fc.oneof(hostileText, textAroundLength(max)));

/** Numbers as typed: plain, padded, with a sign, zeros or a fraction; or as numbers. */
const numberField = (bounds: readonly number[]) =>
  fc.oneof(
    { arbitrary: numberNear(bounds).chain(typedNumber), weight: 4 },
    { arbitrary: numberNear(bounds), weight: 1 },
    { arbitrary: notPlainDecimal, weight: 1 },
    { arbitrary: hostileText, weight: 1 },
  );

/** `name=value` lines, blank lines, and lines that are neither. */
const paramsText = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  {
    arbitrary: fc.dictionary(validName, fc.string(), { maxKeys: 3 }).map(formatOutgoingParams),
    weight: 4,
  },
  {
    arbitrary: fc
      .array(fc.oneof(hostileText, fc.constantFrom('=x', 'x', '__proto__=1', ' ', 'a=b=c')), {
        maxLength: 4,
      })
      .map((lines) => lines.join('\n')),
    weight: 1,
  },
);

/** The Playback grant as pasted: an object, any JSON, too deep, not quite JSON, or text. */
const playbackText = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  { arbitrary: jsonObject.map((value) => JSON.stringify(value, null, 1)), weight: 4 },
  { arbitrary: fc.json(), weight: 1 },
  {
    arbitrary: fc.integer({ min: 1000, max: 20_000 }).map(nestedText),
    weight: 1,
  },
  { arbitrary: fc.constantFrom('{"a":1e400}', '{"a":-0}', '{"a":[1e999]}', '{"a":1'), weight: 1 },
  { arbitrary: hostileText, weight: 1 },
);

/** Not before as typed, or as an offset from the expiry, to meet the core's one clock rule. */
type NotBeforeText = string | number | { readonly fromExpiry: number };

export const hostileForm = fc
  .record({
    accountSid: sidField('AC'),
    apiKeySid: sidField('SK'),
    apiKeySecret: usually(padded(hostileText.filter((text) => text.trim() !== '')), hostileText),
    identity: usually(validName, fc.oneof(hostileText, textAroundLength(MAX_NAME_LENGTH))),
    ttl: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: MAX_TTL_SECONDS }).chain(typedNumber), weight: 6 },
      { arbitrary: numberField(TTL_BOUNDS), weight: 1 },
      { arbitrary: fc.constant(''), weight: 1 },
    ),
    nbf: fc.oneof(
      { arbitrary: fc.constant<NotBeforeText>(''), weight: 6 },
      { arbitrary: numberField(NUMERIC_DATE_BOUNDS), weight: 1 },
      {
        arbitrary: fc
          .integer({ min: -2, max: 2 })
          .map((fromExpiry): NotBeforeText => ({ fromExpiry })),
        weight: 1,
      },
    ),
    region: usually(
      fc.oneof(fc.constant(''), padded(fc.constantFrom('us1', 'ie1', 'au1'))),
      fc.oneof(hostileText, textAroundLength(MAX_REGION_LENGTH)),
    ),
    algorithm: usually(
      fc.constantFrom(...SIGNING_ALGORITHMS),
      fc.oneof(fc.constantFrom('none', 'RS256', 'hs256', ''), hostileText),
    ),
    issuedAt,
    grants: fc.record({
      video: fc.record({
        enabled: fc.boolean(),
        room: usually(
          fc.oneof(fc.constant(''), validName, padded(sidOf('RM'))),
          fc.oneof(hostileText, nearSid('RM'), textAroundLength(MAX_NAME_LENGTH)),
        ),
      }),
      voice: fc.record({
        enabled: fc.boolean(),
        outgoingApplicationSid: optionalSidField('AP'),
        outgoingApplicationParams: paramsText,
        incomingAllow: fc.boolean(),
        pushCredentialSid: optionalSidField('CR'),
        endpointId: freeTextField(MAX_ENDPOINT_ID_LENGTH),
      }),
      chat: fc.record({
        enabled: fc.boolean(),
        serviceSid: optionalSidField('IS'),
        endpointId: freeTextField(MAX_ENDPOINT_ID_LENGTH),
        deploymentRoleSid: optionalSidField('RL'),
        pushCredentialSid: optionalSidField('CR'),
      }),
      sync: fc.record({
        enabled: fc.boolean(),
        serviceSid: optionalSidField('IS'),
        endpointId: freeTextField(MAX_ENDPOINT_ID_LENGTH),
      }),
      taskRouter: fc.record({
        enabled: fc.boolean(),
        workspaceSid: optionalSidField('WS'),
        workerSid: optionalSidField('WK'),
        role: freeTextField(MAX_ROLE_LENGTH),
      }),
      playback: fc.record({
        enabled: fc.boolean(),
        grant: playbackText,
      }),
    }),
  })
  .map(({ issuedAt, nbf, ...form }) => {
    const ttl = numberFromText(form.ttl) ?? DEFAULT_TTL_SECONDS;
    const notBefore = typeof nbf === 'object' ? String(issuedAt + ttl + nbf.fromExpiry) : nbf;
    return { issuedAt, form: { ...form, nbf: notBefore } };
  });

/** A number field's value, as the form means it: plain decimal text, else not a number. */
function numberFromText(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
