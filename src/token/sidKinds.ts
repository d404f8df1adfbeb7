/**
 * Every kind of Twilio SID the app names, by its two-letter prefix: the one table the inspector,
 * the form's SID checks and "What did you paste?" read. Each entry cites the public Twilio page
 * whose resource documents that prefix (its `sid` property: the prefix, then 32 hex digits).
 * A prefix not listed here is not guessed at: it is called "a SID" and nothing more.
 *
 * `belongs` says where such a SID goes in a token, when it goes in one at all: `sub`, `iss`,
 * a grant option (the grant descriptors say which), or nowhere (`none`: a resource a token never
 * names).
 *
 * @example
 * ```ts
 * SID_KINDS.AP.belongs; // 'grant'
 * ```
 */
export const SID_KINDS = {
  // https://www.twilio.com/docs/iam/api/account ("sid … AC[0-9a-fA-F]{32}"); the token's `sub`.
  AC: { belongs: 'sub' },
  // https://www.twilio.com/docs/iam/api-keys/key-resource (SK…); the token's `iss`.
  SK: { belongs: 'iss' },
  // https://www.twilio.com/docs/video/api/rooms-resource (RM…)
  RM: { belongs: 'grant' },
  // https://www.twilio.com/docs/usage/api/applications (AP…)
  AP: { belongs: 'grant' },
  // https://www.twilio.com/docs/conversations/api/credential-resource (CR…)
  CR: { belongs: 'grant' },
  // https://www.twilio.com/docs/conversations/api/service-resource and
  // https://www.twilio.com/docs/sync/api/service (both IS…)
  IS: { belongs: 'grant' },
  // https://www.twilio.com/docs/conversations/api/role-resource (RL…)
  RL: { belongs: 'grant' },
  // https://www.twilio.com/docs/taskrouter/api/workspace (WS…)
  WS: { belongs: 'grant' },
  // https://www.twilio.com/docs/taskrouter/api/worker (WK…)
  WK: { belongs: 'grant' },
  // https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource (PN…)
  PN: { belongs: 'none' },
  // https://www.twilio.com/docs/voice/api/call-resource (CA…)
  CA: { belongs: 'none' },
  // https://www.twilio.com/docs/messaging/api/message-resource (SM…)
  SM: { belongs: 'none' },
  // https://www.twilio.com/docs/messaging/api/service-resource (MG…)
  MG: { belongs: 'none' },
  // https://www.twilio.com/docs/conversations/api/conversation-resource (CH…)
  CH: { belongs: 'none' },
  // https://www.twilio.com/docs/conversations/api/user-resource (US…)
  US: { belongs: 'none' },
  // https://www.twilio.com/docs/chat/rest/member-resource (MB…)
  MB: { belongs: 'none' },
  // https://www.twilio.com/docs/verify/api/service (VA…)
  VA: { belongs: 'none' },
} as const satisfies Record<string, { readonly belongs: 'sub' | 'iss' | 'grant' | 'none' }>;

export type SidPrefix = keyof typeof SID_KINDS;

/** Where a SID of this kind goes in an Access Token. */
export type SidPlace = (typeof SID_KINDS)[SidPrefix]['belongs'];
