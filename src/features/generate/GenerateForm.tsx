import { Button, Stack, Text } from '@mantine/core';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { FormPasswordInput } from '../../components/FormFields/FormPasswordInput.tsx';
import { FormTextInput } from '../../components/FormFields/FormTextInput.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { loadDescribeProblem } from '../../i18n/loadDescribeProblem.ts';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';
import { InvalidTokenInputError } from '../../token/errors.ts';
import {
  exceedsVideoRecommendation,
  hasUnusualSecretLength,
} from '../../token/validation/rules.ts';
import classes from './GenerateForm.module.css';
import { OptionsSection } from './OptionsSection.tsx';
import { SetupControls } from '../setup/SetupControls.tsx';
import type { SetupNotice } from '../setup/startingSetup.ts';
import { GrantsSection } from './GrantsSection.tsx';
import { useGenerateFormContext, type GenerateFormApi } from './useGenerateForm.ts';
import type { GeneratorState } from './useTokenGenerator.ts';

export interface GenerateFormProps {
  onGenerate: (request: AccessTokenRequest) => Promise<GeneratorState>;
  /** Called when the form is submitted with errors, so no stale token stays on screen. */
  onInvalid: () => void;
  setupNotice: SetupNotice | undefined;
  onSetupNotice: (notice: SetupNotice | undefined) => void;
}

export function GenerateForm({
  onGenerate,
  onInvalid,
  setupNotice,
  onSetupNotice,
}: GenerateFormProps) {
  const messages = useMessages();
  const t = messages.generate;
  const form = useGenerateFormContext();
  const { control } = form;
  const [unexpected, setUnexpected] = useState<string>();
  const secret = useWatch({ control, name: 'apiKeySecret' });
  const ttl = useWatch({ control, name: 'ttl' });

  const submit = form.handleSubmit(
    async (values) => {
      setUnexpected(undefined);
      const outcome = await onGenerate({
        accountSid: values.accountSid,
        apiKeySid: values.apiKeySid,
        apiKeySecret: values.apiKeySecret,
        identity: values.identity,
        ttl: values.ttl,
        nbf: values.nbf,
        region: values.region,
        algorithm: values.algorithm,
        grants: values.grants,
      });
      if (outcome.status !== 'failed') return;
      const { error } = outcome;
      if (error instanceof InvalidTokenInputError) {
        const describe = await loadDescribeProblem(messages.locale);
        form.setError(
          error.field,
          { message: describe(error.field, error.problem) },
          { shouldFocus: true },
        );
      } else {
        setUnexpected(t.unexpectedFailure(error instanceof Error ? error.message : String(error)));
      }
    },
    () => {
      setUnexpected(undefined);
      onInvalid();
    },
  );

  const secretTrimmed = secret.trim();
  const ttlNumber = typeof ttl === 'number' ? ttl : Number(ttl.trim());

  return (
    <form
      onSubmit={(event) => void submit(event)}
      // Ctrl+Enter (Cmd+Enter on a Mac) generates from any field, the text areas included.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
      noValidate
    >
      <Stack gap="md">
        <FormSection legend={t.credentials}>
          <Stack gap="sm">
            <FormTextInput
              control={control}
              name="accountSid"
              label={t.labels.accountSid}
              description={t.descriptions.accountSid}
              placeholder={t.placeholders.accountSid}
              required
              withAsterisk={false}
              classNames={{ input: classes.mono }}
            />
            <FormTextInput
              control={control}
              name="apiKeySid"
              label={t.labels.apiKeySid}
              description={t.descriptions.apiKeySid}
              placeholder={t.placeholders.apiKeySid}
              required
              withAsterisk={false}
              classNames={{ input: classes.mono }}
            />
            <FormPasswordInput
              control={control}
              name="apiKeySecret"
              label={t.labels.apiKeySecret}
              description={
                hasUnusualSecretLength(secretTrimmed) ? (
                  <span className={classes.warning} data-warning="secret-length">
                    {t.secretLengthWarning(secretTrimmed.length)}
                  </span>
                ) : (
                  t.descriptions.apiKeySecret
                )
              }
              placeholder={t.placeholders.apiKeySecret}
              revealLabel={t.revealSecret}
              required
              withAsterisk={false}
              classNames={{ innerInput: classes.mono }}
            />
          </Stack>
        </FormSection>
        <FormSection legend={t.token}>
          <Stack gap="sm">
            <FormTextInput
              control={control}
              name="identity"
              label={t.labels.identity}
              description={t.descriptions.identity}
              placeholder={t.placeholders.identity}
              required
              withAsterisk={false}
            />
            <FormTextInput
              control={control}
              name="ttl"
              inputMode="numeric"
              label={t.labels.ttl}
              description={
                Number.isFinite(ttlNumber) && exceedsVideoRecommendation(ttlNumber) ? (
                  <span className={classes.warning} data-warning="ttl-video">
                    {t.ttlVideoHint}
                  </span>
                ) : (
                  t.descriptions.ttl
                )
              }
              placeholder={t.placeholders.ttl}
              required
              withAsterisk={false}
            />
          </Stack>
        </FormSection>
        <GrantsSection form={form} />
        <OptionsSection form={form} />
        {unexpected && (
          <Text role="alert" size="sm" className={classes.failure}>
            {unexpected}
          </Text>
        )}
        <SubmitButton control={control} label={t.submit} />
        <Text size="xs" c="dimmed" ta="center">
          {t.shortcut}
        </Text>
        <SetupControls notice={setupNotice} onNotice={onSetupNotice} />
      </Stack>
    </form>
  );
}

/**
 * The submit button with its own form-state subscription: read through the shared form object,
 * `isSubmitting` would re-render the whole app twice per click.
 */
function SubmitButton({ control, label }: { control: GenerateFormApi['control']; label: string }) {
  const { isSubmitting } = useFormState({ control });
  return (
    <Button type="submit" size="md" loading={isSubmitting}>
      {label}
    </Button>
  );
}
