import { GRANTS, optionsOf, type GrantName, type OptionName } from './grants/index.ts';
import { placeOf } from './place.ts';

/**
 * The inputs of an access token, by the paths the form and the typed errors share, so an error
 * from the core lands on the form field that caused it. Grant options are named from the grant
 * descriptors: `grants.<grant>.<option>`.
 */
export const REQUEST_FIELDS = [
  'accountSid',
  'apiKeySid',
  'apiKeySecret',
  'identity',
  'ttl',
  'nbf',
  'region',
  'algorithm',
] as const;

export type RequestField = (typeof REQUEST_FIELDS)[number];

/** An option's path, e.g. `grants.voice.outgoingApplicationSid`. */
export type OptionField = { [N in GrantName]: `grants.${N}.${OptionName<N>}` }[GrantName];

/** Any input a problem can belong to; `grants` is the group the grant switches form. */
export type TokenField = RequestField | 'grants' | OptionField;

export function optionField<N extends GrantName>(grant: N, option: OptionName<N>): OptionField {
  return `grants.${grant}.${option}` as OptionField;
}

export const TOKEN_FIELDS: readonly TokenField[] = [
  ...REQUEST_FIELDS,
  'grants',
  ...GRANTS.flatMap((grant) =>
    optionsOf(grant).map(([option]) => `grants.${grant.name}.${option}` as OptionField),
  ),
];

export function isTokenField(path: string): path is TokenField {
  return (TOKEN_FIELDS as readonly string[]).includes(path);
}

/** A grant's switch in the form, e.g. `grants.voice.enabled`. */
export type SwitchField = `grants.${GrantName}.enabled`;

/** Every input of the generator form, by its path in the form's values. */
export type FormField = RequestField | SwitchField | OptionField;

/**
 * The form field that makes the value at `at` in a token's payload: `grants.identity` is the
 * Identity, a grant's key its switch, an option's place its field, `exp` the TTL. What a
 * finding's `at` becomes in Generate.
 *
 * @example
 * ```ts
 * formFieldAt(['grants', 'chat', 'service_sid']); // 'grants.chat.serviceSid'
 * ```
 */
export function formFieldAt(at: readonly string[]): FormField | undefined {
  const [top, key, ...inside] = at;
  if (top === 'exp' && key === undefined) return 'ttl';
  if (top === 'nbf' && key === undefined) return 'nbf';
  if (top !== 'grants' || key === undefined) return undefined;
  if (key === 'identity' && inside.length === 0) return 'identity';
  const place = placeOf('payload', at);
  if (place.kind === 'grant') return `grants.${place.grant}.enabled`;
  if (place.kind === 'option' && place.legacy === undefined) {
    return `grants.${place.grant}.${place.option}` as OptionField;
  }
  return undefined;
}
