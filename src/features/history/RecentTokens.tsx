import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import { useWorkbenchActions } from '../workbenchActions.ts';
import { useLiveTime } from '../../lib/liveTime.ts';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { Pill, type PillTone } from '../../components/Pill/Pill.tsx';
import { useLazyWords, useMessages } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/locale.ts';
import { tokenStatus, type RecentToken, type TokenStatus } from './tokenList.ts';
import classes from './RecentTokens.module.css';

const TONES: Record<TokenStatus, PillTone> = {
  valid: 'ok',
  expired: 'error',
  notYetValid: 'warning',
};

/**
 * "Recent tokens": every token made in this tab, newest first, with its identity, grants and a
 * live status; one click copies or inspects it. A new token renders one new row; the others,
 * memoized on their entry, render only when the time they show changes.
 */
export const RecentTokens = memo(function RecentTokens({
  tokens,
}: {
  tokens: readonly RecentToken[];
}) {
  const t = useLazyWords('history');
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="xs">
      <Title order={3} size="h4" id={titleId}>
        {t.title}
      </Title>
      <Text size="sm" c="dimmed">
        {t.intro}
      </Text>
      <ol className={classes.list}>
        {tokens.map((token) => (
          <RecentTokenRow key={token.id} token={token} />
        ))}
      </ol>
    </Stack>
  );
});

const RecentTokenRow = memo(function RecentTokenRow({ token }: { token: RecentToken }) {
  const { locale, grants } = useMessages();
  const t = useLazyWords('history');
  const decoded = useLazyWords('decoded');
  const { inspect } = useWorkbenchActions();
  const status = useLiveTime((nowMs) => tokenStatus(token, nowMs / 1000));
  // What the row says about time, as the one string that decides whether it renders.
  const detail = useLiveTime((nowMs) => {
    const nowSeconds = nowMs / 1000;
    switch (tokenStatus(token, nowSeconds)) {
      case 'valid':
        return t.remaining(decoded.formatDuration(token.expiresAt - nowSeconds));
      case 'expired':
        return t.ago(decoded.formatDuration(nowSeconds - token.expiresAt));
      case 'notYetValid':
        return '';
    }
  });
  const madeAt = timeFormat(locale).format(token.issuedAt * 1000);
  return (
    <li className={classes.item}>
      <div className={classes.summary}>
        <Text fw={600} className={classes.identity}>
          {token.identity}
        </Text>
        <Text size="sm" c="dimmed">
          {token.grants.map((name) => grants[name].name).join(', ')}
          {' · '}
          {t.madeAt(madeAt)}
        </Text>
        <span className={classes.status}>
          <Pill tone={TONES[status]}>{t.status[status]}</Pill>
          {detail && <Text size="xs">{detail}</Text>}
        </span>
      </div>
      <Group gap="xs" wrap="nowrap" className={classes.actions}>
        <CopyButton
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
            inspect(token.jwt);
          }}
        >
          {t.inspect}
        </Button>
      </Group>
    </li>
  );
});

// Building a DateTimeFormat costs far more than using one: one per language, made on first use.
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

function timeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    timeFormats.set(locale, format);
  }
  return format;
}
