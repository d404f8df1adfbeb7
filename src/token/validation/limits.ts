/** The numbers the rules, the warnings and the words share. */

/** Video's limit for identities and room names. */
export const MAX_NAME_LENGTH = 128;
/** Twilio rejects tokens that live longer than 24 hours (error 20157). */
export const MAX_TTL_SECONDS = 86_400;
export const DEFAULT_TTL_SECONDS = 3_600;
/**
 * The longest Video session by default (a Room's Maximum Participant Duration): the Video docs
 * recommend it as the TTL, so a participant can reconnect after a network change.
 */
export const VIDEO_RECOMMENDED_MAX_TTL_SECONDS = 14_400;
/** Twilio issues API Key Secrets of 32 characters. */
export const TWILIO_SECRET_LENGTH = 32;
/** Region codes are short (`us1`, `ie1`, `au1`); free text is allowed, within reason. */
export const MAX_REGION_LENGTH = 32;
/** Latest sensible NumericDate: 9999999999 is in the year 2286. */
export const MAX_NUMERIC_DATE = 9_999_999_999;
