import type { AccessTokenRequest } from '../../src/token/createAccessToken.ts';

/** Fixed, obviously fake credentials for deterministic tests. */
export const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const API_KEY_SID = 'SKfedcba9876543210fedcba9876543210';
export const API_KEY_SECRET = 'n0tAR3alS3cr3tJustF0rT3st1ng0000';
export const ROOM_SID = 'RM00112233445566778899aabbccddeeff';
/** 2026-11-28T09:00:00Z, frozen for every signing test. */
export const FROZEN_NOW_MS = Date.UTC(2026, 10, 28, 9, 0, 0);

/**
 * A token request with the fixed credentials, signed at FROZEN_NOW_MS: alice, one hour, Video,
 * unless `overrides` says otherwise.
 */
export function fixtureRequest(overrides: Partial<AccessTokenRequest> = {}): AccessTokenRequest {
  return {
    accountSid: ACCOUNT_SID,
    apiKeySid: API_KEY_SID,
    apiKeySecret: API_KEY_SECRET,
    identity: 'alice',
    ttl: 3600,
    grants: { video: {} },
    clock: () => FROZEN_NOW_MS,
    ...overrides,
  };
}
