import twilio from 'twilio';
import type { SigningAlgorithm } from '../../src/token/claims.ts';
import type { GrantOptions } from '../../src/token/grants/index.ts';

export interface OracleInput {
  accountSid: string;
  apiKeySid: string;
  apiKeySecret: string;
  identity: string;
  ttl: number;
  grants: GrantOptions;
  nbf?: number | undefined;
  region?: string | undefined;
  algorithm?: SigningAlgorithm | undefined;
}

/**
 * The official twilio-node library building the same token as our core, grants added in our
 * fixed order, so tests can demand byte-identity. Node only (test code).
 */
export function twilioNodeToken(input: OracleInput): string {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(input.accountSid, input.apiKeySid, input.apiKeySecret, {
    identity: input.identity,
    ttl: input.ttl,
    ...(input.nbf === undefined ? {} : { nbf: input.nbf }),
    ...(input.region === undefined ? {} : { region: input.region }),
  });
  const { video, voice, chat, sync, taskRouter, playback } = input.grants;
  if (video) token.addGrant(new AccessToken.VideoGrant(video));
  if (voice) {
    token.addGrant(
      new AccessToken.VoiceGrant({
        ...voice,
        outgoingApplicationParams: voice.outgoingApplicationParams
          ? { ...voice.outgoingApplicationParams }
          : undefined,
      }),
    );
  }
  if (chat) token.addGrant(new AccessToken.ChatGrant(chat));
  if (sync) token.addGrant(new AccessToken.SyncGrant(sync));
  if (taskRouter) token.addGrant(new AccessToken.TaskRouterGrant(taskRouter));
  if (playback) {
    token.addGrant(
      new AccessToken.PlaybackGrant(playback.grant ? { grant: { ...playback.grant } } : {}),
    );
  }
  return token.toJwt(input.algorithm);
}
