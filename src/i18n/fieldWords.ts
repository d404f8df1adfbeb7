import type { FormField, TokenField } from '../token/fields.ts';
import type { GrantName } from '../token/grants/index.ts';
import type { FieldWords, Messages } from './en.ts';

/**
 * What a form field or a problem's field says about itself, found by its path: the generator's own
 * inputs in `fields`, a grant's switch and options in `grants` (worded once per grant).
 *
 * @example
 * ```ts
 * fieldWords(en, 'grants.voice.pushCredentialSid').label; // 'Push credential SID'
 * fieldWords(en, 'grants.voice.enabled').label; // 'Voice'
 * ```
 */
export function fieldWords(messages: Messages, path: FormField | TokenField): FieldWords {
  const [top, grant, option] = path.split('.');
  if (top !== 'grants' || grant === undefined || option === undefined) {
    return messages.fields[path as keyof Messages['fields']];
  }
  const words = messages.grants[grant as GrantName];
  if (option === 'enabled') return { label: words.name, description: words.description };
  const options: Readonly<Record<string, FieldWords>> = words.options;
  return options[option] ?? { label: path };
}
