import type { TokenPlace } from '../../src/token/place.ts';

/**
 * A place in a few letters, for tests that read like a table: `alg`, `voice`,
 * `voice.incomingAllow`, `voice.outgoingApplicationSid:group`, `otherClaim`…
 */
export function placeName(place: TokenPlace): string {
  switch (place.kind) {
    case 'header':
      return place.field;
    case 'claim':
      return place.claim;
    case 'grant':
      return place.grant;
    case 'legacyGrant':
      return place.key;
    case 'option': {
      const part = place.part === 'whole' ? '' : `:${place.part}`;
      return `${place.legacy ?? place.grant}.${place.option}${part}`;
    }
    default:
      return place.kind;
  }
}
