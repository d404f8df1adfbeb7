import { createContext, use, type ReactNode } from 'react';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/locale.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import { generatorParts, preloadGenerator } from './loadGeneratorParts.ts';

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

/**
 * Validation runs in the second stage, preloaded long before the first blur, and reports a
 * problem only once the words for it are there too. The first screen does not carry zod.
 */
const resolver: Resolver<GenerateFormInput, GeneratorFormContext, GenerateFormValues> = async (
  values,
  context,
  options,
) => {
  await preloadGenerator(context?.locale ?? 'en-US');
  return (await generatorParts.load()).resolveForm(values, context, options);
};

const FormContext = createContext<GeneratorForm | null>(null);

/**
 * Holds the generator's form above the tabs, so the Code tab shows code for what the form holds
 * and switching tabs loses nothing. The context's value is the form object itself, which
 * react-hook-form keeps for the component's life: form-state changes re-render only the fields
 * that subscribe to them, and `children` (made by the parent) do not re-render with this one.
 */
export function GeneratorFormProvider({
  initialValues,
  children,
}: {
  initialValues: GenerateFormInput;
  children: ReactNode;
}) {
  const { locale } = useMessages();
  const form = useForm<GenerateFormInput, GeneratorFormContext, GenerateFormValues>({
    resolver,
    context: { locale },
    mode: 'onTouched',
    defaultValues: initialValues,
  });
  return <FormContext value={form}>{children}</FormContext>;
}

/** The generator's form, for any component inside GeneratorFormProvider. */
export function useGeneratorForm(): GeneratorForm {
  const form = use(FormContext);
  if (!form) throw new Error('useGeneratorForm needs a GeneratorFormProvider above it');
  return form;
}
