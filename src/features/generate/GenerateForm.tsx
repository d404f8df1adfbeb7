import { Stack, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { useLoadedPart } from '../../i18n/laterPart.ts';
import { loadWords } from '../../i18n/lazyWords.ts';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';
import { InvalidTokenInputError } from '../../token/errors.ts';
import { TOKEN_FIELDS } from '../../token/fields.ts';
import { problemMessage } from '../../token/validation/problemMessage.ts';
import { useShownLater } from '../../lib/afterPaint.ts';
import { setupControls } from '../setup/loadSetupControls.ts';
import { ActionBar } from './ActionBar.tsx';
import { Field } from './fields/Field.tsx';
import { FieldFindings, FieldFindingsContext } from './fields/fieldFindings.ts';
import { FieldFindingsWatcher } from './fields/FieldFindingsWatcher.tsx';
import classes from './GenerateForm.module.css';
import { useGeneratorForm } from './useGeneratorForm.ts';
import { GrantsSection } from './GrantsSection.tsx';
import { secondStage } from './loadSecondStage.ts';
import { OptionsSection } from './OptionsSection.tsx';
import type { GeneratorState } from './useTokenGenerator.ts';

export interface GenerateFormProps {
  generate: (request: AccessTokenRequest) => Promise<GeneratorState>;
  /** Called when the form is submitted with errors, so no stale token stays on screen. */
  clear: () => void;
}

/**
 * The generator's form. A valid submit reads the values and signs without touching the form's
 * state, so nothing in the form renders on the way to the token; an invalid one goes through
 * react-hook-form, which shows every problem and focuses the first.
 */
export const GenerateForm = memo(function GenerateForm({ generate, clear }: GenerateFormProps) {
  const { generate: t, locale } = useMessages();
  const form = useGeneratorForm();
  const [unexpected, setUnexpected] = useState<string>();
  const [findings] = useState(() => new FieldFindings());
  const setup = useLoadedPart(setupControls);
  // Below the fold on every screen: drawn a section at a time after the first screen, so that
  // comes quickly and the page never blocks for long while the rest follows.
  const showGrants = useShownLater();
  const showOptions = useShownLater(showGrants);

  const submit = async () => {
    setUnexpected(undefined);
    const { requestFromForm } = secondStage.value ?? (await secondStage.load());
    const request = requestFromForm(form.getValues());
    if (!request) {
      clear();
      await form.handleSubmit(() => undefined)();
      return;
    }
    // Reading each field's state this way subscribes to nothing; clearing broadcasts to every
    // field, so it happens only when an error is on screen.
    if (TOKEN_FIELDS.some((field) => form.getFieldState(field).error)) form.clearErrors();
    const outcome = await generate(request);
    if (outcome.status !== 'failed') return;
    const { error } = outcome;
    if (error instanceof InvalidTokenInputError) {
      // A problem is shown only with its words, which are normally long loaded.
      await loadWords('problems', locale);
      form.setError(
        error.field,
        { type: 'custom', message: problemMessage(error.problem) },
        { shouldFocus: true },
      );
    } else {
      setUnexpected(t.unexpectedFailure(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      // Ctrl+Enter (Cmd+Enter on a Mac) generates from any field, the text areas included.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
      noValidate
    >
      <FieldFindingsWatcher findings={findings} />
      <FieldFindingsContext value={findings}>
        <Stack gap="md">
          <FormSection legend={t.credentials}>
            <Stack gap="sm">
              <Field name="accountSid" />
              <Field name="apiKeySid" />
              <Field name="apiKeySecret" />
            </Stack>
          </FormSection>
          <FormSection legend={t.token}>
            <Stack gap="sm">
              <Field name="identity" />
              <Field name="ttl" />
            </Stack>
          </FormSection>
          {showGrants && <GrantsSection />}
          {showOptions && <OptionsSection />}
          {unexpected && (
            <Text role="alert" size="sm" className={classes.failure}>
              {unexpected}
            </Text>
          )}
          {/* Drawn with the first screen, and kept in sight while the sections below come. */}
          <ActionBar onGenerate={submit} />
          {showOptions && setup && <setup.SetupControls />}
        </Stack>
      </FieldFindingsContext>
    </form>
  );
});
