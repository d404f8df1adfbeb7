/**
 * The grants by the names the form and the core use, in the one order grants are added.
 * twilio-node writes them in the order `addGrant` was called; fixing it makes our output, and the
 * code snippets we print, reproducible. Apart from the payload builders, which the first screen
 * does not need.
 */
export const GRANT_ORDER = ['video', 'voice', 'chat', 'sync', 'taskRouter', 'playback'] as const;

export type GrantName = (typeof GRANT_ORDER)[number];
