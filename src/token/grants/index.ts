import { videoGrantPayload, type VideoGrantOptions, type VideoGrantPayload } from './video.ts';

export type { VideoGrantOptions, VideoGrantPayload };

/** The grants a token may carry, each present only when switched on. */
export interface GrantOptions {
  readonly video?: VideoGrantOptions;
}

/** `grants` as it appears in the payload: the identity first, then each grant under its key. */
export type GrantsPayload = {
  identity: string;
  video?: VideoGrantPayload;
};

/**
 * The one order grants are added in. twilio-node writes them in the order `addGrant` was called;
 * fixing it here makes our output, and the snippets we print, reproducible.
 */
export const GRANT_ORDER = ['video'] as const satisfies readonly (keyof GrantOptions)[];

export type GrantKey = (typeof GRANT_ORDER)[number];

export function grantsPayload(identity: string, grants: GrantOptions): GrantsPayload {
  const payload: GrantsPayload = { identity };
  if (grants.video) payload.video = videoGrantPayload(grants.video);
  return payload;
}
