import { Paper, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { TwoColumns } from '../../components/TwoColumns/TwoColumns.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { loadPart } from '../../i18n/laterPart.ts';
import { GenerateForm } from './GenerateForm.tsx';
import { secondStage } from './loadSecondStage.ts';
import { ResultPanel } from './ResultPanel.tsx';
import { useTokenGenerator } from './useTokenGenerator.ts';

/** The generator: the form on the left, the token and its explanation on the right. */
export const GenerateView = memo(function GenerateView() {
  const t = useMessages();
  const { state, recent, generate, clear } = useTokenGenerator();
  // The workbench preloads the second stage when idle; a quick first touch starts it sooner.
  const preload = () => {
    loadPart(secondStage, t.locale).catch(() => undefined);
  };
  return (
    <TwoColumns>
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
      <ResultPanel state={state} recent={recent} />
    </TwoColumns>
  );
});
