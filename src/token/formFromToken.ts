import { isSigningAlgorithm } from './claims.ts';
import {
  GRANTS,
  grantByKey,
  isLegacyGrantKey,
  LEGACY_GRANTS,
  optionsOf,
  type GrantDescriptor,
  type GrantsForm,
  type OptionDescriptor,
} from './grants/index.ts';
import { HEADER_FIELDS, PAYLOAD_CLAIMS } from './place.ts';
import { numericDate } from './timeRules.ts';
import { formatOutgoingParams, parseOutgoingParams } from './validation/outgoingParams.ts';
import { GENERATE_FORM_DEFAULTS, type GenerateFormInput } from './validation/generateFormSchema.ts';
import { isJsonObject } from './json/jsonObject.ts';

/**
 * What the form cannot hold of a token, each named by its path so the user reads it before the
 * switch: nothing is dropped in silence.
 */
export type LeftBehind =
  /** A header field or claim the form does not write (`kid`, a custom claim). */
  | { readonly kind: 'field'; readonly part: 'header' | 'payload'; readonly path: string }
  /** A grant the form has no section for, or an old key of one it has. */
  | { readonly kind: 'grant'; readonly key: string; readonly replacedBy?: string }
  /** A member of a known grant that is no option of it. */
  | { readonly kind: 'option'; readonly path: string }
  /** A field the form writes its own way: `typ`, `cty`, `alg` outside what it signs. */
  | { readonly kind: 'rewritten'; readonly path: string }
  /** Neither `iat` nor `nbf` to measure the lifetime from: the form keeps its TTL. */
  | { readonly kind: 'lifetime' };

export interface FormFromToken {
  /** The form's values; the API Key Secret is always empty: a token never carries it. */
  readonly values: GenerateFormInput;
  readonly leftBehind: readonly LeftBehind[];
}

/**
 * The generator form filled from a decoded token, so a fix is one edit and one click away:
 * Account SID from `sub`, API Key SID from `iss`, the identity, every grant and option the
 * descriptors place, the TTL (`exp − iat`, or `exp − nbf` without `iat`), Not before, the region
 * (`twr`) and the algorithm. Signing the form then makes the same token but for `iat`, `exp` and
 * `jti`. Reads untrusted JSON by type checks only; never throws.
 *
 * @example
 * ```ts
 * const { values, leftBehind } = formFromToken(decoded.header, decoded.payload);
 * leftBehind; // [{ kind: 'field', part: 'payload', path: 'aud' }]
 * ```
 */
export function formFromToken(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
): FormFromToken {
  const leftBehind: LeftBehind[] = [];
  const text = (value: unknown) => (typeof value === 'string' ? value : '');

  for (const key of Object.keys(header)) {
    if (!isOneOf(HEADER_FIELDS, key) || key === 'kid' || key === 'crit') {
      leftBehind.push({ kind: 'field', part: 'header', path: key });
    }
  }
  if (header.typ !== undefined && header.typ !== 'JWT') {
    leftBehind.push({ kind: 'rewritten', path: 'typ' });
  }
  if (header.cty !== 'twilio-fpa;v=1') leftBehind.push({ kind: 'rewritten', path: 'cty' });
  // The form trims what is pasted into Region, and leaves an empty one out.
  const region = text(header.twr);
  if (header.twr !== undefined && (region === '' || region.trim() !== region)) {
    leftBehind.push({ kind: 'rewritten', path: 'twr' });
  }
  const algorithm = isSigningAlgorithm(header.alg) ? header.alg : GENERATE_FORM_DEFAULTS.algorithm;
  if (!isSigningAlgorithm(header.alg)) leftBehind.push({ kind: 'rewritten', path: 'alg' });

  for (const key of Object.keys(payload)) {
    if (!isOneOf(PAYLOAD_CLAIMS, key))
      leftBehind.push({ kind: 'field', part: 'payload', path: key });
  }
  const [iat, nbf, exp] = [payload.iat, payload.nbf, payload.exp].map(numericDate);
  const from = iat ?? nbf;
  const ttl = exp !== undefined && from !== undefined ? exp - from : undefined;
  if (ttl === undefined) leftBehind.push({ kind: 'lifetime' });

  const grants = isJsonObject(payload.grants) ? payload.grants : {};
  const identity = grants.identity;
  return {
    values: {
      ...GENERATE_FORM_DEFAULTS,
      accountSid: text(payload.sub),
      apiKeySid: text(payload.iss),
      apiKeySecret: '',
      // twilio-node writes an integer identity as text; anything else stays for the user to type.
      identity:
        typeof identity === 'number' && Number.isInteger(identity)
          ? String(identity)
          : text(identity),
      ttl: ttl === undefined ? GENERATE_FORM_DEFAULTS.ttl : String(ttl),
      nbf: nbf === undefined ? '' : String(nbf),
      region: region.trim(),
      algorithm,
      grants: grantsForm(grants, leftBehind),
    },
    leftBehind,
  };
}

