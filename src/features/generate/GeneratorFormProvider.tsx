import { useState, type ReactNode } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { loadPart } from '../../i18n/laterPart.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import { secondStage } from './loadSecondStage.ts';
import { createSignedRequestStore, SignedRequestContext } from './signedRequest.ts';
import { GeneratorFormContext, type GeneratorFormContext as Context } from './useGeneratorForm.ts';

/**
 * Validation runs in the second stage, preloaded long before the first blur, and reports a
 * problem only once the words for it are there too. The first screen does not carry zod.
 */
const resolver: Resolver<GenerateFormInput, Context, GenerateFormValues> = async (
  values,
  context,
  options,
) =>
  (await loadPart(secondStage, context?.locale ?? 'en-US')).resolveForm(values, context, options);

/**
 * Holds the generator's form above the tabs, so the Code tab shows code for what the form holds
 * and switching tabs loses nothing. The context's value is the form object itself, which
 * react-hook-form keeps for the component's life: form-state changes re-render only the fields
 * that subscribe to them, and `children` (made by the parent) do not re-render with this one.
 * Beside it, the request of the token on screen (signedRequest.ts), which the Code tab compares
 * with the form.
 */
export function GeneratorFormProvider({
  initialValues,
  children,
}: {
  initialValues: GenerateFormInput;
  children: ReactNode;
}) {
  const { locale } = useMessages();
  const form = useForm<GenerateFormInput, Context, GenerateFormValues>({
    resolver,
    context: { locale },
    mode: 'onTouched',
    defaultValues: initialValues,
  });
  const [signed] = useState(createSignedRequestStore);
  return (
    <GeneratorFormContext value={form}>
      <SignedRequestContext value={signed}>{children}</SignedRequestContext>
    </GeneratorFormContext>
  );
}
