import { GRANT_ORDER, type GrantName } from './grantNames.ts';
import { chatGrantPayload, type ChatGrantOptions, type ChatGrantPayload } from './chat.ts';
import {
  playbackGrantPayload,
  type PlaybackGrantOptions,
  type PlaybackGrantPayload,
} from './playback.ts';
import { syncGrantPayload, type SyncGrantOptions, type SyncGrantPayload } from './sync.ts';
import {
  taskRouterGrantPayload,
  type TaskRouterGrantOptions,
  type TaskRouterGrantPayload,
} from './taskRouter.ts';
import { videoGrantPayload, type VideoGrantOptions, type VideoGrantPayload } from './video.ts';
import { voiceGrantPayload, type VoiceGrantOptions, type VoiceGrantPayload } from './voice.ts';

export type {
  ChatGrantOptions,
  PlaybackGrantOptions,
  SyncGrantOptions,
  TaskRouterGrantOptions,
  VideoGrantOptions,
  VoiceGrantOptions,
};

interface OptionsByGrant {
  video: VideoGrantOptions;
  voice: VoiceGrantOptions;
  chat: ChatGrantOptions;
  sync: SyncGrantOptions;
  taskRouter: TaskRouterGrantOptions;
  playback: PlaybackGrantOptions;
}

/** The grants a token may carry, each present only when switched on. */
export type GrantOptions = { readonly [Name in GrantName]?: OptionsByGrant[Name] };

export { GRANT_ORDER, type GrantName } from './grantNames.ts';

/** `grants` as it appears in the payload: the identity first, then each grant under its key. */
export type GrantsPayload = {
  identity: string;
  video?: VideoGrantPayload;
  voice?: VoiceGrantPayload;
  chat?: ChatGrantPayload;
  data_sync?: SyncGrantPayload;
  task_router?: TaskRouterGrantPayload;
  player?: PlaybackGrantPayload;
};

export function grantsPayload(identity: string, grants: GrantOptions): GrantsPayload {
  const payload: GrantsPayload = { identity };
  if (grants.video) payload.video = videoGrantPayload(grants.video);
  if (grants.voice) payload.voice = voiceGrantPayload(grants.voice);
  if (grants.chat) payload.chat = chatGrantPayload(grants.chat);
  if (grants.sync) payload.data_sync = syncGrantPayload(grants.sync);
  if (grants.taskRouter) payload.task_router = taskRouterGrantPayload(grants.taskRouter);
  if (grants.playback) payload.player = playbackGrantPayload(grants.playback);
  return payload;
}

export function hasAnyGrant(grants: GrantOptions): boolean {
  return GRANT_ORDER.some((name) => grants[name] !== undefined);
}
