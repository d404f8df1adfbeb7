import type { Consequence, Lifetime, Side, ValidFrom } from '../../../token/compare/index.ts';
import type { TokenPlace } from '../../../token/place.ts';
import { differenceOf, optionWords, placeMeaning } from '../../tokenWords.ts';
import { grants } from './grants.ts';
import { tokenParts } from './tokenParts.ts';
import type { JsonKind } from '../../../token/json/displayText.ts';
import { groupDigits } from '../../formatNumber.ts';
import { formatDuration } from '../decoded.ts';

/**
 * What each field of a token is for, and what a difference in it does, in English: the Compare
 * tab's table of differences. The switches are exhaustive, so a new meaning or consequence code
 * fails the typecheck until it is worded here.
 */

const SIDES: Readonly<Record<Side, string>> = { first: 'first', second: 'second' };

const KINDS: Readonly<Record<JsonKind, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
  array: 'a list',
  object: 'an object',
};

/** Seconds exactly, as the token holds them, and roughly: “3,600 s (1 h)”. */
export function span(totalSeconds: number): string {
  const seconds = Math.abs(totalSeconds);
  const exact = `${groupDigits(seconds)} s`;
  return seconds < 60 || !Number.isSafeInteger(seconds)
    ? exact
    : `${exact} (${formatDuration(seconds)})`;
}

export function lifetimeText(lifetime: Lifetime | undefined): string {
  if (!lifetime) return 'no lifetime that can be measured (neither iat nor nbf)';
  return `${span(lifetime.seconds)} after ${lifetime.from === 'iat' ? 'issue' : 'nbf'}`;
}

export function validFromText(validFrom: ValidFrom): string {
  switch (validFrom.kind) {
    case 'atOnce':
      return 'at once (no nbf)';
    case 'afterIssue':
      if (validFrom.seconds === 0) return 'from issue';
      return `${span(validFrom.seconds)} ${validFrom.seconds > 0 ? 'after' : 'before'} issue`;
    case 'noIssueTime':
      return 'from its nbf (no iat to measure it from)';
    case 'unreadable':
      return 'never: its nbf is not a number';
  }
}

/** What the field is for, as a short noun phrase. */
export function describeMeaning(place: TokenPlace): string {
  return placeMeaning(grants, tokenParts, place);
}

/** What the difference does, in a sentence or two. */
export function describeConsequence(consequence: Consequence): string {
  switch (consequence.code) {
    case 'differs':
      return differenceOf(grants, tokenParts, consequence.params.place);
    case 'optionOnOneSide': {
      const words = optionWords(grants, consequence.params.place);
      return words.onOneSide?.(SIDES[consequence.params.side]) ?? words.difference;
    }
    case 'otherShape':
      return `A different type of value: ${KINDS[consequence.params.first]} in the first token, ${KINDS[consequence.params.second]} in the second. Twilio reads one of them only.`;
    case 'notReadByTwilio':
      return 'Twilio does not read it: this difference alone changes nothing.';
    case 'issuerSubjectSwapped':
      return 'iss and sub are swapped in one of them: iss must be the API Key SID (SK…) and sub the Account SID (AC…). Check the order of the SIDs given to AccessToken.';
    case 'issuedApart': {
      const { seconds } = consequence.params;
      return `The second token was issued ${span(seconds)} ${seconds > 0 ? 'later' : 'earlier'} than the first.`;
    }
    case 'issuedAtOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token says when it was issued. Twilio does not need iat: twilio-python and twilio-java leave it out.`;
    case 'lifetimes':
      return `Expires ${lifetimeText(consequence.params.first)} vs ${lifetimeText(consequence.params.second)}.`;
    case 'sameLifetime':
      return `Same lifetime, ${lifetimeText(consequence.params.lifetime)}: the tokens were only issued at different times.`;
    case 'validFrom':
      return `Valid ${validFromText(consequence.params.first)} vs ${validFromText(consequence.params.second)}.`;
    case 'identityOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token has an identity. Video, Voice, Chat and Sync refuse a token without one (error 20106).`;
    case 'grantOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token has this grant: the other cannot use this product.`;
  }
}
