import { describe, expect, it } from 'vitest';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../../test/support/fixtures.ts';
import { createAccessToken } from '../createAccessToken.ts';
import { diagnoseToken } from '../diagnose/diagnoseToken.ts';
import { shortVideoLifetime } from '../videoLifetime.ts';
import { GENERATE_FORM_DEFAULTS, generateFormSchema } from './generateFormSchema.ts';
import { productWarnings } from './productWarnings.ts';
import { FIELDS_WITH_WARNINGS, fieldWarning, type FieldWithWarnings } from './warnings.ts';

/** A newcomer's first form: the credentials and an identity, every other field as it opens. */
const firstForm = {
  ...GENERATE_FORM_DEFAULTS,
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: 'alice',
};

const NOW = 1_767_225_600;

describe('a token made from the defaults', () => {
  it('draws no warning at any field', () => {
    for (const field of Object.keys(FIELDS_WITH_WARNINGS) as FieldWithWarnings[]) {
      const videoEnabled = firstForm.grants.video.enabled;
      expect(fieldWarning(field, firstForm[field], { videoEnabled }), field).toBeUndefined();
    }
    expect(productWarnings(firstForm.identity, firstForm.grants)).toEqual([]);
  });

  it('draws no finding, warning or note, from the inspector, nor the short-Video note', async () => {
    const parsed = generateFormSchema.safeParse(firstForm);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const { jwt, payload } = await createAccessToken({
      ...parsed.data,
      clock: () => NOW * 1000,
    });
    // The defaults follow Twilio Video's advice: a TTL of the default longest session.
    expect(payload.exp - payload.iat).toBe(14_400);
    expect(diagnoseToken(jwt, { now: NOW + 60 }).findings).toEqual([]);
    expect(shortVideoLifetime(payload)).toBeUndefined();
  });
});
