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
 * The last validation, kept briefly: in `onTouched` mode react-hook-form validates the whole
 * form on every change of a touched field and again when it loses the focus, so the blur that a
 * click on "Generate Access Token" causes would parse values the last keystroke just parsed.
 * Memory only, for a minute: a Not before is read against the clock, so a field's verdict on
 * unchanged values may change with time, and a submit always validates afresh anyway.
 */
let lastValidation:
  | {
      readonly key: string;
      readonly at: number;
      readonly result: ReturnType<Resolver<GenerateFormInput, Context, GenerateFormValues>>;
    }
  | undefined;
const REUSE_FOR_MS = 60_000;

/**
 * Validation runs in the second stage, preloaded long before the first blur, and reports a
 * problem only once the words for it are there too. The first screen does not carry zod.
 */
const resolver: Resolver<GenerateFormInput, Context, GenerateFormValues> = (
  values,
  context,
  options,
) => {
  const locale = context?.locale ?? 'en-US';
  const run = () =>
    loadPart(secondStage, locale).then(({ resolveForm }) => resolveForm(values, context, options));
  // Only a field's own validation (a change or a blur) is shared: it reads the errors it needs,
  // where a whole-form validation (a submit) keeps the result's errors as the form's own.
  if (!options.names?.length) return run();
  const key = `${locale}\u0000${JSON.stringify(values)}`;
  const now = performance.now();
  if (lastValidation && lastValidation.key === key && now - lastValidation.at < REUSE_FOR_MS) {
    return lastValidation.result;
  }
  const result = run();
  lastValidation = { key, at: now, result };
  // A validation that failed to run must not be served again.
  result.catch(() => {
    if (lastValidation?.result === result) lastValidation = undefined;
  });
  return result;
};

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
