import {
  GRANTS,
  isWritten,
  optionsOf,
  type AnyGrant,
  type GrantOptions,
  type Library,
  type OptionDescriptor,
} from '../../token/grants/index.ts';

export type Pairs = readonly (readonly [string, string])[];

/** One option as a program writes it: only options that reach the token, by kind. */
export type SnippetOption = {
  /** The option's descriptor: its kind, and its name in each library. */
  readonly option: OptionDescriptor;
} & (
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'switch'; readonly value: true }
  /** Parameters, present only together with the option they are sent with. */
  | { readonly kind: 'params'; readonly value: Pairs; readonly with: OptionDescriptor }
  | { readonly kind: 'json'; readonly value: Readonly<Record<string, unknown>> }
);

/**
 * One grant as a program writes it: its descriptor (for the class name) and the options that
 * reach the token, in the descriptor's order, so every language prints the same thing.
 */
export interface SnippetGrant {
  readonly grant: AnyGrant;
  readonly options: readonly SnippetOption[];
}

/**
 * The grants to add, in the descriptors' order, with options dropped just as the token's payload
 * drops them. Content copied in whole (the Playback grant) is always passed, `{}` when empty:
 * some libraries would write `null` for a grant made without it, where the page writes `{}`.
 *
 * @example
 * ```ts
 * snippetGrants({ video: { room: '' }, sync: { serviceSid: 'IS…' } });
 * // [{ grant: videoGrant, options: [] },
 * //  { grant: syncGrant, options: [{ kind: 'text', option: syncGrant.options.serviceSid, value: 'IS…' }] }]
 * ```
 */
export function snippetGrants(grants: GrantOptions): SnippetGrant[] {
  const result: SnippetGrant[] = [];
  for (const grant of GRANTS) {
    const values: Readonly<Record<string, unknown>> | undefined = grants[grant.name];
    if (values === undefined) continue;
    const options = optionsOf(grant).flatMap(([name, option]): SnippetOption[] => {
      const value = values[name];
      if (option.kind === 'json') {
        return [
          { kind: 'json', option, value: isWritten(option, value, values) ? record(value) : {} },
        ];
      }
      if (!isWritten(option, value, values)) return [];
      switch (option.kind) {
        case 'switch':
          return [{ kind: 'switch', option, value: true }];
        case 'params': {
          const pairs = Object.entries(record(value)).map(
            ([key, param]) => [key, String(param)] as const,
          );
          // An empty set of parameters says nothing to Twilio.
          const byName: Readonly<Record<string, OptionDescriptor>> = grant.options;
          const sentWith = byName[option.requires];
          return pairs.length > 0 && sentWith
            ? [{ kind: 'params', option, value: pairs, with: sentWith }]
            : [];
        }
        default:
          return [{ kind: 'text', option, value: String(value) }];
      }
    });
    result.push({ grant, options });
  }
  return result;
}

/** What `library` calls the option. */
export function nameIn(library: Library, { option }: Pick<SnippetOption, 'option'>): string {
  return option.library[library];
}

/** The parameters option sent with `option`, if the grant has one to write. */
export function paramsWith(
  grant: SnippetGrant,
  option: OptionDescriptor,
): Extract<SnippetOption, { kind: 'params' }> | undefined {
  return grant.options.find(
    (item): item is Extract<SnippetOption, { kind: 'params' }> =>
      item.kind === 'params' && item.with === option,
  );
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
