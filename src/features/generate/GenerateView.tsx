import { Center, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { TwoColumns } from '../../components/TwoColumns/TwoColumns.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { GenerateForm } from './GenerateForm.tsx';
import { loadTokenResult, preloadGeneratorParts } from './lazyParts.ts';
import { useTokenGenerator } from './useTokenGenerator.ts';

const TokenResult = lazy(() =>
  loadTokenResult().then((module) => ({ default: module.TokenResult })),
);

/** The generator: the form on the left, the token and its explanation on the right. */
export function GenerateView({ onInspect }: { onInspect: (token: string) => void }) {
  const messages = useMessages();
  const { state, generate, clear } = useTokenGenerator();
  return (
    <TwoColumns>
      <Paper
        withBorder
        p="lg"
        component="section"
        aria-labelledby="generate-title"
        onFocusCapture={preloadGeneratorParts}
        onPointerEnter={preloadGeneratorParts}
      >
        <Stack gap="xs" mb="md">
          <Title order={2} size="h3" id="generate-title">
            {messages.generate.title}
          </Title>
          <Text size="sm" c="dimmed">
            {messages.generate.intro}
          </Text>
          <Text size="sm">{messages.app.privacy}</Text>
        </Stack>
        <GenerateForm onGenerate={generate} onInvalid={clear} />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-label={messages.result.title}>
        <VisuallyHidden role="status" aria-live="polite">
          {state.status === 'signed'
            ? messages.result.announce(state.token.payload.grants.identity)
            : ''}
        </VisuallyHidden>
        {state.status === 'signed' ? (
          <Suspense
            fallback={
              <Center py="xl">
                <Loader aria-label={messages.generate.generating} />
              </Center>
            }
          >
            <TokenResult token={state.token} onInspect={onInspect} />
          </Suspense>
        ) : (
          <Stack gap="xs">
            <Title order={2} size="h3">
              {messages.result.title}
            </Title>
            <Text c="dimmed">{messages.result.empty}</Text>
          </Stack>
        )}
      </Paper>
    </TwoColumns>
  );
}
