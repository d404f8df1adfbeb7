import type { GrantName, GrantsForm } from './grants/index.ts';
import { GENERATE_FORM_DEFAULTS } from './validation/generateFormSchema.ts';
import { VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from './validation/rules.ts';

export const PRESET_NAMES = ['video', 'voice', 'conversations', 'sync', 'taskRouter'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * The common setups in one click: the grants a use case needs switched on, with the options it
 * usually wants, and the TTL where the product advises one. Credentials and identity are left as
 * the user typed them.
 */
export interface Preset {
  readonly grants: GrantsForm;
  /** Video's docs recommend the longest session, 14,400 s (the default Maximum Participant
   * Duration), so a participant can reconnect after a network change. */
  readonly ttl?: string;
}

const off = GENERATE_FORM_DEFAULTS.grants;

/** The form's grants with only `grant` on, its options over the defaults. */
function only<N extends GrantName>(grant: N, options: Partial<GrantsForm[N]> = {}): GrantsForm {
  const grants = Object.fromEntries(
    Object.entries(off).map(([name, section]) => [name, { ...section, enabled: false }]),
  ) as GrantsForm;
  return { ...grants, [grant]: { ...off[grant], ...options, enabled: true } };
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  video: { grants: only('video'), ttl: String(VIDEO_RECOMMENDED_MAX_TTL_SECONDS) },
  voice: { grants: only('voice', { incomingAllow: true }) },
  conversations: { grants: only('chat') },
  sync: { grants: only('sync') },
  // The role Flex and TaskRouter workers act in; the workspace and worker SIDs are theirs to add.
  taskRouter: { grants: only('taskRouter', { role: 'worker' }) },
};
