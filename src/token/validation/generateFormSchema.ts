// zod/mini: the same schemas as classic zod at a fraction of the bundle size.
import { z } from 'zod/mini';
import { DEFAULT_ALGORITHM, isSigningAlgorithm, type SigningAlgorithm } from '../claims.ts';
import { formFieldAt, type TokenField } from '../fields.ts';
import {
  GRANTS,
  optionsOf,
  type GrantDescriptor,
  type GrantFormOf,
  type GrantName,
  type GrantOf,
  type GrantOptions,
  type GrantsForm,
  type SwitchOption,
} from '../grants/index.ts';
import { productFindings } from '../grants/rules/index.ts';
import type { InputProblem } from '../problems.ts';
import { grantProblems, readOptionInput } from './grantRules.ts';
import { problemMessage } from './problemMessage.ts';
import { readDuration } from './duration.ts';
import { readNotBefore } from './notBefore.ts';
import { epochSeconds, systemClock } from '../clock.ts';
import {
  checkIdentity,
  checkNotBefore,
  checkRegion,
  checkSecret,
  checkSid,
  checkTtl,
  VIDEO_RECOMMENDED_MAX_TTL_SECONDS,
} from './rules.ts';

type Rule<T> = (value: T) => InputProblem | undefined;

/** A grant's section of the form: its switch, then a text input or a switch per option. */
type SectionShape<G extends GrantDescriptor> = { enabled: z.ZodMiniBoolean<boolean> } & {
  [K in keyof G['options']]: G['options'][K] extends SwitchOption
    ? z.ZodMiniBoolean<boolean>
    : z.ZodMiniString<string>;
};

const section = <G extends GrantDescriptor>(grant: G) =>
  z.object({
    enabled: z.boolean(),
    ...Object.fromEntries(
      optionsOf(grant).map(([name, option]) => [
        name,
        option.kind === 'switch' ? z.boolean() : z.string(),
      ]),
    ),
  } as SectionShape<G>);

const grantForm = Object.fromEntries(GRANTS.map((grant) => [grant.name, section(grant)])) as {
  [N in GrantName]: ReturnType<typeof section<GrantOf<N>>>;
};

const follows = <T>(rule: Rule<T>) =>
  z.superRefine<T>((value, ctx) => {
    const problem = rule(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problemMessage(problem) });
  });
const pasted = (rule: Rule<string>) => z.string().check(z.trim(), follows(rule));

/**
 * A whole number typed as text, read by `read` (seconds, "4h", a date-time…); empty means
 * `undefined` when the field is optional. What `read` cannot read is NaN, which the rule refuses.
 */
const wholeNumber = <Optional extends boolean>(
  rule: Rule<number>,
  optional: Optional,
  read: (text: string) => number | undefined,
) =>
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((value, ctx): Optional extends true ? number | undefined : number => {
      const text = typeof value === 'string' ? value.trim() : value;
      if (text === '' && optional) return undefined as never;
      const number = typeof text === 'number' ? text : (read(text) ?? Number.NaN);
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
export const generateFormSchema = z
  .object({
    accountSid: pasted((value) => checkSid(value, 'AC')),
    apiKeySid: pasted((value) => checkSid(value, 'SK')),
    apiKeySecret: pasted(checkSecret),
    // Not trimmed: spaces may be part of an identity, and the token must carry it exactly.
    identity: z.string().check(follows(checkIdentity)),
    ttl: wholeNumber(checkTtl, false, (text) => readDuration(text)?.seconds),
    // "+10m" is read against the clock each time the form is checked, so at Generate too.
    nbf: wholeNumber(
      checkNotBefore,
      true,
      (text) => readNotBefore(text, epochSeconds(systemClock))?.seconds,
    ),
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
  })
  .check(
    // What a product would refuse, at the field that makes it: Video, a long identity.
    z.superRefine((values, ctx) => {
      for (const item of productFindings(values.identity, values.grants)) {
        const field = item.at && formFieldAt(item.at);
        if (item.severity !== 'error' || field === undefined) continue;
        ctx.addIssue({
          code: 'custom',
          message: problemMessage({ code: 'productRule', finding: item }),
          path: field.split('.'),
        });
      }
    }),
  );

/**
 * Form sections to core grant options: switched-off grants and empty fields are left out, and
 * each option that cannot be read is reported (and left out too).
 */
export function grantOptionsFromForm(
  form: GrantsForm,
  report: (field: TokenField, problem: InputProblem) => void,
): GrantOptions {
  const grants: Record<string, Record<string, unknown>> = {};
  for (const grant of GRANTS) {
    const inputs: Readonly<Record<string, string | boolean>> = form[grant.name];
    if (!inputs.enabled) continue;
    const options: Record<string, unknown> = {};
    for (const [name, option] of optionsOf(grant)) {
      const input = inputs[name];
      const read = readOptionInput(option, input ?? '');
      if ('problem' in read) report(`grants.${grant.name}.${name}` as TokenField, read.problem);
      else if (read.value !== undefined) options[name] = read.value;
    }
    grants[grant.name] = options;
  }
  return grants;
}

export type GenerateFormSchema = typeof generateFormSchema;
export type GenerateFormInput = z.input<GenerateFormSchema>;
export type GenerateFormValues = z.output<GenerateFormSchema>;

/** A grant's section as the form opens: switched off (Video aside), every input empty. */
function sectionDefaults<G extends GrantDescriptor>(grant: G, enabled: boolean): GrantFormOf<G> {
  const inputs = optionsOf(grant).map(([name, option]) => [
    name,
    option.kind === 'switch' ? false : '',
  ]);
  return { enabled, ...Object.fromEntries(inputs) } as GrantFormOf<G>;
}

/**
 * The generator form as it opens: Video on, HS256. Video stays on by default (the page began as
 * Video's testing tool), with the TTL Twilio's Video docs recommend, so a token made from the
 * defaults draws none of our own warnings.
 */
export const GENERATE_FORM_DEFAULTS: GenerateFormInput = {
  accountSid: '',
  apiKeySid: '',
  apiKeySecret: '',
  identity: '',
  ttl: String(VIDEO_RECOMMENDED_MAX_TTL_SECONDS),
  nbf: '',
  region: '',
  algorithm: DEFAULT_ALGORITHM,
  grants: Object.fromEntries(
    GRANTS.map((grant) => [grant.name, sectionDefaults(grant, grant.name === 'video')]),
  ) as GrantsForm,
};
