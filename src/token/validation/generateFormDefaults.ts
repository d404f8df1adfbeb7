import { DEFAULT_ALGORITHM } from '../algorithms.ts';
import type { GenerateFormInput } from './generateFormSchema.ts';
import { DEFAULT_TTL_SECONDS } from './limits.ts';

// Apart from the schema, so the first screen can fill the form without loading zod.

/** The generator form as it opens: Video on, one-hour tokens, HS256. */
export const GENERATE_FORM_DEFAULTS: GenerateFormInput = {
  accountSid: '',
  apiKeySid: '',
  apiKeySecret: '',
  identity: '',
  ttl: String(DEFAULT_TTL_SECONDS),
  nbf: '',
  region: '',
  algorithm: DEFAULT_ALGORITHM,
  grants: {
    // Video stays on by default: the page began as Video's testing tool.
    video: { enabled: true, room: '' },
    voice: {
      enabled: false,
      outgoingApplicationSid: '',
      outgoingApplicationParams: '',
      incomingAllow: false,
      pushCredentialSid: '',
      endpointId: '',
    },
    chat: {
      enabled: false,
      serviceSid: '',
      endpointId: '',
      deploymentRoleSid: '',
      pushCredentialSid: '',
    },
    sync: { enabled: false, serviceSid: '', endpointId: '' },
    taskRouter: { enabled: false, workspaceSid: '', workerSid: '', role: '' },
    playback: { enabled: false, grant: '' },
  },
};
