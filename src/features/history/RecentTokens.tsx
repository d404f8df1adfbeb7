import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { memo, useId, useMemo } from 'react';
import { CopyTokenButton } from '../../components/CopyTokenButton/CopyTokenButton.tsx';
import { Pill, type PillTone } from '../../components/Pill/Pill.tsx';
import { useNow } from '../../components/useNow/useNow.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { historyEn } from '../../i18n/historyEn.ts';
import { historyJa } from '../../i18n/historyJa.ts';
import { useDecodedMessages } from '../../i18n/useDecodedMessages.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { tokenStatus, type RecentToken, type TokenStatus } from './recentTokens.ts';
import classes from './RecentTokens.module.css';

const BY_LOCALE = { 'en-US': historyEn, 'ja-JP': historyJa } as const;

const TONES: Record<TokenStatus, PillTone> = {
  valid: 'ok',
  expired: 'error',
  notYetValid: 'warning',
};

/**
 * "Recent tokens": every token made in this tab, newest first, with its identity, grants and a
 * live status; one click copies or inspects it.
 */
// Memoized: it should render when its own props change, not on every keystroke above it.
export const RecentTokens = memo(function RecentTokens({
  tokens,
  onInspect,
}: {
  tokens: readonly RecentToken[];
  onInspect: (token: string) => void;
}) {
  const t = useLocalized(BY_LOCALE);
  const messages = useMessages();
  const { formatDuration } = useDecodedMessages();
  const nowSeconds = useNow() / 1000;
  const titleId = useId();
  // The list renders every second for its live status; the formatter only changes with the language.
  const time = useMemo(
    () => new Intl.DateTimeFormat(messages.locale, { timeStyle: 'medium' }),
    [messages.locale],
  );
  return (
    <Stack component="section" aria-labelledby={titleId} gap="xs">
      <Title order={3} size="h4" id={titleId}>
        {t.title}
      </Title>
      <Text size="sm" c="dimmed">
        {t.intro}
      </Text>
      <ol className={classes.list}>
        {tokens.map((token) => {
          const status = tokenStatus(token, nowSeconds);
          const madeAt = time.format(token.issuedAt * 1000);
          const detail =
            status === 'valid'
              ? t.remaining(formatDuration(token.expiresAt - nowSeconds))
              : status === 'expired'
                ? t.ago(formatDuration(nowSeconds - token.expiresAt))
                : '';
          return (
            <li key={token.id} className={classes.item}>
              <div className={classes.summary}>
                <Text fw={600} className={classes.identity}>
                  {token.identity}
                </Text>
                <Text size="sm" c="dimmed">
                  {token.grants.map((name) => messages.generate.grantNames[name]).join(', ')}
                  {' · '}
                  {t.madeAt(madeAt)}
                </Text>
                <span className={classes.status}>
                  <Pill tone={TONES[status]}>{t.status[status]}</Pill>
                  {detail && <Text size="xs">{detail}</Text>}
                </span>
              </div>
              <Group gap="xs" wrap="nowrap" className={classes.actions}>
                <CopyTokenButton
                  variant="default"
                  size="xs"
                  value={token.jwt}
                  label={t.copy}
                  ariaLabel={t.copyLabel(token.identity, madeAt)}
                  copiedLabel={t.copied}
                  failedLabel={t.copyFailed}
                />
                <Button
                  variant="default"
                  size="xs"
                  aria-label={t.inspectLabel(token.identity, madeAt)}
                  onClick={() => {
                    onInspect(token.jwt);
                  }}
                >
                  {t.inspect}
                </Button>
              </Group>
            </li>
          );
        })}
      </ol>
    </Stack>
  );
});
