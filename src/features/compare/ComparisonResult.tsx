import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import type { TokenComparison } from '../../token/compare/index.ts';
import { DifferenceList } from './DifferenceList.tsx';
import { TimesTable } from './TimesTable.tsx';

/**
 * What the comparison found: one statement (identical, signature only, same content, or how many
 * fields differ), then each difference, then both tokens' times side by side.
 */
export function ComparisonResult({ comparison }: { comparison: TokenComparison }) {
  const t = useLazyWords('compare');
  const titleId = useId();
  const { verdict, differences, first, second } = comparison;
  const [main, ...more] = statements(t, comparison);
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

/** The verdict in words: the main statement first, then what it leaves out. */
function statements(t: Words, { verdict, differences }: TokenComparison): string[] {
  switch (verdict.kind) {
    case 'incomplete':
      return [t.incomplete];
    case 'identical':
      return [t.identical];
    case 'unreadable':
      return [t.unreadable(verdict.sides)];
    case 'signatureOnly':
      return [t.signatureOnly];
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
