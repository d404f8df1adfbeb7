import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormDefaults.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from '../../token/validation/limits.ts';

export const PRESET_NAMES = ['video', 'voice', 'conversations', 'sync', 'taskRouter'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

type Grants = GenerateFormInput['grants'];
const off = GENERATE_FORM_DEFAULTS.grants;

/**
 * The common setups in one click: which grants are on and the options each usually needs.
 * Credentials and identity are left as the user typed them; see PRESET_TTL for the TTL.
 */
/**
 * A TTL a preset sets: Video's docs recommend the longest session, 14,400 s (the default
 * Maximum Participant Duration), so a participant can reconnect after a network change. The
 * other presets leave the TTL as it is.
 */
export const PRESET_TTL: Partial<Record<PresetName, string>> = {
  video: String(VIDEO_RECOMMENDED_MAX_TTL_SECONDS),
};

export const PRESETS: Record<PresetName, Grants> = {
  video: { ...off, video: { enabled: true, room: '' } },
  voice: {
    ...off,
    video: { ...off.video, enabled: false },
    voice: { ...off.voice, enabled: true, incomingAllow: true },
  },
  conversations: {
    ...off,
    video: { ...off.video, enabled: false },
    chat: { ...off.chat, enabled: true },
  },
  sync: { ...off, video: { ...off.video, enabled: false }, sync: { ...off.sync, enabled: true } },
  taskRouter: {
    ...off,
    video: { ...off.video, enabled: false },
    // The role Flex and TaskRouter workers act in; the workspace and worker SIDs are theirs to add.
    taskRouter: { ...off.taskRouter, enabled: true, role: 'worker' },
  },
};
