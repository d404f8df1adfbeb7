import { z } from 'zod';
import type { TokenField } from '../fields.ts';
import type { GrantOptions } from '../grants/index.ts';
import type { InputProblem } from '../problems.ts';
import {
  checkIdentity,
  checkRoom,
  checkSecret,
  checkSid,
  checkTtl,
  DEFAULT_TTL_SECONDS,
} from './rules.ts';

/** Words a problem for a person, in their language. Supplied by src/i18n. */
export type DescribeProblem = (field: TokenField, problem: InputProblem) => string;

type Rule<T> = (value: T) => InputProblem | undefined;

/**
 * The generator form's schema: trims what people paste, applies the same rules the token core
 * enforces, and reports each problem at its field.
 *
 * @example
 * ```ts
 * const schema = generateFormSchema(messages.describeProblem);
 * useForm({ resolver: zodResolver(schema), mode: 'onTouched' });
 * ```
 */
export function generateFormSchema(describe: DescribeProblem) {
  const field = <T>(name: TokenField, rule: Rule<T>) =>
    (value: T, ctx: z.RefinementCtx) => {
      const problem = rule(value);
      if (problem) ctx.addIssue({ code: 'custom', message: describe(name, problem) });
    };

  return z.object({
    accountSid: z.string().trim().superRefine(field('accountSid', (v) => checkSid(v, 'AC'))),
    apiKeySid: z.string().trim().superRefine(field('apiKeySid', (v) => checkSid(v, 'SK'))),
    apiKeySecret: z.string().trim().superRefine(field('apiKeySecret', checkSecret)),
    identity: z.string().superRefine(field('identity', checkIdentity)),
    room: z.string().trim().superRefine(field('room', checkRoom)),
    ttl: z
      .union([z.number(), z.string()])
      .transform((value, ctx) => {
        const ttl = typeof value === 'number' ? value : parseTtl(value);
        const problem = value === '' ? { code: 'required' as const } : checkTtl(ttl);
        if (problem) {
          ctx.addIssue({ code: 'custom', message: describe('ttl', problem) });
          return z.NEVER;
        }
        return ttl;
      }),
  });
}

export type GenerateFormSchema = ReturnType<typeof generateFormSchema>;
export type GenerateFormInput = z.input<GenerateFormSchema>;
export type GenerateFormValues = z.output<GenerateFormSchema>;

export const GENERATE_FORM_DEFAULTS: GenerateFormInput = {
  accountSid: '',
  apiKeySid: '',
  apiKeySecret: '',
  identity: '',
  room: '',
  ttl: DEFAULT_TTL_SECONDS,
};

/** Grants as the token core takes them, from the form's parsed values. */
export function grantOptionsFrom(values: GenerateFormValues): GrantOptions {
  return { video: values.room === '' ? {} : { room: values.room } };
}

function parseTtl(text: string): number {
  const trimmed = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
