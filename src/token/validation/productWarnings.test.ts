import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../i18n/en/pieces/findings.ts';
import { describeFinding as describeFindingJa } from '../../i18n/ja/pieces/findings.ts';
import { GENERATE_FORM_DEFAULTS } from './generateFormSchema.ts';
import { productWarnings } from './productWarnings.ts';

const defaults = GENERATE_FORM_DEFAULTS.grants;
const voice = (options: Partial<typeof defaults.voice> = {}) => ({
  ...defaults,
  voice: { ...defaults.voice, enabled: true, ...options },
});
const codes = (list: ReturnType<typeof productWarnings>) =>
  list.map(({ field, finding }) => [field, finding.code, finding.twilioError]);

describe('productWarnings', () => {
  it('finds nothing for the form’s defaults and a plain identity', () => {
    expect(productWarnings('alice', defaults)).toEqual([]);
  });

  it('puts Voice’s identity rule at Identity and an idle Voice grant at its switch', () => {
    expect(codes(productWarnings('alice smith', voice()))).toEqual([
      ['identity', 'identityNotVoiceSafe', 31105],
      ['grants.voice.enabled', 'voiceCannotCall', undefined],
    ]);
  });

  it('lets a Voice grant that can receive calls pass', () => {
    expect(productWarnings('alice', voice({ incomingAllow: true }))).toEqual([]);
    expect(
      productWarnings('alice', voice({ outgoingApplicationSid: `AP${'0'.repeat(32)}` })),
    ).toEqual([]);
  });

  it('puts a Chat grant without its service at the Service SID', () => {
    const grants = { ...defaults, chat: { ...defaults.chat, enabled: true } };
    expect(codes(productWarnings('alice', grants))).toEqual([
      ['grants.chat.serviceSid', 'chatWithoutService', undefined],
    ]);
  });

  it('warns at Identity when double-byte characters may take it over Video’s limit', () => {
    const warnings = productWarnings('あ'.repeat(100), defaults);
    expect(codes(warnings)).toEqual([['identity', 'identityMayBeTooLongForVideo', 53201]]);
  });

  it('leaves the errors to the schema, which refuses them at their field', () => {
    expect(productWarnings('a'.repeat(129), defaults)).toEqual([]);
  });

  it('is worded in English and Japanese', () => {
    const [warning] = productWarnings('alice smith', voice({ incomingAllow: true }));
    expect(warning).toBeDefined();
    if (!warning) return;
    expect(describeFinding(warning.finding)).toMatch(/letters, digits and underscore/);
    expect(describeFindingJa(warning.finding)).toMatch(/31105/);
  });
});
