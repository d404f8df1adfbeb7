/**
 * The TaskRouter grant, under the key `task_router`, used by Flex and TaskRouter workers.
 * Serialized as twilio-node's `TaskRouterGrant.toPayload()`.
 */
export interface TaskRouterGrantOptions {
  /** Workspace SID (WS…). */
  readonly workspaceSid?: string;
  /** Worker SID (WK…). */
  readonly workerSid?: string;
  /** e.g. `worker`, `supervisor`, `admin`. */
  readonly role?: string;
}

export type TaskRouterGrantPayload = {
  workspace_sid?: string;
  worker_sid?: string;
  role?: string;
};

export function taskRouterGrantPayload(options: TaskRouterGrantOptions): TaskRouterGrantPayload {
  const payload: TaskRouterGrantPayload = {};
  if (options.workspaceSid) payload.workspace_sid = options.workspaceSid;
  if (options.workerSid) payload.worker_sid = options.workerSid;
  if (options.role) payload.role = options.role;
  return payload;
}
