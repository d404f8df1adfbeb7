import { DEFAULT_ALGORITHM } from '../claims.ts';
import { TWILIO_SECRET_LENGTH, VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from './rules.ts';
import { characterPosition } from './rules.ts';
import { readDuration } from './duration.ts';

/** The regions Twilio publishes (Understanding Twilio Regions), as the `twr` header writes them. */
export const TWILIO_REGIONS = ['us1', 'ie1', 'au1'] as const;

/**
 * Something worth a word that is not an error: the token can still be made. Plain data, worded
 * in the reader's language at render, like {@link InputProblem}.
 */
export type InputWarning =
  | { readonly code: 'secretLength'; readonly length: number; readonly expected: number }
  | { readonly code: 'ttlAboveVideoAdvice' }
  | { readonly code: 'regionNotForVideo' }
  /** Not a published region; `suggestion` when it is one in the wrong case (`IE1`). */
  | { readonly code: 'regionUnknown'; readonly suggestion?: (typeof TWILIO_REGIONS)[number] }
  | { readonly code: 'algorithmNotHs256' }
  | { readonly code: 'identityBlank' }
  | { readonly code: 'identityPadded' }
  /** A character nobody sees: a bidi control can make "alice" display as someone else. */
  | {
      readonly code: 'identityHidden';
      readonly position: number;
      readonly codePoint: string;
      readonly bidi: boolean;
    };

/** What the warnings about one field need to know besides its own value. */
export interface WarningContext {
  readonly videoEnabled: boolean;
}

/** The fields that have warnings, and whether those look beyond the field itself. */
export const FIELDS_WITH_WARNINGS = {
  apiKeySecret: { needsVideo: false },
  identity: { needsVideo: false },
  ttl: { needsVideo: false },
  region: { needsVideo: true },
  algorithm: { needsVideo: false },
} as const;

export type FieldWithWarnings = keyof typeof FIELDS_WITH_WARNINGS;

// Format characters draw nothing; the zero-width joiner and tag characters are left out, as
// they build emoji (👩‍💻, flags of regions).
const HIDDEN = /(?![\u200D\u{E0020}-\u{E007F}])[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Twilio's secrets are 32 characters, so another length is probably a bad paste. */
export function hasUnusualSecretLength(value: string): boolean {
  return value !== '' && value.length !== TWILIO_SECRET_LENGTH;
}

export function exceedsVideoRecommendation(ttl: number): boolean {
  return ttl > VIDEO_RECOMMENDED_MAX_TTL_SECONDS;
}

/**
 * The warning for a field's current (raw, untrimmed) value, if any.
 *
 * @example
 * ```ts
 * fieldWarning('apiKeySecret', 'abc', { videoEnabled: true });
 * // { code: 'secretLength', length: 3, expected: 32 }
 * ```
 */
export function fieldWarning(
  field: FieldWithWarnings,
  value: unknown,
  context: WarningContext,
): InputWarning | undefined {
  const raw = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const text = raw.trim();
  switch (field) {
    case 'apiKeySecret':
      return hasUnusualSecretLength(text)
        ? { code: 'secretLength', length: text.length, expected: TWILIO_SECRET_LENGTH }
        : undefined;
    case 'identity':
      return identityWarning(raw);
    case 'ttl': {
      // "5h" warns as 18000 does.
      const ttl = readDuration(text)?.seconds;
      return ttl !== undefined && exceedsVideoRecommendation(ttl)
        ? { code: 'ttlAboveVideoAdvice' }
        : undefined;
    }
    case 'region':
      return regionWarning(text, context);
    case 'algorithm':
      return text === DEFAULT_ALGORITHM ? undefined : { code: 'algorithmNotHs256' };
  }
}

/** The identity is sent exactly as typed, so what a person cannot see is worth a word. */
function identityWarning(identity: string): InputWarning | undefined {
  if (identity === '') return undefined;
  const hidden = HIDDEN.exec(identity);
  if (hidden) {
    const character = hidden[0];
    return {
      code: 'identityHidden',
      position: characterPosition(identity, hidden.index),
      codePoint: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
      bidi: BIDI.test(character),
    };
  }
  if (identity.trim() === '') return { code: 'identityBlank' };
  if (identity.trim() !== identity) return { code: 'identityPadded' };
  return undefined;
}

function regionWarning(region: string, { videoEnabled }: WarningContext): InputWarning | undefined {
  if (region === '') return undefined;
  if (!(TWILIO_REGIONS as readonly string[]).includes(region)) {
    const suggestion = TWILIO_REGIONS.find((known) => known === region.toLowerCase());
    return suggestion ? { code: 'regionUnknown', suggestion } : { code: 'regionUnknown' };
  }
  // Video works only with US1 API keys.
  return videoEnabled && region !== 'us1' ? { code: 'regionNotForVideo' } : undefined;
}
