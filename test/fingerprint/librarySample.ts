/**
 * A token a library really made (or, for C#, built to its documented layout), kept as test
 * material with what was asked of the library. Each file here says which version made its tokens,
 * and when; all are signed with `API_KEY_SECRET` from `test/support/fixtures.ts`.
 */
export interface LibrarySample {
  /** The call, in words: identity, TTL, region, nbf, grants. */
  readonly made: string;
  readonly token: string;
}
