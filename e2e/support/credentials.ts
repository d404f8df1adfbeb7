/** Fake but well-formed credentials: signing is local, so no real account is needed. */
export const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const API_KEY_SID = 'SKfedcba9876543210fedcba9876543210';
export const API_KEY_SECRET = 'e2eS3cretThatNeverLeavesThePage0';
