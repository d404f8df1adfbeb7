import { Center, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useCallback, useRef, useState, memo } from 'react';
import { TwoColumns } from '../../components/TwoColumns/TwoColumns.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import type { SetupNotice } from '../setup/startingSetup.ts';
import { GenerateForm } from './GenerateForm.tsx';
import { addRecentToken, type RecentToken } from '../history/recentTokens.ts';
import { loadRecentTokens, loadTokenResult, preloadGeneratorParts } from './lazyParts.ts';
import type { AccessTokenRequest, SignedAccessToken } from '../../token/createAccessToken.ts';
import { useTokenGenerator } from './useTokenGenerator.ts';

const TokenResult = lazy(() =>
  loadTokenResult().then((module) => ({ default: module.TokenResult })),
);
const RecentTokens = lazy(() =>
  loadRecentTokens().then((module) => ({ default: module.RecentTokens })),
);

/** The generator: the form on the left, the token and its explanation on the right. */
// Memoized: it should render when its own props change, not on every keystroke above it.
export const GenerateView = memo(function GenerateView({
  onInspect,
  setupNotice,
  onSetupNotice,
}: {
  onInspect: (token: string) => void;
  /** Where the form's contents came from, when that is worth saying (a share link). */
  setupNotice: SetupNotice | undefined;
  onSetupNotice: (notice: SetupNotice | undefined) => void;
}) {
  const messages = useMessages();
  const [recent, setRecent] = useState<readonly RecentToken[]>([]);
  const nextRecentId = useRef(0);
  const remember = useCallback((token: SignedAccessToken, request: AccessTokenRequest) => {
    const id = ++nextRecentId.current;
    setRecent((list) => addRecentToken(list, token, request, id));
  }, []);
  const { state, generate, clear } = useTokenGenerator(remember);
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
        <GenerateForm
          onGenerate={generate}
          onInvalid={clear}
          setupNotice={setupNotice}
          onSetupNotice={onSetupNotice}
        />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-label={messages.result.title}>
        <VisuallyHidden role="status" aria-live="polite">
          {state.status === 'signed'
            ? messages.result.announce(state.token.payload.grants.identity)
            : ''}
        </VisuallyHidden>
        <Stack gap="xl">
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
          {recent.length > 0 && (
            <Suspense fallback={null}>
              <RecentTokens tokens={recent} onInspect={onInspect} />
            </Suspense>
          )}
        </Stack>
      </Paper>
    </TwoColumns>
  );
});
