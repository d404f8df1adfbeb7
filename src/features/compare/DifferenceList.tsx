import '@mantine/core/styles/Code.css';
import { Code, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import type {
  Difference,
  DifferenceList as Differences,
  ShownValue,
  Side,
} from '../../token/compare/index.ts';
import { utcText } from '../../i18n/utcText.ts';
import classes from './DifferenceList.module.css';

const SIDES: readonly Side[] = ['first', 'second'];

/**
 * The list named "Differences": for each field that differs, its path and what it is for, both
 * tokens' values, and what the difference changes where we know it. Bounded by the domain; the
 * count of the rest follows.
 */
export function DifferenceList({ differences }: { differences: Differences }) {
  const t = useLazyWords('compare');
  const titleId = useId();
  const { items, total } = differences;
  return (
    <div>
      <Title order={4} size="h5" id={titleId} mb="xs">
        {t.differences}
      </Title>
      <ul aria-labelledby={titleId} className={classes.list}>
        {items.map((item, index) => (
          // Paths repeat when a key holds a dot; the index keeps React's keys apart.
          <li key={`${String(index)}:${item.part}:${item.path}`} className={classes.item}>
            <DifferenceItem item={item} />
          </li>
        ))}
      </ul>
      {total > items.length && (
        <Text size="sm" mt="xs">
          {t.moreDifferences(items.length, total)}
        </Text>
      )}
    </div>
  );
}

function DifferenceItem({ item }: { item: Difference }) {
  const t = useLazyWords('compare');
  const meaning = t.describeMeaning(item.place);
  const consequence = item.consequence && t.describeConsequence(item.consequence);
  return (
    <>
      <div className={classes.field}>
        <Code className={classes.path}>{item.path}</Code>
        <Text size="sm" fw={600}>
          {item.part === 'header' ? t.inHeader(meaning) : meaning}
        </Text>
      </div>
      <dl className={classes.values}>
        {SIDES.map((side) => (
          <div key={side} className={classes.value}>
            <dt>{t.tokenLabel[side]}</dt>
            <dd>
              <Value value={item[side]} />
            </dd>
          </div>
        ))}
      </dl>
      {consequence && <Text size="sm">{consequence}</Text>}
    </>
  );
}

function Value({ value }: { value: ShownValue }) {
  const t = useLazyWords('compare');
  if (!value.present) {
    return (
      <Text component="span" size="sm" fs="italic" c="dimmed">
        {t.absent}
      </Text>
    );
  }
  return (
    <>
      <Code className={classes.text}>{value.text}</Code>
      {value.time !== undefined && (
        <Text component="span" size="xs" className={classes.time}>
          {utcText(value.time)}
        </Text>
      )}
    </>
  );
}
