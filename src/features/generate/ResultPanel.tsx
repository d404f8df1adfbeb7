import { Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Suspense, use } from 'react';
import { useAfterPaint } from '../../lib/afterPaint.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import type { RecentToken } from '../history/tokenList.ts';
import { secondStage } from './loadSecondStage.ts';
import { TokenPreview } from './TokenPreview.tsx';
import type { GeneratorState } from './useTokenGenerator.ts';

/**
 * The generator's right-hand column. The token renders first, in the frame right after it is
 * signed; the decoded panel and the history follow once that frame is painted, so their work
 * never holds it back.
 */
export function ResultPanel({
  state,
  recent,
}: {
  state: GeneratorState;
  recent: readonly RecentToken[];
}) {
  const t = useMessages().result;
  const signed = state.status === 'signed' ? state.token : undefined;
  const painted = useAfterPaint(state);
  const explained = painted.status === 'signed' ? painted : undefined;
  const listed = useAfterPaint(recent);
  // A token exists only once the second stage signed it, so `use` never waits here.
  const parts = signed || recent.length > 0 ? use(secondStage.load()) : undefined;
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-label={t.title}
      style={{ contain: 'content' }}
    >
      <VisuallyHidden role="status" aria-live="polite">
        {signed ? t.announce(signed.payload.grants.identity) : ''}
      </VisuallyHidden>
      <Stack gap="xl">
        {parts && signed ? (
          <Stack gap="md">
            <parts.TokenResult jwt={signed.jwt} />
            {explained && (
              <>
                {/* Keyed: a new token starts from a form that matches it. */}
                <parts.StaleTokenNotice key={explained.token.jwt} request={explained.request} />
                {/* Its words may still be on their way after a very early first click. */}
                <Suspense fallback={null}>
                  <parts.DecodedToken
                    header={explained.token.header}
                    payload={explained.token.payload}
                  />
                </Suspense>
              </>
            )}
          </Stack>
        ) : (
          <Stack gap="xs">
            <Title order={2} size="h3">
              {t.title}
            </Title>
            <Text c="dimmed">{t.empty}</Text>
            <TokenPreview />
          </Stack>
        )}
        {parts && listed.length > 0 && (
          <Suspense fallback={null}>
            <parts.RecentTokens tokens={listed} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}
