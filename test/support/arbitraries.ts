import fc from 'fast-check';
import { SIGNING_ALGORITHMS } from '../../src/token/claims.ts';
import type { GrantOptions } from '../../src/token/grants/index.ts';
import { countCodePoints, MAX_NAME_LENGTH } from '../../src/token/validation/rules.ts';

const HEX_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

/** Random SIDs of one kind, well-formed. */
export const sidOf = (prefix: string) =>
  fc
    .string({ unit: fc.constantFrom(...HEX_DIGITS), minLength: 32, maxLength: 32 })
    .map((body) => prefix + body);

/** Unicode text the rules accept as a name: no controls, no lone surrogates, 1 to 128 code points. */
export const validName = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter(
    (text) => !/\p{Cc}|\p{Surrogate}/u.test(text) && countCodePoints(text) <= MAX_NAME_LENGTH,
  );

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

export const grantOptions: fc.Arbitrary<GrantOptions> = fc
  .record(
    {
      video: fc.record({ room: optional(fc.oneof(validName, sidOf('RM'))) }, { requiredKeys: [] }),
      voice: fc
        .record(
          {
            incomingAllow: optional(fc.boolean()),
            outgoingApplicationSid: optional(sidOf('AP')),
            outgoingApplicationParams: optional(
              fc.dictionary(validName, fc.string(), { maxKeys: 4 }),
            ),
            pushCredentialSid: optional(sidOf('CR')),
            endpointId: optional(validName),
          },
          { requiredKeys: [] },
        )
        // Parameters only travel with an application SID; the core refuses them alone.
        .map((voice) =>
          voice.outgoingApplicationSid ? voice : { ...voice, outgoingApplicationParams: undefined },
        ),
      chat: fc.record(
        {
          serviceSid: optional(sidOf('IS')),
          endpointId: optional(validName),
          deploymentRoleSid: optional(sidOf('RL')),
          pushCredentialSid: optional(sidOf('CR')),
        },
        { requiredKeys: [] },
      ),
      sync: fc.record(
        { serviceSid: optional(sidOf('IS')), endpointId: optional(validName) },
        { requiredKeys: [] },
      ),
      taskRouter: fc.record(
        {
          workspaceSid: optional(sidOf('WS')),
          workerSid: optional(sidOf('WK')),
          role: optional(fc.constantFrom('worker', 'supervisor', 'admin')),
        },
        { requiredKeys: [] },
      ),
      playback: fc.record(
        {
          grant: optional(
            fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { maxKeys: 4 }),
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .filter((grants) => Object.keys(grants).length > 0);

export const algorithm = fc.constantFrom(...SIGNING_ALGORITHMS);
export const region = optional(fc.constantFrom('us1', 'ie1', 'au1', 'de1'));
export const ttl = fc.integer({ min: 1, max: 86_400 });
