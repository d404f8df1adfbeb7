import { DEFAULT_ALGORITHM } from '../../token/claims.ts';
import {
  isTokenField,
  REQUEST_FIELDS,
  type FormField,
  type TokenField,
} from '../../token/fields.ts';
import {
  GRANT_BY_NAME,
  GRANTS,
  libraryNames,
  optionsOf,
  type GrantName,
} from '../../token/grants/index.ts';
import {
  GENERATE_FORM_DEFAULTS,
  generateFormSchema,
  type GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import type { SnippetInput } from './snippetInput.ts';

// Snippets never contain credentials, so the form's own credentials must not decide whether code
// can be shown: these well-formed stand-ins let the rest of the form be checked on its own.
const STAND_IN_CREDENTIALS = {
  accountSid: `AC${'0'.repeat(32)}`,
  apiKeySid: `SK${'0'.repeat(32)}`,
  apiKeySecret: 'stand-in',
};

/** What the program says where the Identity is empty or has a problem. */
export const IDENTITY_PLACEHOLDER = 'YOUR_IDENTITY';

/**
 * What the program says where a grant's text option has a problem: its name in capitals, as the
 * programs' own environment variables are written (`YOUR_OUTGOING_APPLICATION_SID`).
 */
export function optionPlaceholder(option: string): string {
  return `YOUR_${libraryNames(option).python.toUpperCase()}`;
}

/**
 * The code to show for the form as it is, and the fields it had to stand in for. `fields` is
 * empty when the code is exactly the form's; otherwise each path (`identity`,
 * `grants.voice.outgoingApplicationSid`, `grants` for "no grant"…) names a field that is empty
 * or has a problem, and the input holds a placeholder there.
 */
export interface SnippetFormReading {
  readonly input: SnippetInput;
  readonly fields: readonly SnippetFormField[];
}

export interface SnippetFormField {
  /** The field named, e.g. `identity`, `grants` (no grant on), `grants.voice.enabled`. */
  readonly path: TokenField | FormField;
  /** The input that takes the focus for it: the first grant's switch for `grants`. */
  readonly focus: FormField;
  /** Empty, or no grant on, rather than a value with a problem. */
  readonly empty: boolean;
}

/** Each stand-in can bring out at most one new problem (parameters without their SID). */
const MAX_ROUNDS = 8;

type FormValues = Readonly<Record<string, unknown>>;

interface StandIns {
  /** Option paths whose value in the code is a placeholder, with that placeholder. */
  readonly placeholders: Map<string, string>;
  /** Whether no grant was on: the program then adds none. */
  noGrant: boolean;
}

/**
 * What the code snippets need, from the generator form's current values, checked by the same
 * schema as the form. A field that is empty or has a problem is replaced by a stand-in the
 * schema accepts, round by round, so there is always a program to show: `YOUR_IDENTITY` for the
 * identity, a named placeholder for a grant's SID or name, the form's default for the TTL and
 * algorithm, and nothing for an optional value (a Not before, a region, parameters, JSON).
 *
 * @example
 * ```ts
 * snippetInputFromForm({ ...GENERATE_FORM_DEFAULTS, identity: '' });
 * // { input: { identity: 'YOUR_IDENTITY', ttl: 14400, …, grants: { video: {} } },
 * //   fields: ['identity'] }
 * ```
 */
export function snippetInputFromForm(
  // Whatever the form holds right now; the schema decides what is usable.
  values: FormValues,
): SnippetFormReading {
  let form: FormValues = { ...values, ...STAND_IN_CREDENTIALS };
  const paths: (TokenField | FormField)[] = [];
  const standIns: StandIns = { placeholders: new Map(), noGrant: false };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const parsed = generateFormSchema.safeParse(form);
    if (parsed.success) {
      const inFormOrder = paths.toSorted((a, b) => FORM_ORDER.indexOf(a) - FORM_ORDER.indexOf(b));
      const fields = inFormOrder.map((path) => ({
        path,
        focus: focusOf(path),
        empty: isEmptyAt(values, path),
      }));
      return { input: inputOf(parsed.data, standIns), fields };
    }
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const field = path.join('.');
      if (isNamed(field) && !paths.includes(field)) paths.push(field);
      form = standIn(form, path, standIns);
    }
  }
  // Not reached for anything the form can hold; a safe program all the same.
  return {
    input: {
      identity: IDENTITY_PLACEHOLDER,
      ttl: Number(GENERATE_FORM_DEFAULTS.ttl),
      algorithm: DEFAULT_ALGORITHM,
      grants: {},
    },
    fields: [{ path: 'identity', focus: 'identity', empty: isEmptyAt(values, 'identity') }],
  };
}

