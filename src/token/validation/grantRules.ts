import type { TokenField } from '../fields.ts';
import { hasAnyGrant, type GrantOptions } from '../grants/index.ts';
import type { InputProblem } from '../problems.ts';
import type { SidPrefix } from '../sid.ts';
import { checkName, checkOptionalSid, checkRoom } from './rules.ts';

/** Endpoint IDs and roles are free text for Twilio; keep them sane. */
const MAX_ENDPOINT_ID_LENGTH = 256;
const MAX_ROLE_LENGTH = 64;

export type FieldProblem = readonly [TokenField, InputProblem];

const sid = (field: TokenField, value: string | undefined, prefix: SidPrefix): FieldProblem[] => {
  const problem = checkOptionalSid(value ?? '', prefix);
  return problem ? [[field, problem]] : [];
};

const text = (field: TokenField, value: string | undefined, max: number): FieldProblem[] => {
  const problem = checkName(value ?? '', max);
  return problem ? [[field, problem]] : [];
};

/**
 * Every problem with the grants, each tied to its field. Used by the core; the form's schema
 * runs the same per-field rules.
 */
export function grantProblems(grants: GrantOptions): FieldProblem[] {
  if (!hasAnyGrant(grants)) return [['grants', { code: 'noGrant' }]];
  const problems: FieldProblem[] = [];
  const { video, voice, chat, sync, taskRouter, playback } = grants;
  if (video?.room !== undefined) {
    const problem = checkRoom(video.room);
    if (problem) problems.push(['grants.video.room', problem]);
  }
  if (voice) {
    problems.push(
      ...sid('grants.voice.outgoingApplicationSid', voice.outgoingApplicationSid, 'AP'),
      ...sid('grants.voice.pushCredentialSid', voice.pushCredentialSid, 'CR'),
      ...text('grants.voice.endpointId', voice.endpointId, MAX_ENDPOINT_ID_LENGTH),
    );
    if (voice.outgoingApplicationParams && !voice.outgoingApplicationSid) {
      problems.push([
        'grants.voice.outgoingApplicationParams',
        { code: 'paramsWithoutApplication' },
      ]);
    }
  }
  if (chat) {
    problems.push(
      ...sid('grants.chat.serviceSid', chat.serviceSid, 'IS'),
      ...text('grants.chat.endpointId', chat.endpointId, MAX_ENDPOINT_ID_LENGTH),
      ...sid('grants.chat.deploymentRoleSid', chat.deploymentRoleSid, 'RL'),
      ...sid('grants.chat.pushCredentialSid', chat.pushCredentialSid, 'CR'),
    );
  }
  if (sync) {
    problems.push(
      ...sid('grants.sync.serviceSid', sync.serviceSid, 'IS'),
      ...text('grants.sync.endpointId', sync.endpointId, MAX_ENDPOINT_ID_LENGTH),
    );
  }
  if (taskRouter) {
    problems.push(
      ...sid('grants.taskRouter.workspaceSid', taskRouter.workspaceSid, 'WS'),
      ...sid('grants.taskRouter.workerSid', taskRouter.workerSid, 'WK'),
      ...text('grants.taskRouter.role', taskRouter.role, MAX_ROLE_LENGTH),
    );
  }
  if (playback?.grant !== undefined && !isPortableJsonObject(playback.grant)) {
    problems.push(['grants.playback.grant', { code: 'notJsonObject' }]);
  }
  return problems;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Far deeper than any PlaybackGrant Twilio returns, and far below the depth at which
 * JSON.stringify overflows the stack (a few thousand levels).
 */
const MAX_JSON_DEPTH = 64;

/**
 * A JSON object the token can carry exactly: JSON.stringify would write `1e400` (Infinity) as
 * `null`, drop functions and `undefined`, throw on a BigInt or a cycle, and overflow the stack on
 * deep nesting.
 */
function isPortableJsonObject(value: unknown): boolean {
  return isJsonObject(value) && isPortableJson(value, 0);
}

function isPortableJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= MAX_JSON_DEPTH) return false;
  // Array.from reads holes as undefined, which JSON would write as null.
  if (Array.isArray(value)) {
    return Array.from(value).every((item) => isPortableJson(item, depth + 1));
  }
  // Plain objects only, as JSON.parse makes them: a Date or a Map would be written as another value.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => isPortableJson(item, depth + 1));
}

export { MAX_ENDPOINT_ID_LENGTH, MAX_ROLE_LENGTH };
