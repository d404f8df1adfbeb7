import type { InputWarning } from '../../token/validation/warnings.ts';

/**
 * What is worth a word about a value that can still be used: the `warnings` namespace. It loads
 * with the generator's second stage; until then a field shows its description.
 */
function describe(warning: InputWarning): string {
  switch (warning.code) {
    case 'secretLength':
      return `Twilio’s API Key Secrets are ${warning.expected} characters; this one has ${warning.length}. Check that it was copied whole.`;
    case 'ttlAboveVideoAdvice':
      return 'The Video docs long recommended tokens of at most 4 hours (14,400 s), the default longest session. Longer is allowed up to 24 hours.';
    case 'regionNotForVideo':
      return 'Video works with US1 API keys only; for Video, leave Region empty or use us1.';
    case 'regionUnknown':
      return warning.suggestion === undefined
        ? 'This is not one of Twilio’s Regions (us1, ie1, au1): Twilio would not recognise the twr header. Leave Region empty unless your API key lives in another Region.'
        : `Twilio writes Region codes in lower case: use ${warning.suggestion}.`;
    case 'algorithmNotHs256':
      return 'Twilio’s docs require HS256; its SDKs may refuse HS384 and HS512 tokens.';
    case 'identityBlank':
      return 'This identity is only spaces: other participants see a blank name. The token carries it as typed.';
    case 'identityPadded':
      return 'This identity starts or ends with a space. The token carries it as typed, so “alice ” and “alice” are different users.';
    case 'identityHidden':
      return warning.bidi
        ? `Character ${warning.position} (${warning.codePoint}) is an invisible control that changes the direction of the text around it: the identity may look like someone else’s. Retype it.`
        : `Character ${warning.position} (${warning.codePoint}) is invisible: two identities that look the same may differ. Retype it.`;
  }
}

export const warnings = { describe };

export type WarningWords = typeof warnings;