/** Each grant's section, switched on when the token has it, its options read back. */
function grantsForm(
  grants: Readonly<Record<string, unknown>>,
  leftBehind: LeftBehind[],
): GrantsForm {
  const sections: Record<string, Record<string, string | boolean>> = {};
  for (const grant of GRANTS) {
    sections[grant.name] = { ...GENERATE_FORM_DEFAULTS.grants[grant.name], enabled: false };
  }
  for (const [key, value] of Object.entries(grants)) {
    if (key === 'identity') continue;
    const grant = grantByKey(key);
    if (!grant) {
      const replacedBy = isLegacyGrantKey(key) ? LEGACY_GRANTS[key].replacedBy.key : undefined;
      leftBehind.push({ kind: 'grant', key, ...(replacedBy ? { replacedBy } : {}) });
      continue;
    }
    sections[grant.name] = {
      ...sections[grant.name],
      enabled: true,
      ...optionInputs(grant, key, value, leftBehind),
    };
  }
  return sections as GrantsForm;
}

/** A grant's options as the form types them, and what of the grant no option holds. */
function optionInputs(
  grant: GrantDescriptor,
  key: string,
  value: unknown,
  leftBehind: LeftBehind[],
): Record<string, string | boolean> {
  const inputs: Record<string, string | boolean> = {};
  if (!isJsonObject(value)) {
    leftBehind.push({ kind: 'option', path: `grants.${key}` });
    return inputs;
  }
  const held = new Set<string>();
  for (const [name, option] of optionsOf(grant)) {
    const found = at(value, option.payload);
    if (found === undefined) continue;
    const input = inputOf(option, found);
    if (input === undefined) continue;
    inputs[name] = input;
    held.add(option.payload.join('.'));
  }
  // Content copied in whole holds every member; otherwise each member must be an option's.
  if (optionsOf(grant).some(([, option]) => option.payload.length === 0)) return inputs;
  for (const path of leafPaths(value)) {
    if (![...held].some((option) => path === option || path.startsWith(`${option}.`))) {
      leftBehind.push({ kind: 'option', path: `grants.${key}.${path}` });
    }
  }
  return inputs;
}

/** An option's value as the form's text or switch, or undefined when it cannot hold it. */
function inputOf(option: OptionDescriptor, value: unknown): string | boolean | undefined {
  switch (option.kind) {
    case 'switch':
      return value === true ? true : undefined;
    case 'params': {
      // No parameters at all is something the form cannot tell from none: left behind.
      if (!isJsonObject(value) || Object.keys(value).length === 0) return undefined;
      if (!Object.values(value).every((item) => typeof item === 'string')) return undefined;
      // Lines the form reads back as the same parameters, or none: a name with “=” or a line
      // break, or spaces the form would trim, cannot be typed.
      const lines = formatOutgoingParams(value as Record<string, string>);
      const read = parseOutgoingParams(lines);
      return 'params' in read && sameEntries(read.params ?? {}, value) ? lines : undefined;
    }
    case 'json':
      return isJsonObject(value) ? JSON.stringify(value, null, 2) : undefined;
    default: {
      // The form leaves out an empty option and trims a pasted SID or name: neither comes back.
      if (typeof value !== 'string' || value === '') return undefined;
      const trimmed = option.kind === 'sid' || option.trim;
      return trimmed && value.trim() !== value ? undefined : value;
    }
  }
}

function sameEntries(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) {
  const [left, right] = [Object.entries(a), Object.entries(b)];
  return (
    left.length === right.length &&
    left.every(([key, value], index) => right[index]?.[0] === key && right[index][1] === value)
  );
}

/** The value at `path` inside an object; the object itself for an empty path. */
function at(value: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let found: unknown = value;
  for (const key of path) {
    if (!isJsonObject(found) || !Object.hasOwn(found, key)) return undefined;
    found = found[key];
  }
  return found;
}

/** Dotted paths to every member that is not itself an object with members, two levels deep. */
function leafPaths(value: Readonly<Record<string, unknown>>, prefix = '', depth = 0): string[] {
  return Object.entries(value).flatMap(([key, member]) =>
    isJsonObject(member) && Object.keys(member).length > 0 && depth < 1
      ? leafPaths(member, `${prefix}${key}.`, depth + 1)
      : [`${prefix}${key}`],
  );
}

function isOneOf<T extends string>(list: readonly T[], key: string): key is T {
  return (list as readonly string[]).includes(key);
}