function inputOf(data: GenerateFormValues, standIns: StandIns): SnippetInput {
  const { identity, ttl, nbf, region, algorithm } = data;
  const grants: Record<string, Record<string, unknown>> = {};
  if (!standIns.noGrant) {
    for (const [name, options] of Object.entries(data.grants)) grants[name] = { ...options };
  }
  for (const [path, placeholder] of standIns.placeholders) {
    const [, grant, option] = path.split('.');
    const options = grant === undefined ? undefined : grants[grant];
    if (options && option !== undefined) options[option] = placeholder;
  }
  return { identity, ttl, nbf, region, algorithm, grants };
}

/** The form with a stand-in the schema accepts at `path`. */
function standIn(form: FormValues, path: readonly string[], standIns: StandIns): FormValues {
  const [top, grant, option] = path;
  switch (top) {
    case 'identity':
      return { ...form, identity: IDENTITY_PLACEHOLDER };
    case 'ttl':
    case 'algorithm':
    case 'nbf':
    case 'region':
      return { ...form, [top]: GENERATE_FORM_DEFAULTS[top] };
    case undefined:
      // The values as a whole are not the form's shape.
      return { ...GENERATE_FORM_DEFAULTS, ...STAND_IN_CREDENTIALS };
    case 'grants':
      return standInGrant(form, grant, option, standIns);
    default:
      // A key the form does not have: the schema strips it, so nothing can be wrong there.
      return form;
  }
}

function standInGrant(
  form: FormValues,
  grant: string | undefined,
  option: string | undefined,
  standIns: StandIns,
): FormValues {
  const sections = record(form.grants);
  const descriptor =
    grant !== undefined && Object.hasOwn(GRANT_BY_NAME, grant)
      ? GRANT_BY_NAME[grant as GrantName]
      : undefined;
  if (descriptor === undefined || grant === undefined) {
    // No grant on, or grants that are not the form's shape: the program adds none.
    standIns.noGrant = true;
    return { ...form, grants: GENERATE_FORM_DEFAULTS.grants };
  }
  const defaults: Readonly<Record<string, unknown>> =
    GENERATE_FORM_DEFAULTS.grants[descriptor.name];
  const section = record(sections[grant]);
  const byName: Readonly<Record<string, { readonly kind: string; readonly prefix?: string }>> =
    descriptor.options;
  const kind = option === undefined ? undefined : byName[option];
  let value: unknown;
  if (option === undefined || kind === undefined) {
    // The section itself: switched off, as the form opens it.
    return { ...form, grants: { ...sections, [grant]: { ...defaults, enabled: false } } };
  } else if (kind.kind === 'sid' && kind.prefix !== undefined) {
    value = `${kind.prefix}${'0'.repeat(32)}`;
    standIns.placeholders.set(`grants.${grant}.${option}`, optionPlaceholder(option));
  } else if (kind.kind === 'name') {
    value = 'stand-in';
    standIns.placeholders.set(`grants.${grant}.${option}`, optionPlaceholder(option));
  } else {
    value = defaults[option];
  }
  return { ...form, grants: { ...sections, [grant]: { ...section, [option]: value } } };
}

const SWITCH_FIELDS: readonly string[] = GRANTS.map(({ name }) => `grants.${name}.enabled`);

/** The fields in the order the form shows them: each grant's switch before its options. */
const FORM_ORDER: readonly string[] = [
  ...REQUEST_FIELDS,
  'grants',
  ...GRANTS.flatMap((grant) => [
    `grants.${grant.name}.enabled`,
    ...optionsOf(grant).map(([option]) => `grants.${grant.name}.${option}`),
  ]),
];

/** A path the form can show words for and focus: the schema's own, never a stray key. */
function isNamed(path: string): path is TokenField | FormField {
  return isTokenField(path) || SWITCH_FIELDS.includes(path);
}

function focusOf(path: TokenField | FormField): FormField {
  return path === 'grants' ? (SWITCH_FIELDS[0] as FormField) : path;
}

/** Whether the form holds nothing at `path`: blank text, or (at `grants`) no grant on. */
function isEmptyAt(values: FormValues, path: string): boolean {
  if (path === 'grants') return true;
  let value: unknown = values;
  for (const key of path.split('.')) {
    const parent = record(value);
    value = Object.hasOwn(parent, key) ? parent[key] : undefined;
  }
  return typeof value === 'string' && value.trim() === '';
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
