import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { snippetInputFromForm } from '../../src/features/snippets/snippetInputFromForm.ts';
import { GENERATE_FORM_DEFAULTS } from '../../src/token/validation/generateFormSchema.ts';

const sid = (prefix: string, digit: string): string => `${prefix}${digit.repeat(32)}`;

/** 2026-01-01T00:00:00Z: a fixed not-before that is already past, so every run can sign it. */
export const PAST_NBF = 1_767_225_600;

/**
 * Keys that mean something to some language's object literal or to a JSON library: `__proto__`
 * sets the prototype in a JavaScript literal, "0", "1"… turn a PHP array into a list, `$type` and
 * `$ref` steer Newtonsoft, `#{…}` and `${…}` interpolate. Parsed from JSON so that `__proto__` is
 * a plain member here too.
 */
const HOSTILE_PARAMS = JSON.parse(
  '{"__proto__":"proto","constructor":"ctor","prototype":"p","toString":"s","valueOf":"v",' +
    '"hasOwnProperty":"h","$type":"t","#{x}":"${y}","tab\\tkey":"tab\\tvalue"}',
) as Record<string, string>;

const HOSTILE_KEYS_GRANT = JSON.parse(
  JSON.stringify({
    requestCredentials: null,
    constructor: { prototype: { toString: 'x' } },
    toString: 'shadowed',
    $ref: '#/nope',
    list: { '0': 'zero', '1': 'one' },
    notList: { '1': 'one', '2': 'two' },
    deep: [{ '0': [] }, {}, [[]]],
  }).replace('{', '{"__proto__":{"polluted":true},'),
) as Record<string, unknown>;

/**
 * Numbers a Playback grant may hold, as the form reads them (JSON.parse): past int64 and past
 * 2^53, the largest doubles, fractions and -0 (the token writes 0). 1e400 is refused by the
 * core (JSON would carry it as null), so no program ever needs it.
 */
const HOSTILE_NUMBERS_GRANT = JSON.parse(
  '{"beyondInt64":123456789012345678901234567890,"int64Max":9223372036854775807,' +
    '"int64Min":-9223372036854775808,"twoTo64":18446744073709551616,' +
    '"unsafe":9007199254740993,"maxSafe":9007199254740991,"minSafe":-9007199254740991,' +
    '"huge":1e300,"negativeHuge":-1.7976931348623157e308,"exp21":1e21,"belowExp21":1e20,' +
    '"tenth":0.1,"small":0.00001,"tiny":1.5e-7,"negativeZero":-0,' +
    '"list":[0,-1,2.5,1e16,-1e-300]}',
) as Record<string, unknown>;

/**
 * A first visit with more switched on and filled in wrongly: the Identity empty, the room and
 * the TwiML App SID with problems, parameters for that SID, Sync with a SID of the wrong kind.
 * The Code tab shows a program with placeholders for it, which must be as valid as any other.
 */
export const PLACEHOLDER_FORM = {
  ...GENERATE_FORM_DEFAULTS,
  identity: '',
  grants: {
    ...GENERATE_FORM_DEFAULTS.grants,
    video: { ...GENERATE_FORM_DEFAULTS.grants.video, room: 'bell\u0007' },
    voice: {
      ...GENERATE_FORM_DEFAULTS.grants.voice,
      enabled: true,
      outgoingApplicationSid: 'AP123',
      outgoingApplicationParams: 'To=client:bob',
    },
    sync: { ...GENERATE_FORM_DEFAULTS.grants.sync, enabled: true, serviceSid: sid('AC', '0') },
  },
};

/**
 * The inputs behind the golden files, the syntax checks and the runtime checks. `all-grants`
 * carries every grant and an identity made to break naive string literals in all seven
 * languages; the `hostile-` ones carry keys and numbers that each language could get wrong.
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
  'hostile-keys': {
    identity: '__proto__',
    ttl: 3600,
    algorithm: 'HS256',
    grants: {
      voice: { outgoingApplicationSid: sid('AP', 'a'), outgoingApplicationParams: HOSTILE_PARAMS },
      playback: { grant: HOSTILE_KEYS_GRANT },
    },
  },
  'hostile-numbers': {
    identity: 'alice',
    ttl: 3600,
    algorithm: 'HS512',
    grants: { playback: { grant: HOSTILE_NUMBERS_GRANT } },
  },
  placeholders: snippetInputFromForm(PLACEHOLDER_FORM).input,
} as const satisfies Record<string, SnippetInput>;

export type SnippetConfigName = keyof typeof SNIPPET_CONFIGS;

export const CONFIG_NAMES = Object.keys(SNIPPET_CONFIGS) as SnippetConfigName[];
