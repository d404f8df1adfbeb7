// zod/mini: the same schemas as classic zod at a fraction of the bundle size.
import { z } from 'zod/mini';
import { isSigningAlgorithm, type SigningAlgorithm } from '../claims.ts';
import type { TokenField } from '../fields.ts';
import type { GrantOptions } from '../grants/index.ts';
import type { InputProblem } from '../problems.ts';
import { grantProblems, isJsonObject } from './grantRules.ts';
import { parseOutgoingParams } from './outgoingParams.ts';
import { problemMessage } from './problemMessage.ts';
import {
  checkIdentity,
  checkNotBefore,
  checkRegion,
  checkSecret,
  checkSid,
  checkTtl,
} from './rules.ts';

type Rule<T> = (value: T) => InputProblem | undefined;

const grantForm = {
  video: z.object({ enabled: z.boolean(), room: z.string() }),
  voice: z.object({
    enabled: z.boolean(),
    outgoingApplicationSid: z.string(),
    outgoingApplicationParams: z.string(),
    incomingAllow: z.boolean(),
    pushCredentialSid: z.string(),
    endpointId: z.string(),
  }),
  chat: z.object({
    enabled: z.boolean(),
    serviceSid: z.string(),
    endpointId: z.string(),
    deploymentRoleSid: z.string(),
    pushCredentialSid: z.string(),
  }),
  sync: z.object({ enabled: z.boolean(), serviceSid: z.string(), endpointId: z.string() }),
  taskRouter: z.object({
    enabled: z.boolean(),
    workspaceSid: z.string(),
    workerSid: z.string(),
    role: z.string(),
  }),
  playback: z.object({ enabled: z.boolean(), grant: z.string() }),
};

const follows = <T>(rule: Rule<T>) =>
  z.superRefine<T>((value, ctx) => {
    const problem = rule(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problemMessage(problem) });
  });
const pasted = (rule: Rule<string>) => z.string().check(z.trim(), follows(rule));

/** A whole number typed as text; empty means `undefined` when the field is optional. */
const wholeNumber = <Optional extends boolean>(rule: Rule<number>, optional: Optional) =>
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((value, ctx): Optional extends true ? number | undefined : number => {
      const text = typeof value === 'string' ? value.trim() : value;
      if (text === '' && optional) return undefined as never;
      const number = typeof text === 'number' ? text : parseDecimal(text);
      const problem = text === '' ? ({ code: 'required' } as const) : rule(number);
      if (problem) {
        ctx.issues.push({ code: 'custom', message: problemMessage(problem), input: value });
        return z.NEVER;
      }
      return number;
    }),
  );

/**
 * The generator form's schema: trims what people paste, turns the form's grant sections into
 * the core's `GrantOptions`, and applies the same rules the token core enforces. Each problem is
 * reported at its field as data (see problemMessage.ts); the form words it at render, so the
 * schema is the same in every language.
 *
 * @example
 * ```ts
 * useForm({ resolver: zodResolver(generateFormSchema), mode: 'onTouched' });
 * ```
 */
export const generateFormSchema = z.object({
  accountSid: pasted((value) => checkSid(value, 'AC')),
  apiKeySid: pasted((value) => checkSid(value, 'SK')),
  apiKeySecret: pasted(checkSecret),
  // Not trimmed: spaces may be part of an identity, and the token must carry it exactly.
  identity: z.string().check(follows(checkIdentity)),
  ttl: wholeNumber(checkTtl, false),
  nbf: wholeNumber(checkNotBefore, true),
  region: z.pipe(
    pasted(checkRegion),
    z.transform((value) => (value === '' ? undefined : value)),
  ),
  // Any text, so a value from outside the select (a tampered link) is a problem at the field.
  algorithm: z.pipe(
    z.string(),
    z.transform((value, ctx): SigningAlgorithm => {
      if (isSigningAlgorithm(value)) return value;
      ctx.issues.push({
        code: 'custom',
        message: problemMessage({ code: 'unsupportedAlgorithm' }),
        input: value,
      });
      return z.NEVER;
    }),
  ),
  grants: z.pipe(
    z.object(grantForm),
    z.transform((form, ctx): GrantOptions => {
      const report = (field: TokenField, problem: InputProblem) => {
        ctx.issues.push({
          code: 'custom',
          message: problemMessage(problem),
          input: form,
          // Paths inside `grants`; zod prefixes the outer key.
          path: field.split('.').slice(1),
        });
      };
      const grants = grantOptionsFromForm(form, report);
      for (const [field, problem] of grantProblems(grants)) report(field, problem);
      return grants;
    }),
  ),
});

type GrantForm = { [K in keyof typeof grantForm]: z.output<(typeof grantForm)[K]> };

/** Form sections to core grant options: switched-off grants and empty fields are left out. */
function grantOptionsFromForm(
  form: GrantForm,
  report: (field: TokenField, problem: InputProblem) => void,
): GrantOptions {
  const { video, voice, chat, sync, taskRouter, playback } = form;
  const grants: {
    -readonly [K in keyof GrantOptions]: GrantOptions[K];
  } = {};
  if (video.enabled) grants.video = compact({ room: video.room.trim() });
  if (voice.enabled) {
    const parsed = parseOutgoingParams(voice.outgoingApplicationParams);
    if ('problem' in parsed) report('grants.voice.outgoingApplicationParams', parsed.problem);
    grants.voice = compact({
      incomingAllow: voice.incomingAllow || undefined,
      outgoingApplicationSid: voice.outgoingApplicationSid.trim(),
      outgoingApplicationParams: 'params' in parsed ? parsed.params : undefined,
      pushCredentialSid: voice.pushCredentialSid.trim(),
      endpointId: voice.endpointId,
    });
  }
  if (chat.enabled) {
    grants.chat = compact({
      serviceSid: chat.serviceSid.trim(),
      endpointId: chat.endpointId,
      deploymentRoleSid: chat.deploymentRoleSid.trim(),
      pushCredentialSid: chat.pushCredentialSid.trim(),
    });
  }
  if (sync.enabled) {
    grants.sync = compact({ serviceSid: sync.serviceSid.trim(), endpointId: sync.endpointId });
  }
  if (taskRouter.enabled) {
    grants.taskRouter = compact({
      workspaceSid: taskRouter.workspaceSid.trim(),
      workerSid: taskRouter.workerSid.trim(),
      role: taskRouter.role.trim(),
    });
  }
  if (playback.enabled) {
    const text = playback.grant.trim();
    const grant = text === '' ? undefined : parseJson(text);
    if (text !== '' && !isJsonObject(grant)) {
      report('grants.playback.grant', { code: 'notJsonObject' });
    }
    grants.playback = isJsonObject(grant) ? { grant } : {};
  }
  return grants;
}

export type GenerateFormSchema = typeof generateFormSchema;
export type GenerateFormInput = z.input<GenerateFormSchema>;
export type GenerateFormValues = z.output<GenerateFormSchema>;

export { GENERATE_FORM_DEFAULTS } from './generateFormDefaults.ts';

/** Drops empty and undefined options, as twilio-node leaves them out of the token. */
function compact<T extends object>(options: T): T {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined && value !== ''),
  ) as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A number typed as text; anything but plain decimal digits is NaN, never a silent guess. */
function parseDecimal(text: string): number {
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
