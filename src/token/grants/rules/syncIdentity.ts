import { finding } from '../../diagnose/findings.ts';
import { characterCount, grantValue, IDENTITY_PATH, identityOf, type GrantRule } from './rule.ts';

/**
 * Sync: "Identity must be a string with length 1-256", error 54351
 * (https://www.twilio.com/docs/api/errors/54351). An empty identity is `identityMissing`.
 */
export const SYNC_MAX_IDENTITY = 256;

export const syncIdentity: GrantRule = (grants) => {
  const identity = identityOf(grants);
  if (identity === undefined || !grantValue(grants, 'data_sync')) return [];
  const length = characterCount(identity);
  return length > SYNC_MAX_IDENTITY
    ? [
        finding(
          'identityTooLong',
          { product: 'sync', length, max: SYNC_MAX_IDENTITY },
          { at: IDENTITY_PATH, twilioError: 54351 },
        ),
      ]
    : [];
};
