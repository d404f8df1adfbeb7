import { Code, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useLazyWords, useMessages } from '../../i18n/I18nProvider.tsx';
import { claimRows, type ClaimKind, type ClaimRow } from '../../token/claimRows.ts';
import classes from './ClaimsTable.module.css';
import { ExpiryCountdown } from './ExpiryCountdown.tsx';
import { formatTimestamp, isDisplayableTimestamp } from './formatTimestamp.ts';

const GRANTS_WITH_OPTION_ROWS = new Set<ClaimKind>([
  'video',
  'voice',
  'chat',
  'data_sync',
  'task_router',
]);

export interface ClaimsTableProps {
  header: Readonly<Record<string, unknown>>;
  payload: Readonly<Record<string, unknown>>;
}

/**
 * Every header field, claim and grant of a token, each explained in a sentence. A plain table:
 * Mantine's Table drags its ScrollArea into the first load.
 */
export function ClaimsTable({ header, payload }: ClaimsTableProps) {
  const { locale } = useMessages();
  const t = useLazyWords('decoded');
  const rows = useMemo(() => claimRows(header, payload), [header, payload]);
  return (
    <div className={classes.scroll}>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">{t.claim}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.section}:${row.path}`} data-claim={row.path}>
              <th scope="row">
                <Code>{row.path}</Code>
              </th>
              <td className={classes.value}>
                <ClaimValue row={row} locale={locale} />
              </td>
              <td>{t.explain[row.kind](row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClaimValue({ row, locale }: { row: ClaimRow; locale: string }) {
  const t = useLazyWords('decoded');
  if (
    (row.kind === 'iat' || row.kind === 'exp' || row.kind === 'nbf') &&
    isDisplayableTimestamp(row.value)
  ) {
    const time = formatTimestamp(row.value, locale);
    return (
      <Stack gap={4} align="flex-start">
        <Code>{row.value}</Code>
        <Text size="xs">
          {t.local}: {time.local}
        </Text>
        <Text size="xs">
          {t.utc}: {time.utc}
        </Text>
        {row.kind === 'exp' && <ExpiryCountdown exp={row.value} />}
      </Stack>
    );
  }
  // A grant's options get rows of their own; repeating the object here would only add noise.
  if (GRANTS_WITH_OPTION_ROWS.has(row.kind)) return null;
  return (
    <Code className={classes.wrap}>
      {typeof row.value === 'string' ? row.value : JSON.stringify(row.value)}
    </Code>
  );
}
