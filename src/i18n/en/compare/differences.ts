import type {
  Consequence,
  FieldMeaningCode,
  GrantKind,
  Lifetime,
  Side,
  ValidFrom,
} from '../../../token/compare/index.ts';
import type { JsonKind } from '../../../token/json/displayText.ts';
import { groupDigits } from '../../formatNumber.ts';
import { formatDuration } from '../decoded.ts';

/**
 * What each field of a token is for, and what a difference in it does, in English: the Compare
 * tab's table of differences. The switches are exhaustive, so a new meaning or consequence code
 * fails the typecheck until it is worded here.
 */

const GRANTS: Readonly<Record<GrantKind, string>> = {
  video: 'Video',
  voice: 'Voice',
  chat: 'Chat',
  data_sync: 'Sync',
  task_router: 'TaskRouter',
  player: 'Playback',
  ip_messaging: 'IP Messaging (legacy)',
  rtc: 'RTC (legacy)',
  unknown: 'unknown',
};

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
export function describeMeaning(meaning: FieldMeaningCode, grant: GrantKind | undefined): string {
  const grantName = GRANTS[grant ?? 'unknown'];
  switch (meaning) {
    case 'algorithm':
      return 'Signing algorithm';
    case 'type':
      return 'Token type';
    case 'contentType':
      return 'Content type (Twilio token version)';
    case 'region':
      return 'Region of the API key';
    case 'keyId':
      return 'Key ID';
    case 'critical':
      return 'Extensions a reader must know';
    case 'otherHeader':
      return 'A header field Twilio does not use';
    case 'tokenId':
      return 'Token ID';
    case 'issuer':
      return 'API Key SID (the key that signed it)';
    case 'subject':
      return 'Account SID';
    case 'issuedAt':
      return 'Issued at';
    case 'notBefore':
      return 'Not valid before';
    case 'expiry':
      return 'Expires at';
    case 'grants':
      return 'All grants';
    case 'identity':
      return 'Identity';
    case 'otherClaim':
      return 'A claim Twilio does not use';
    case 'grant':
      return grant === 'unknown' ? 'A grant Twilio does not know' : `${grantName} grant`;
    case 'room':
      return 'Video room';
    case 'incoming':
      return 'Incoming calls';
    case 'outgoing':
      return 'Outgoing calls';
    case 'application':
      return 'TwiML App for outgoing calls';
    case 'callParams':
      return 'Parameters sent to the TwiML App';
    case 'callParam':
      return 'A parameter sent to the TwiML App';
    case 'pushCredential':
      return 'Push credential';
    case 'endpoint':
      return 'Endpoint ID (the device)';
    case 'service':
      return `${grantName} service`;
    case 'deploymentRole':
      return 'Role in the service';
    case 'workspace':
      return 'TaskRouter workspace';
    case 'worker':
      return 'TaskRouter worker';
    case 'workerRole':
      return 'Role in the workspace';
    case 'playback':
      return 'Playback grant content';
    case 'otherGrantField':
      return `An option of the ${grantName} grant this page does not know`;
  }
}

/** What the difference does, in a sentence or two. */
export function describeConsequence(consequence: Consequence): string {
  switch (consequence.code) {
    case 'otherShape':
      return `A different type of value: ${KINDS[consequence.params.first]} in the first token, ${KINDS[consequence.params.second]} in the second. Twilio reads one of them only.`;
    case 'otherAlgorithm':
      return 'Signed with another algorithm. Twilio documents HS256 only.';
    case 'otherType':
      return 'Another token type. Every official library writes “JWT”.';
    case 'otherContentType':
      return 'Another content type. Twilio reads a token as an access token only with “twilio-fpa;v=1”.';
    case 'otherRegion':
      return 'The API key is looked up in another region (no twr means us1). A key exists in one region only.';
    case 'notReadByTwilio':
      return 'Twilio does not read it: this difference alone changes nothing.';
    case 'ownTokenId':
      return 'Usual: every token has its own ID (the API Key SID, a dash and the issue time).';
    case 'otherApiKey':
      return 'Signed by a different API key. Each key has its own secret, and must belong to the account in sub.';
    case 'otherAccount':
      return 'For another account. The API key in iss must belong to it.';
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
    case 'actsAsSomeoneElse':
      return 'Acts as someone else: others see another identity, and calls and messages for it go to another user.';
    case 'identityOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token has an identity. Video, Voice, Chat and Sync refuse a token without one (error 20106).`;
    case 'grantOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token has this grant: the other cannot use this product.`;
    case 'otherRoom':
      return 'Scoped to another room: each token joins only its own room.';
    case 'roomOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token is limited to one room; the other may join any room.`;
    case 'incomingOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token can receive incoming calls.`;
    case 'outgoingOnOneSide':
      return `Only the ${SIDES[consequence.params.side]} token can place outgoing calls.`;
    case 'otherApplication':
      return 'Outgoing calls go to another TwiML App, so Twilio requests another Voice URL.';
    case 'otherCallParams':
      return 'The TwiML App receives other parameters with each outgoing call.';
    case 'otherPushCredential':
      return 'Notifications go through another push credential, which serves one app on one platform.';
    case 'otherEndpoint':
      return 'Another endpoint ID: the service sees another device.';
    case 'otherService':
      return 'For another service: the client sees that service’s data only.';
    case 'otherDeploymentRole':
      return 'Another role in the service, with other permissions.';
    case 'otherWorkspace':
      return 'For another TaskRouter workspace.';
    case 'otherWorker':
      return 'Acts as another TaskRouter worker.';
    case 'otherWorkerRole':
      return 'Another role in the workspace.';
    case 'otherPlayback':
      return 'For another stream or player. Twilio’s API makes each Playback grant for one player.';
  }
}
