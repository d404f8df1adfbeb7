import { GRANTS, type OptionDescriptor } from '../grants/index.ts';
import { SID_KINDS, type SidPlace, type SidPrefix } from '../sidKinds.ts';

export interface SidPlacement {
  readonly place: SidPlace;
  /** The grant options that take this kind, as `grants.voice.outgoing.application_sid`. */
  readonly options: readonly string[];
}

/**
 * Where a SID of this kind goes in an Access Token: the claim from the sidKinds table, and the
 * grant options whose descriptors take it (a SID option of that prefix, or a name that may be
 * one, as Video's room).
 *
 * @example
 * ```ts
 * sidPlacement('CR'); // { place: 'grant', options: ['grants.voice.push_credential_sid', …] }
 * ```
 */
export function sidPlacement(prefix: SidPrefix): SidPlacement {
  const options: string[] = [];
  for (const grant of GRANTS) {
    for (const option of Object.values<OptionDescriptor>(grant.options)) {
      const takes =
        (option.kind === 'sid' && option.prefix === prefix) ||
        (option.kind === 'name' && option.orSid === prefix);
      if (takes) options.push(['grants', grant.key, ...option.payload].join('.'));
    }
  }
  return { place: SID_KINDS[prefix].belongs, options };
}
