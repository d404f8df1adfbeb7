import { Paper, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { TwoColumns } from '../../components/TwoColumns/TwoColumns.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { loadPart } from '../../i18n/laterPart.ts';
import { GenerateForm, type GenerateFormProps } from './GenerateForm.tsx';
import { secondStage } from './loadSecondStage.ts';
import { ResultPanel } from './ResultPanel.tsx';
import { useTokenGenerator } from './useTokenGenerator.ts';

/**
 * The generator: the form on the left, the token and its explanation on the right. The token's
 * state lives here, so a new token re-renders this and the result column, never the form column.
 */
export const GenerateView = memo(function GenerateView() {
  const { state, recent, generate, clear } = useTokenGenerator();
  return (
    <TwoColumns>
      <FormColumn generate={generate} clear={clear} />
      <ResultPanel state={state} recent={recent} />
    </TwoColumns>
  );
});

/** The form and its introduction; `generate` and `clear` never change, so neither does this. */
const FormColumn = memo(function FormColumn({ generate, clear }: GenerateFormProps) {
  const t = useMessages();
  // The workbench preloads the second stage when idle; a quick first touch starts it sooner.
  const preload = () => {
    loadPart(secondStage, t.locale).catch(() => undefined);
  };
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="generate-title"
      onFocusCapture={preload}
      onPointerEnter={preload}
    >
      <Stack gap="xs" mb="md">
        <Title order={2} size="h3" id="generate-title">
          {t.generate.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t.generate.intro}
        </Text>
        <Text size="sm">{t.app.privacy}</Text>
      </Stack>
      <GenerateForm generate={generate} clear={clear} />
    </Paper>
  );
});
