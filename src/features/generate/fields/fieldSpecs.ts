import { SIGNING_ALGORITHMS } from '../../../token/claims.ts';
import type { FormField, RequestField } from '../../../token/fields.ts';
import { GRANTS, optionsOf, type OptionDescriptor } from '../../../token/grants/index.ts';

/** How one input of the generator form is drawn; its words come from `fieldWords`. */
export type FieldSpec =
  | {
      readonly kind: 'text';
      /** SIDs and codes read better in a monospace font. */
      readonly mono?: boolean;
      readonly numeric?: boolean;
      /** The id of a `<datalist>` of suggestions drawn beside the field. */
      readonly suggestions?: string;
    }
  | { readonly kind: 'secret' }
  | { readonly kind: 'multiline'; readonly rows: number }
  | { readonly kind: 'select'; readonly options: readonly string[] }
  /** On or off: a grant, or an option of one ("Allow incoming calls"), like every toggle here. */
  | { readonly kind: 'switch' };

const sid = { kind: 'text', mono: true } as const;
const toggle = { kind: 'switch' } as const;

/** The generator's own inputs. */
const REQUEST_SPECS: Readonly<Record<RequestField, FieldSpec>> = {
  accountSid: sid,
  apiKeySid: sid,
  apiKeySecret: { kind: 'secret' },
  identity: { kind: 'text' },
  // Text, not numeric: "4h", "2026-12-02T17:10:00Z" and "+10m" need letters and signs.
  ttl: { kind: 'text' },
  nbf: { kind: 'text' },
  region: { kind: 'text', mono: true, suggestions: 'region-suggestions' },
  algorithm: { kind: 'select', options: SIGNING_ALGORITHMS },
};

/** The inputs a token cannot be made without; the grants' group (at least one on) aside. */
export const REQUIRED_FIELDS = [
  'accountSid',
  'apiKeySid',
  'apiKeySecret',
  'identity',
  'ttl',
] as const satisfies readonly RequestField[];

/** How each kind of grant option is typed in. */
const OPTION_SPECS: Readonly<Record<OptionDescriptor['kind'], FieldSpec>> = {
  sid,
  name: { kind: 'text' },
  switch: toggle,
  params: { kind: 'multiline', rows: 2 },
  json: { kind: 'multiline', rows: 4 },
};

/**
 * Every input of the generator form, by its path in the form's values: the generator's own, then
 * each grant's switch and options as its descriptor lists them. The path is also how the field
 * finds its words, its problems and its warnings.
 */
export const FIELD_SPECS = Object.fromEntries([
  ...Object.entries(REQUEST_SPECS),
  ...GRANTS.flatMap((grant) => [
    [`grants.${grant.name}.enabled`, toggle],
    ...optionsOf(grant).map(([name, option]) => [
      `grants.${grant.name}.${name}`,
      OPTION_SPECS[option.kind],
    ]),
  ]),
]) as Readonly<Record<FormField, FieldSpec>>;
