import { DEFAULT_ALGORITHM } from '../algorithms.ts';
import { TWILIO_SECRET_LENGTH, VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from './limits.ts';

/**
 * Something worth a word that is not an error: the token can still be made. Plain data, worded
 * in the reader's language at render, like {@link InputProblem}.
 */
export type InputWarning =
  | { readonly code: 'secretLength'; readonly length: number; readonly expected: number }
  | { readonly code: 'ttlAboveVideoAdvice' }
  | { readonly code: 'regionNotForVideo' }
  | { readonly code: 'algorithmNotHs256' };

/** Twilio's secrets are 32 characters, so another length is probably a bad paste. */
export function hasUnusualSecretLength(value: string): boolean {
  return value !== '' && value.length !== TWILIO_SECRET_LENGTH;
}

export function exceedsVideoRecommendation(ttl: number): boolean {
  return ttl > VIDEO_RECOMMENDED_MAX_TTL_SECONDS;
}

/** What the warnings about one field need to know besides its own value. */
export interface WarningContext {
  readonly videoEnabled: boolean;
}

/** The fields that have warnings, and whether those look beyond the field itself. */
export const FIELDS_WITH_WARNINGS = {
  apiKeySecret: { needsVideo: false },
  ttl: { needsVideo: false },
  region: { needsVideo: true },
  algorithm: { needsVideo: false },
} as const;

export type FieldWithWarnings = keyof typeof FIELDS_WITH_WARNINGS;

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
  const text =
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  switch (field) {
    case 'apiKeySecret':
      return hasUnusualSecretLength(text)
        ? { code: 'secretLength', length: text.length, expected: TWILIO_SECRET_LENGTH }
        : undefined;
    case 'ttl': {
      const ttl = Number(text);
      return text !== '' && Number.isFinite(ttl) && exceedsVideoRecommendation(ttl)
        ? { code: 'ttlAboveVideoAdvice' }
        : undefined;
    }
    case 'region':
      // Video works only with US1 API keys.
      return context.videoEnabled && text !== '' && text !== 'us1'
        ? { code: 'regionNotForVideo' }
        : undefined;
    case 'algorithm':
      return text === DEFAULT_ALGORITHM ? undefined : { code: 'algorithmNotHs256' };
  }
}
