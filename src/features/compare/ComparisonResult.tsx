import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import type { SignedBy, TokenComparison } from '../../token/compare/index.ts';
import { DifferenceList } from './DifferenceList.tsx';
import { TimesTable } from './TimesTable.tsx';

const NO_SECRET: SignedBy = { kind: 'noSecret' };

/**
 * What the comparison found: one statement (identical, signature only, same content, or how many
 * fields differ), which token the API Key Secret signed once one is entered and checked, then
 * each difference, then both tokens' times side by side.
 */
export function ComparisonResult({
  comparison,
  signedBy = NO_SECRET,
}: {
  comparison: TokenComparison;
  /** What the secret says of the two tokens (see token/compare/signedBy.ts). */
  signedBy?: SignedBy;
}) {
  const t = useLazyWords('compare');
  const titleId = useId();
  const { verdict, differences, first, second } = comparison;
  const [main, ...more] = statements(t, comparison, signedBy);
  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Title order={3} size="h4" id={titleId}>
        {t.comparison}
      </Title>
      {/* Announced when it changes: after a paste, a screen reader hears the outcome. */}
      <Stack gap={4} role="status">
        <Text size="sm" fw={600}>
          {main}
        </Text>
        {more.map((text) => (
          <Text key={text} size="sm">
            {text}
          </Text>
        ))}
      </Stack>
      {differences.total > 0 && <DifferenceList differences={differences} />}
      {verdict.kind === 'different' && first.times && second.times && (
        <TimesTable first={first.times} second={second.times} />
      )}
    </Stack>
  );
}

type Words = ReturnType<typeof useLazyWords<'compare'>>;

/**
 * The verdict in words: the main statement first, then what it leaves out, then which token the
 * secret signed (only of two readable tokens: an unreadable one has no signature to check).
 */
function statements(t: Words, comparison: TokenComparison, signed: SignedBy): string[] {
  const found = verdictStatements(t, comparison, signed);
  const { kind } = comparison.verdict;
  const signature = kind === 'incomplete' || kind === 'unreadable' ? undefined : t.signedBy(signed);
  return signature === undefined ? found : [...found, signature];
}

function verdictStatements(
  t: Words,
  { verdict, differences }: TokenComparison,
  signed: SignedBy,
): string[] {
  switch (verdict.kind) {
    case 'incomplete':
      return [t.incomplete];
    case 'identical':
      return [t.identical];
    case 'unreadable':
      return [t.unreadable(verdict.sides)];
    case 'signatureOnly':
      // Only asked while no secret is given: with one, the next sentence answers it.
      return signed.kind === 'noSecret' ? [t.signatureOnly, t.askSecret] : [t.signatureOnly];
    case 'sameContent':
      return [t.sameContent];
    case 'different':
      return [
        t.different(differences.total),
        ...(verdict.rewritten.length > 0 ? [t.rewritten(verdict.rewritten)] : []),
        ...(verdict.beyondDepth.length > 0 ? [t.beyondDepth(verdict.beyondDepth)] : []),
      ];
  }
}
