import { useEffect, useMemo, useRef } from 'react';
import { useForm, useFormContext, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useLocale } from '../../i18n/I18nProvider.tsx';
import { loadDescribeProblem } from '../../i18n/loadDescribeProblem.ts';
import type { Locale } from '../../i18n/locale.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import { TOKEN_FIELDS } from '../../token/fields.ts';
import { loadFormValidation } from './lazyParts.ts';

export type GenerateFormApi = UseFormReturn<GenerateFormInput, unknown, GenerateFormValues>;
type FormResolver = Resolver<GenerateFormInput, unknown, GenerateFormValues>;

/**
 * The zod resolver, built on first use: validation only runs once the user blurs a field or
 * submits, so zod and the problems' sentences stay out of the first page load.
 */
function lazyZodResolver(locale: Locale): FormResolver {
  let resolver: Promise<FormResolver> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([loadFormValidation(), loadDescribeProblem(locale)]).then(
      ([{ zodResolver, generateFormSchema }, describe]) =>
        zodResolver(generateFormSchema(describe)),
    );
    return (await resolver)(values, context, options);
  };
}

/**
 * The generator's form state. It lives above the tabs (in a FormProvider), so the Code tab
 * can show code for exactly what the form describes, and switching tabs loses nothing.
 */
export function useGenerateForm(initialValues: GenerateFormInput): GenerateFormApi {
  const { locale } = useLocale();
  const resolver = useMemo(() => lazyZodResolver(locale), [locale]);
  const form = useForm<GenerateFormInput, unknown, GenerateFormValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: initialValues,
  });
  // When the language changes, the messages already on screen are validated again, in it.
  const wordedIn = useRef(locale);
  useEffect(() => {
    if (wordedIn.current === locale) return;
    wordedIn.current = locale;
    // getFieldState reads without subscribing the whole form to error changes.
    const shown = TOKEN_FIELDS.filter((field) => form.getFieldState(field).error !== undefined);
    if (shown.length > 0) void form.trigger(shown);
  }, [locale, form]);
  return form;
}

/** The shared generator form, for components below the FormProvider. */
export function useGenerateFormContext(): GenerateFormApi {
  return useFormContext<GenerateFormInput, unknown, GenerateFormValues>();
}
