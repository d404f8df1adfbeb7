import { libraryNames, MAX_ROLE_LENGTH, type GrantDescriptor } from './grant.ts';

/**
 * The TaskRouter grant, under the key `task_router`, used by Flex and TaskRouter workers.
 * Written as twilio-node's `TaskRouterGrant.toPayload()`. TaskRouter knows a worker by its
 * `worker_sid`, so the grant needs no identity.
 */
export const taskRouterGrant = {
  name: 'taskRouter',
  key: 'task_router',
  className: 'TaskRouterGrant',
  needsIdentity: false,
  options: {
    /** Workspace SID (WS…). */
    workspaceSid: {
      kind: 'sid',
      payload: ['workspace_sid'],
      prefix: 'WS',
      library: libraryNames('workspaceSid'),
    },
    /** Worker SID (WK…). */
    workerSid: {
      kind: 'sid',
      payload: ['worker_sid'],
      prefix: 'WK',
      library: libraryNames('workerSid'),
    },
    /** e.g. `worker`, `supervisor`, `admin`. */
    role: {
      kind: 'name',
      payload: ['role'],
      maxLength: MAX_ROLE_LENGTH,
      trim: true,
      library: libraryNames('role'),
    },
  },
} as const satisfies GrantDescriptor;
