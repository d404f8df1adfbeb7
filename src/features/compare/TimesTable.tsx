import { Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import type { TokenTimes } from '../../token/compare/index.ts';
import { utcText } from '../../i18n/utcText.ts';
import table from '../../components/DataTable/DataTable.module.css';

/**
 * Both tokens' times in one table: when each was issued, from when and until when it is valid,
 * how long it lives, and where it stands now. Lifetimes and offsets, not only instants, so two
 * tokens issued hours apart still compare.
 */
export function TimesTable({ first, second }: { first: TokenTimes; second: TokenTimes }) {
  const t = useLazyWords('compare');
  const titleId = useId();
  const at = (time: number | undefined) => (time === undefined ? t.notWritten : utcText(time));
  // Tokens made by twilio-python have no iat: when neither has one, the table says why once,
  // below it, instead of in each cell.
  const neitherIssued =
    first.validFrom.kind === 'noIssueTime' && second.validFrom.kind === 'noIssueTime';
  const validFromWords = (times: TokenTimes) =>
    neitherIssued ? t.validFromNbf : t.validFromText(times.validFrom);
  const validFrom = (times: TokenTimes) =>
    times.notBefore === undefined
      ? validFromWords(times)
      : `${validFromWords(times)}: ${utcText(times.notBefore)}`;
  const rows: readonly (readonly [string, (times: TokenTimes) => ReactNode])[] = [
    [t.issued, (times) => at(times.issuedAt)],
    [t.validFrom, validFrom],
    [t.expires, (times) => at(times.expiresAt)],
    [t.lifetime, (times) => t.lifetimeText(times.lifetime)],
    [t.now, (times) => t.status(times.status)],
  ];
  return (
    <div>
      <Title order={4} size="h5" id={titleId} mb="xs">
        {t.times}
      </Title>
      <div className={table.scroll}>
        <table aria-labelledby={titleId} className={table.table}>
          <thead>
            <tr>
              <th scope="col">{t.time}</th>
              <th scope="col">{t.tokenLabel.first}</th>
              <th scope="col">{t.tokenLabel.second}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{cell(first)}</td>
                <td>{cell(second)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {neitherIssued && (
        <Text size="sm" mt="xs">
          {t.neitherIssued}
        </Text>
      )}
    </div>
  );
}
