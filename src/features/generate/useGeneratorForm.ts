import { createContext, use } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Locale } from '../../i18n/locale.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';

/** What validation is told besides the values: the language problems will be worded in. */
export interface GeneratorFormContext {
  readonly locale: Locale;
}

/** The generator's form: what is typed (input) and what the schema makes of it (values). */
export type GeneratorForm = UseFormReturn<
  GenerateFormInput,
  GeneratorFormContext,
  GenerateFormValues
>;

/** Where GeneratorFormProvider puts the form. */
export const GeneratorFormContext = createContext<GeneratorForm | null>(null);

/** The generator's form, for any component inside GeneratorFormProvider. */
export function useGeneratorForm(): GeneratorForm {
  const form = use(GeneratorFormContext);
  if (!form) throw new Error('useGeneratorForm needs a GeneratorFormProvider above it');
  return form;
}
