import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { decodeToken } from '../../src/token/decode.ts';
import { formFromToken } from '../../src/token/formFromToken.ts';
import { generateFormSchema } from '../../src/token/validation/generateFormSchema.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { headerClaims, payloadClaims } from './pasted.ts';
import { API_KEY_SECRET } from '../support/fixtures.ts';
import { validRequest } from './requests.ts';

describe('formFromToken', () => {
  it(
    'fills the form so that signing it again in the same second makes the same token, or names what it cannot hold',
    async () => {
      await fc.assert(
        fc.asyncProperty(validRequest, async (drawn) => {
          // A secret the form keeps as it is (it trims what is pasted around one).
          const request = { ...drawn, apiKeySecret: API_KEY_SECRET };
          const signed = await createAccessToken(request);
          const { header, payload } = decodeToken(signed.jwt);
          const { values, leftBehind } = formFromToken(header, payload);
          if (leftBehind.length > 0) {
            // Of our own tokens, only option values the form cannot type come back named: an
            // empty set of parameters, spaces the form trims around a room or a role.
            for (const item of leftBehind) expect(item.kind).toBe('option');
            return;
          }
          expect(values.apiKeySecret).toBe('');
          const parsed = generateFormSchema.safeParse({
            ...values,
            apiKeySecret: request.apiKeySecret,
          });
          expect(parsed.success).toBe(true);
          if (!parsed.success) return;
          const again = await createAccessToken({ ...parsed.data, clock: request.clock });
          expect(again.jwt).toBe(signed.jwt);
        }),
        fuzzRuns('formFromCleanToken'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads any decoded token without throwing, and never carries a secret',
    () => {
      fc.assert(
        fc.property(headerClaims, payloadClaims, (header, payload) => {
          const { values } = formFromToken(header, payload);
          expect(values.apiKeySecret).toBe('');
          expect(generateFormSchema.safeParse(values).success).toBe(false);
        }),
        fuzzRuns('formFromAnyToken'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
