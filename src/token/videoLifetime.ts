import { VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from './validation/rules.ts';

/**
 * A Video token that expires before the longest session can last: Twilio's Video docs recommend
 * a TTL as long as that session (4 hours, the default Maximum Participant Duration), so that a
 * participant can reconnect after a network change. Reads an untrusted payload defensively.
 *
 * @example
 * ```ts
 * shortVideoLifetime({ grants: { video: {} }, iat: 0, exp: 3600 }); // { lifetimeSeconds: 3600, recommendedSeconds: 14400 }
 * ```
 */
export function shortVideoLifetime(
  payload: Readonly<Record<string, unknown>>,
): { readonly lifetimeSeconds: number; readonly recommendedSeconds: number } | undefined {
  const { grants, iat, exp } = payload;
  const hasVideo = typeof grants === 'object' && grants !== null && Object.hasOwn(grants, 'video');
  if (!hasVideo || typeof iat !== 'number' || typeof exp !== 'number') return undefined;
  const lifetimeSeconds = exp - iat;
  if (!Number.isFinite(lifetimeSeconds) || lifetimeSeconds <= 0) return undefined;
  return lifetimeSeconds < VIDEO_RECOMMENDED_MAX_TTL_SECONDS
    ? { lifetimeSeconds, recommendedSeconds: VIDEO_RECOMMENDED_MAX_TTL_SECONDS }
    : undefined;
}
