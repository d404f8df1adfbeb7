// zod/mini: the same schemas as classic zod at a fraction of the bundle size.
import { z } from 'zod/mini';
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
 * enforces, and reports each problem at its field in the user's language.
 *
 * @example
 * ```ts
 * const schema = generateFormSchema(messages.generate.describeProblem);
 * useForm({ resolver: zodResolver(schema), mode: 'onTouched' });
 * ```
 */
export function generateFormSchema(describe: DescribeProblem) {
  const follows = <T>(field: TokenField, rule: Rule<T>) =>
    z.superRefine<T>((value, ctx) => {
      const problem = rule(value);
      if (problem) ctx.addIssue({ code: 'custom', message: describe(field, problem) });
    });
  const pasted = (field: TokenField, rule: Rule<string>) =>
    z.string().check(z.trim(), follows(field, rule));

  return z.object({
    accountSid: pasted('accountSid', (value) => checkSid(value, 'AC')),
    apiKeySid: pasted('apiKeySid', (value) => checkSid(value, 'SK')),
    apiKeySecret: pasted('apiKeySecret', checkSecret),
    // Not trimmed: spaces may be part of an identity, and the token must carry it exactly.
    identity: z.string().check(follows('identity', checkIdentity)),
    room: pasted('room', checkRoom),
    ttl: z.pipe(
      z.union([z.number(), z.string()]),
      z.transform((value, ctx) => {
        const ttl = typeof value === 'number' ? value : parseWholeText(value);
        const problem = value === '' ? ({ code: 'required' } as const) : checkTtl(ttl);
        if (problem) {
          ctx.issues.push({ code: 'custom', message: describe('ttl', problem), input: value });
          return z.NEVER;
        }
        return ttl;
      }),
    ),
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
  ttl: String(DEFAULT_TTL_SECONDS),
};

/** Grants as the token core takes them, from the form's parsed values. */
export function grantOptionsFrom(values: GenerateFormValues): GrantOptions {
  return { video: values.room === '' ? {} : { room: values.room } };
}

/** A number typed as text; anything but plain decimal digits is NaN, never a silent guess. */
function parseWholeText(text: string): number {
  const trimmed = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
