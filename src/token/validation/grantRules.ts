import type { TokenField } from '../fields.ts';
import {
  GRANTS,
  hasAnyGrant,
  optionsOf,
  type GrantOptions,
  type OptionDescriptor,
} from '../grants/index.ts';
import type { InputProblem } from '../problems.ts';
import { isSid, sidPrefixOf } from '../sid.ts';
import { parseOutgoingParams } from './outgoingParams.ts';
import { checkName, checkOptionalSid } from './rules.ts';
import { isJsonObject } from '../json/jsonObject.ts';

export type FieldProblem = readonly [TokenField, InputProblem];

/**
 * What the core checks in an option's value, by the option's kind: a SID of its kind, a name
 * within its length, a JSON object the token can carry exactly. The form's schema runs the
 * same rules after reading its text ({@link readOptionInput}), so the two cannot disagree.
 *
 * @example
 * ```ts
 * optionProblem(voiceGrant.options.pushCredentialSid, 'AC…');
 * // { code: 'sidWrongKind', found: 'AC', expected: 'CR' }
 * ```
 */
export function optionProblem(option: OptionDescriptor, value: unknown): InputProblem | undefined {
  switch (option.kind) {
    case 'sid':
      return typeof value === 'string' ? checkOptionalSid(value, option.prefix) : invalid;
    case 'name': {
      if (typeof value !== 'string') return invalid;
      if (option.orSid === undefined || value === '' || isSid(value, option.orSid)) {
        return checkName(value, option.maxLength);
      }
      // A name may be anything, but a SID of another kind is surely a paste into the wrong field.
      const found = sidPrefixOf(value);
      return found === undefined
        ? checkName(value, option.maxLength)
        : { code: 'sidWrongKind', found, expected: option.orSid };
    }
    case 'switch':
      return typeof value === 'boolean' ? undefined : invalid;
    case 'params':
      return isStringRecord(value) ? undefined : invalid;
    case 'json':
      return isPortableJsonObject(value) ? undefined : { code: 'notJsonObject' };
  }
}

const invalid: InputProblem = { code: 'invalidValue' };

/**
 * An option's form input read into the core's value: trimmed where the descriptor says so,
 * `undefined` when empty (the token leaves it out), or the problem with the text itself.
 */
export function readOptionInput(
  option: OptionDescriptor,
  input: string | boolean,
): { readonly value: unknown } | { readonly problem: InputProblem } {
  if (typeof input === 'boolean') return { value: input || undefined };
  switch (option.kind) {
    case 'switch':
      return { value: undefined };
    case 'params': {
      const parsed = parseOutgoingParams(input);
      return 'problem' in parsed ? parsed : { value: parsed.params };
    }
    case 'json': {
      const text = input.trim();
      if (text === '') return { value: undefined };
      const value = parseJson(text);
      return isJsonObject(value) ? { value } : { problem: { code: 'notJsonObject' } };
    }
    case 'name':
      return { value: emptyToUndefined(option.trim ? input.trim() : input) };
    case 'sid':
      return { value: emptyToUndefined(input.trim()) };
  }
}

/**
 * Every problem with the grants, each tied to its field: no grant at all, an option that breaks
 * its rule, parameters without the option they are sent with.
 */
export function grantProblems(grants: GrantOptions): FieldProblem[] {
  if (!hasAnyGrant(grants)) return [['grants', { code: 'noGrant' }]];
  const problems: FieldProblem[] = [];
  for (const grant of GRANTS) {
    const options: Readonly<Record<string, unknown>> | undefined = grants[grant.name];
    if (!options) continue;
    for (const [name, option] of optionsOf(grant)) {
      const value = options[name];
      if (value === undefined) continue;
      const field = `grants.${grant.name}.${name}` as TokenField;
      const problem = optionProblem(option, value);
      if (problem) problems.push([field, problem]);
      else if (option.kind === 'params' && !options[option.requires]) {
        problems.push([field, { code: 'paramsWithoutApplication' }]);
      }
    }
  }
  return problems;
}

function isStringRecord(value: unknown): boolean {
  return isJsonObject(value) && Object.values(value).every((item) => typeof item === 'string');
}

function emptyToUndefined(text: string): string | undefined {
  return text === '' ? undefined : text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
