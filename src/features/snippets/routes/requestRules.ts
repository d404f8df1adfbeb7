import type { GrantOptions } from '../../../token/grants/index.ts';
import { productFindings } from '../../../token/grants/rules/index.ts';
import { videoGrant } from '../../../token/grants/video.ts';
import { checkIdentity, MAX_IDENTITY_LENGTH } from '../../../token/validation/rules.ts';

/**
 * What a route checks in the request, by the form's own rules for these grants: the identity is
 * required, has no control characters and no more characters (code points) than the strictest
 * product among the grants takes; with a Video grant the request may name a room, of at most the
 * Video grant's `room` length. Voice's advice about other characters is a warning on the page,
 * not a refusal, so no route refuses it.
 *
 * @example
 * ```ts
 * requestRules({ video: {} });  // { identityMax: 128, room: { max: 128 } }
 * requestRules({ sync: {} });   // { identityMax: 256, room: undefined }
 * ```
 */
export interface RequestRules {
  readonly identityMax: number;
  /** Present where the token has a Video grant: the request may name the room. */
  readonly room: { readonly max: number } | undefined;
}

export function requestRules(grants: GrantOptions): RequestRules {
  return {
    identityMax: identityMax(grants),
    room: grants.video === undefined ? undefined : { max: videoGrant.options.room.maxLength },
  };
}

/**
 * The longest identity the form accepts for these grants, found by asking the form's rules (the
 * products' rules are functions, not numbers): lengths only ever stop being accepted, so a binary
 * search over plain ASCII identities finds the limit.
 */
function identityMax(grants: GrantOptions): number {
  const accepted = (length: number) => {
    const identity = 'a'.repeat(length);
    return (
      checkIdentity(identity) === undefined &&
      productFindings(identity, grants).every((item) => item.severity !== 'error')
    );
  };
  let low = 1;
  let high = MAX_IDENTITY_LENGTH;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (accepted(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
