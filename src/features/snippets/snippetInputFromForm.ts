import { generateFormSchema } from '../../token/validation/generateFormSchema.ts';
import type { SnippetInput } from './snippetInput.ts';

// Snippets never contain credentials, so the form's own credentials must not decide whether code
// can be shown: these well-formed stand-ins let the rest of the form be checked on its own.
const STAND_IN_CREDENTIALS = {
  accountSid: `AC${'0'.repeat(32)}`,
  apiKeySid: `SK${'0'.repeat(32)}`,
  apiKeySecret: 'stand-in',
};

export type SnippetInputResult =
  | { readonly ok: true; readonly input: SnippetInput }
  /** Paths of the fields that need fixing, e.g. `identity`, `grants.voice.outgoingApplicationSid`. */
  | { readonly ok: false; readonly fields: readonly string[] };

/**
 * What the code snippets need, from the generator form's current values, checked by the same
 * schema as the form.
 */
export function snippetInputFromForm(
  // Whatever the form holds right now; the schema decides whether it is usable.
  values: Readonly<Record<string, unknown>>,
): SnippetInputResult {
  const parsed = generateFormSchema.safeParse({ ...values, ...STAND_IN_CREDENTIALS });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.'));
    return { ok: false, fields: [...new Set(fields)] };
  }
  const { identity, ttl, nbf, region, algorithm, grants } = parsed.data;
  return { ok: true, input: { identity, ttl, nbf, region, algorithm, grants } };
}
