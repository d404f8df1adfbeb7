import { Code, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useLazyWords, useMessages } from '../../i18n/I18nProvider.tsx';
import { explainPlace } from '../../i18n/tokenWords.ts';
import { claimRows, type ClaimRow } from '../../token/claimRows.ts';
import table from '../DataTable/DataTable.module.css';
import classes from './ClaimsTable.module.css';
import { ExpiryCountdown } from './ExpiryCountdown.tsx';
import { formatTimestamp } from '../../i18n/formatTimestamp.ts';

export interface ClaimsTableProps {
  header: Readonly<Record<string, unknown>>;
  payload: Readonly<Record<string, unknown>>;
}

/**
 * Every header field, claim and grant of a token, each explained in a sentence. A plain table:
 * Mantine's Table drags its ScrollArea into the first load. A hostile token's thousands of
 * claims stop at a bounded number of rows; the JSON above shows the rest.
 */
export function ClaimsTable({ header, payload }: ClaimsTableProps) {
  const { locale, grants, token } = useMessages();
  const t = useLazyWords('decoded');
  const { rows, omitted } = useMemo(() => claimRows(header, payload), [header, payload]);
  return (
    <div className={table.scroll}>
      <table className={`${table.table} ${classes.table}`}>
        <thead>
          <tr>
            <th scope="col">{t.claim}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Paths repeat when a key holds a dot; the index keeps React's keys apart.
            <tr key={`${String(index)}:${row.section}:${row.path}`} data-claim={row.path}>
              <th scope="row">
                <Code>{row.path}</Code>
              </th>
              <td className={classes.value}>
                <ClaimValue row={row} locale={locale} />
              </td>
              <td>{explainPlace(grants, token, row.place, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {omitted > 0 && (
        <Text size="sm" mt="xs">
          {t.moreRows(omitted)}
        </Text>
      )}
    </div>
  );
}

function ClaimValue({ row, locale }: { row: ClaimRow; locale: string }) {
  const t = useLazyWords('decoded');
  if (row.time !== undefined) {
    const time = formatTimestamp(row.time, locale);
    return (
      <Stack gap={4} align="flex-start">
        <Code>{row.text}</Code>
        <Text size="xs">
          {t.local}: {time.local}
        </Text>
        <Text size="xs">
          {t.utc}: {time.utc}
        </Text>
        {row.place.kind === 'claim' && row.place.claim === 'exp' && (
          <ExpiryCountdown exp={row.time} />
        )}
      </Stack>
    );
  }
  // A grant's options get rows of their own; repeating the object here would only add noise.
  if (row.detailed) return null;
  return <Code className={classes.wrap}>{row.text}</Code>;
}
