import type { SnippetInput } from '../snippetInput.ts';

const sid = (prefix: string, digit: string): string => `${prefix}${digit.repeat(32)}`;

/** 2026-01-01T00:00:00Z: a fixed not-before that is already past, so every run can sign it. */
export const PAST_NBF = 1_767_225_600;

/**
 * The inputs behind the golden files and the runtime checks. The fourth carries every grant and
 * an identity made to break naive string literals in all seven languages.
 */
export const SNIPPET_CONFIGS = {
  'video-room': {
    identity: 'alice',
    ttl: 3600,
    algorithm: 'HS256',
    grants: { video: { room: 'daily-standup' } },
  },
  'voice-outgoing': {
    identity: 'agent-42',
    ttl: 3600,
    algorithm: 'HS256',
    grants: {
      voice: {
        incomingAllow: true,
        outgoingApplicationSid: sid('AP', 'a'),
        outgoingApplicationParams: { To: '+15558675310', mode: 'conference' },
      },
    },
  },
  'chat-sync': {
    identity: 'user@example.com',
    ttl: 7200,
    algorithm: 'HS256',
    grants: {
      chat: { serviceSid: sid('IS', 'c'), endpointId: 'web:user@example.com:tab-1' },
      sync: { serviceSid: sid('IS', 'd') },
    },
  },
  'all-grants': {
    identity: '山田 "Taro" \\ $HOME #{x}',
    ttl: 14_400,
    nbf: PAST_NBF,
    region: 'ie1',
    algorithm: 'HS256',
    grants: {
      video: { room: '会議室 1' },
      voice: {
        incomingAllow: true,
        outgoingApplicationSid: sid('AP', 'a'),
        outgoingApplicationParams: { To: 'client:bob', "it's": 'a "quote" \\ $x #{y}' },
        pushCredentialSid: sid('CR', 'b'),
        endpointId: 'phone-1',
      },
      chat: {
        serviceSid: sid('IS', 'c'),
        endpointId: 'web:山田:1',
        deploymentRoleSid: sid('RL', 'e'),
        pushCredentialSid: sid('CR', 'b'),
      },
      sync: { serviceSid: sid('IS', 'd'), endpointId: 'sync-1' },
      taskRouter: { workspaceSid: sid('WS', 'f'), workerSid: sid('WK', '1'), role: 'worker' },
      playback: {
        grant: {
          requestCredentials: null,
          playbackUrl: 'https://example.live.twilio.com/v1/us1/stream/index.m3u8',
          playerStreamerSid: sid('VJ', '2'),
          expiresIn: 3600,
          lowLatency: true,
          tags: ['live', 'ライブ'],
          meta: { note: "tab\there, it's \\ $fine #{ok}" },
        },
      },
    },
  },
  'short-hs384': {
    identity: 'alice',
    ttl: 600,
    algorithm: 'HS384',
    grants: { video: {} },
  },
} as const satisfies Record<string, SnippetInput>;

export type SnippetConfigName = keyof typeof SNIPPET_CONFIGS;

export const CONFIG_NAMES = Object.keys(SNIPPET_CONFIGS) as SnippetConfigName[];
