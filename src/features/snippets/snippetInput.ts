import type { SigningAlgorithm } from '../../token/claims.ts';
import type { GrantOptions } from '../../token/grants/index.ts';

/**
 * What a code snippet needs to build the same token as the page: everything the form holds except
 * the credentials. The snippets read those from `TWILIO_ACCOUNT_SID`, `TWILIO_API_KEY` and
 * `TWILIO_API_SECRET`, so the secret is never printed into code a user may paste elsewhere.
 *
 * @example
 * ```ts
 * const input: SnippetInput = {
 *   identity: 'alice', ttl: 3600, algorithm: 'HS256',
 *   grants: { video: { room: 'daily-standup' } },
 * };
 * ```
 */
export interface SnippetInput {
  readonly identity: string;
  /** Lifetime in seconds. */
  readonly ttl: number;
  /** Not-before time, in seconds since the epoch. */
  readonly nbf?: number | undefined;
  /** Twilio region of the API key (`ie1`, `au1`…), written to the header as `twr`. */
  readonly region?: string | undefined;
  readonly algorithm: SigningAlgorithm;
  readonly grants: GrantOptions;
}

/**
 * Whether two inputs make the same program: what the Code tab shows against the request of the
 * token on screen (credentials aside, which the programs read from the environment). Both come
 * from the form's schema, so their grants list options in the same order.
 */
export function sameSnippetInput(a: Partial<SnippetInput>, b: Partial<SnippetInput>): boolean {
  return JSON.stringify(programPart(a)) === JSON.stringify(programPart(b));
}

function programPart({ identity, ttl, nbf, region, algorithm, grants }: Partial<SnippetInput>) {
  return { identity, ttl, nbf, region, algorithm, grants };
}

/** The environment variables every snippet reads, in the order the libraries take them. */
export const CREDENTIAL_ENV = [
  'TWILIO_ACCOUNT_SID',
  'TWILIO_API_KEY',
  'TWILIO_API_SECRET',
] as const;
