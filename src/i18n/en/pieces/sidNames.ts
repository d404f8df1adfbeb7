import type { SidPrefix } from '../../../token/sid.ts';

/** Each kind of SID by name, with its article, as it reads inside an English sentence. */
export const sidNames = {
  AC: 'an Account SID',
  SK: 'an API Key SID',
  RM: 'a Room SID',
  AP: 'a TwiML App SID',
  CR: 'a Push Credential SID',
  IS: 'a Service SID',
  RL: 'a Role SID',
  WS: 'a Workspace SID',
  WK: 'a Worker SID',
  PN: 'a Phone Number SID',
  CA: 'a Call SID',
  SM: 'a Message SID',
  MG: 'a Messaging Service SID',
  CH: 'a Conversation SID',
  US: 'a User SID',
  MB: 'a Member SID',
  VA: 'a Verify Service SID',
} satisfies Record<SidPrefix, string>;
