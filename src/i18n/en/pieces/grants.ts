import type { GrantsWords } from '../../tokenWords.ts';

const ENDPOINT_ID = {
  label: 'Endpoint ID',
  description: 'Optional: tells apart devices that share one identity.',
  claim: () => 'Endpoint ID: tells this device apart from others with the same identity.',
  meaning: 'Endpoint ID (the device)',
  difference: 'Another endpoint ID: the service sees another device.',
} as const;

const PUSH_CREDENTIAL = {
  label: 'Push credential SID',
  placeholder: 'CR…',
  meaning: 'Push credential',
  difference:
    'Notifications go through another push credential, which serves one app on one platform.',
} as const;

const SERVICE = {
  label: 'Service SID',
  placeholder: 'IS…',
  difference: 'For another service: the client sees that service’s data only.',
} as const;

/**
 * Every grant and option in English, once: the form's labels and hints, the decoded panel's
 * sentences and Compare's meanings all come from here. The labels are a public contract.
 */
export const grants: GrantsWords = {
  video: {
    name: 'Video',
    description: 'Join Video rooms.',
    claim: ({ options }) =>
      options?.includes('room')
        ? 'Video grant: the holder may connect to Twilio Video.'
        : 'Video grant: the holder may connect to any Video room of the account.',
    options: {
      room: {
        label: 'Room name',
        description: 'Optional: a room’s unique name or its SID (RM…). Empty allows any room.',
        placeholder: 'daily-standup',
        claim: ({ text }) => `Only the room “${text}” may be joined with this token.`,
        meaning: 'Video room',
        difference: 'Scoped to another room: each token joins only its own room.',
        onOneSide: (side) =>
          `Only the ${side} token is limited to one room; the other may join any room.`,
      },
    },
  },
  voice: {
    name: 'Voice',
    description: 'Make and receive calls with the Voice SDK.',
    claim: () => 'Voice grant: the holder may use the Voice SDK.',
    options: {
      incomingAllow: {
        label: 'Allow incoming calls',
        claim: () => 'Incoming calls to this identity ring this client.',
        meaning: 'Incoming calls',
        difference: 'Whether incoming calls to this identity ring the client.',
        onOneSide: (side) => `Only the ${side} token can receive incoming calls.`,
      },
      outgoingApplicationSid: {
        label: 'Outgoing application SID',
        description: 'TwiML App SID (AP…) whose Voice URL handles outgoing calls.',
        placeholder: 'AP…',
        claim: ({ text }) =>
          `Outgoing calls run the TwiML App ${text}: Twilio requests its Voice URL.`,
        meaning: 'TwiML App for outgoing calls',
        difference: 'Outgoing calls go to another TwiML App, so Twilio requests another Voice URL.',
        onOneSide: (side) => `Only the ${side} token can place outgoing calls.`,
      },
      outgoingApplicationParams: {
        label: 'Outgoing application parameters',
        description:
          'Optional: one name=value per line, sent to the TwiML App with each outgoing call.',
        placeholder: 'to=+15551234567',
        claim: () => 'Sent to the TwiML App’s Voice URL with every outgoing call.',
        meaning: 'Parameters sent to the TwiML App',
        difference: 'The TwiML App receives other parameters with each outgoing call.',
      },
      pushCredentialSid: {
        ...PUSH_CREDENTIAL,
        description:
          'Optional: Push Credential SID (CR…) for incoming-call notifications on iOS and Android.',
        claim: () => 'Push credential used to notify this device of incoming calls.',
      },
      endpointId: { ...ENDPOINT_ID, placeholder: 'alice-iphone' },
    },
  },
  chat: {
    name: 'Chat',
    description: 'Conversations and Chat.',
    claim: () => 'Chat grant: the holder may use Conversations (and Programmable Chat).',
    options: {
      serviceSid: {
        ...SERVICE,
        description: 'Conversations (or Chat) Service SID (IS…).',
        claim: ({ text }) => `The Conversations or Chat service ${text}.`,
        meaning: 'Chat service',
      },
      endpointId: { ...ENDPOINT_ID, placeholder: 'alice-browser' },
      deploymentRoleSid: {
        label: 'Deployment role SID',
        description: 'Optional: Role SID (RL…) the user gets in the service.',
        placeholder: 'RL…',
        claim: () => 'Role the user is given in the service.',
        meaning: 'Role in the service',
        difference: 'Another role in the service, with other permissions.',
      },
      pushCredentialSid: {
        ...PUSH_CREDENTIAL,
        description: 'Optional: Push Credential SID (CR…) for notifications.',
        claim: () => 'Push credential used for notifications to this device.',
      },
    },
  },
  sync: {
    name: 'Sync',
    description: 'Sync documents, lists and maps.',
    claim: () =>
      'Sync grant: the holder may read and write Sync documents, lists, maps and streams.',
    options: {
      serviceSid: {
        ...SERVICE,
        description: 'Sync Service SID (IS…). Empty uses the default service.',
        claim: ({ text }) => `The Sync service ${text}.`,
        meaning: 'Sync service',
      },
      endpointId: { ...ENDPOINT_ID, placeholder: 'alice-browser' },
    },
  },
  taskRouter: {
    name: 'TaskRouter',
    description: 'TaskRouter and Flex workers.',
    claim: () => 'TaskRouter grant: the holder may act in a TaskRouter workspace (Flex uses this).',
    options: {
      workspaceSid: {
        label: 'Workspace SID',
        description: 'TaskRouter Workspace SID (WS…).',
        placeholder: 'WS…',
        claim: ({ text }) => `The TaskRouter workspace ${text}.`,
        meaning: 'TaskRouter workspace',
        difference: 'For another TaskRouter workspace.',
      },
      workerSid: {
        label: 'Worker SID',
        description: 'Worker SID (WK…) the client acts as.',
        placeholder: 'WK…',
        claim: ({ text }) => `The client acts as worker ${text}.`,
        meaning: 'TaskRouter worker',
        difference: 'Acts as another TaskRouter worker.',
      },
      role: {
        label: 'Role',
        description: 'Optional: for example worker, supervisor or admin.',
        placeholder: 'worker',
        claim: ({ text }) => `Role in the workspace: ${text}.`,
        meaning: 'Role in the workspace',
        difference: 'Another role in the workspace.',
      },
    },
  },
  playback: {
    name: 'Playback',
    description: 'Twilio Live players.',
    claim: () =>
      'Playback grant: lets a Twilio Live player join a stream. Its content comes from Twilio’s API.',
    options: {
      grant: {
        label: 'Playback grant (JSON)',
        description:
          'The JSON object Twilio’s PlaybackGrant API returned for your player streamer. It is copied into the token as is.',
        placeholder:
          '{"requestCredentials": null, "playbackUrl": "https://…", "playerStreamerSid": "VJ…"}',
        claim: () => 'Content from Twilio’s PlaybackGrant API, copied as it is.',
        meaning: 'Playback grant content',
        difference:
          'For another stream or player. Twilio’s API makes each Playback grant for one player.',
      },
    },
  },
};
