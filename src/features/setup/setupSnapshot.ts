import { isSigningAlgorithm } from '../../token/claims.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { isJsonObject } from '../../token/json/jsonObject.ts';

/**
 * The part of the form worth keeping or sharing: everything but the API Key Secret (a secret)
 * and Not before (a moment that is stale by the next visit).
 */
export type SetupSnapshot = Omit<GenerateFormInput, 'apiKeySecret' | 'nbf'>;

/** Longest text a restored field may hold; a playback grant's JSON is the longest honest one. */
export const MAX_SETUP_TEXT_LENGTH = 16_384;

/** The form's non-secret setup. Built field by field, so nothing unexpected rides along. */
export function takeSnapshot(values: GenerateFormInput): SetupSnapshot {
  const { apiKeySecret: _secret, nbf: _notBefore, ...setup } = values;
  return structuredClone(setup);
}

/**
 * Form values from a snapshot of unknown origin (storage, a link): only the form's own fields,
 * each of its own type, over the defaults. Anything else that is malformed yields `undefined`,
 * so a tampered link can never put something the form does not expect into it.
 *
 * @example
 * ```ts
 * restoreSnapshot(JSON.parse(text)) ?? GENERATE_FORM_DEFAULTS;
 * ```
 */
export function restoreSnapshot(input: unknown): GenerateFormInput | undefined {
  const restored = mergeOver(GENERATE_FORM_DEFAULTS, input) as GenerateFormInput | undefined;
  // The algorithm is a select: a value it cannot show would be signed unseen, so refuse it.
  if (restored === undefined || !isSigningAlgorithm(restored.algorithm)) return undefined;
  return { ...restored, apiKeySecret: '', nbf: '' };
}

/** Only the leaves that differ from the defaults: what a link needs to carry. */
export function compactSnapshot(snapshot: SetupSnapshot): Record<string, unknown> {
  return diff(GENERATE_FORM_DEFAULTS, snapshot) ?? {};
}

function mergeOver(shape: unknown, input: unknown): unknown {
  if (isJsonObject(shape)) {
    if (!isJsonObject(input)) return undefined;
    const merged: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      // Own keys only: "__proto__" or "constructor" in the input are data, never followed.
      if (!Object.hasOwn(input, key)) {
        merged[key] = structuredClone(shape[key]);
        continue;
      }
      const value = mergeOver(shape[key], input[key]);
      if (value === undefined) return undefined;
      merged[key] = value;
    }
    return merged;
  }
  if (typeof shape === 'boolean') return typeof input === 'boolean' ? input : undefined;
  if (typeof shape === 'string') {
    if (typeof input === 'number' && Number.isFinite(input)) return String(input);
    return typeof input === 'string' && input.length <= MAX_SETUP_TEXT_LENGTH ? input : undefined;
  }
  return undefined;
}

function diff(shape: unknown, value: unknown): Record<string, unknown> | undefined {
  if (!isJsonObject(shape) || !isJsonObject(value)) return undefined;
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const inner = value[key];
    if (isJsonObject(inner)) {
      const nested = diff(shape[key], inner);
      if (nested !== undefined && Object.keys(nested).length > 0) changes[key] = nested;
    } else if (inner !== shape[key]) {
      changes[key] = inner;
    }
  }
  return changes;
}
