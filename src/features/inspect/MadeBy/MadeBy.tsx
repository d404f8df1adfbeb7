import '@mantine/core/styles/List.css';
import { Button, List, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useLazyWords } from '../../../i18n/I18nProvider.tsx';
import type { Identification } from '../../../token/fingerprint/index.ts';
import classes from './MadeBy.module.css';

/** Evidence lines shown before "Show n more": the verdict's reasons, not a wall of them. */
const SHOWN_EVIDENCE = 3;

export interface MadeByProps {
  identification: Identification;
  /** The section's heading and accessible name; "Made by" unless two share a page. */
  label?: string;
}

/**
 * The section named "Made by": which library made the token (or that it was made by hand, or that
 * it cannot tell), the evidence in a few lines, and that library's habits that matter for this
 * token. Key it by the token, so a new token starts with its evidence folded.
 */
export function MadeBy({ identification, label }: MadeByProps) {
  const t = useLazyWords('inspect').madeBy;
  const headingId = useId();
  const quirksId = useId();
  const [unfolded, setUnfolded] = useState(false);
  const { verdict, library, evidence, quirks } = identification;
  const folded = evidence.length - SHOWN_EVIDENCE;
  const shown = unfolded ? evidence : evidence.slice(0, SHOWN_EVIDENCE);

  return (
    <section aria-labelledby={headingId} className={classes.section} data-verdict={verdict}>
      <Title order={3} size="h6" id={headingId}>
        {label ?? t.heading}
      </Title>
      <Text size="sm" fw={500}>
        {t.verdict(identification)}
      </Text>
      {shown.length > 0 && (
        <List size="xs" aria-label={t.evidenceLabel} classNames={{ root: classes.list }}>
          {shown.map((item, index) => (
            <List.Item key={`${item.code}-${String(index)}`}>{t.describeEvidence(item)}</List.Item>
          ))}
        </List>
      )}
      {folded > 0 && (
        <Button
          variant="subtle"
          size="compact-xs"
          className={classes.more}
          aria-expanded={unfolded}
          onClick={() => {
            setUnfolded((open) => !open);
          }}
        >
          {unfolded ? t.showFewer : t.showMore(folded)}
        </Button>
      )}
      {library !== undefined && quirks.length > 0 && (
        <>
          <Text size="sm" fw={600} id={quirksId}>
            {t.quirksHeading}
          </Text>
          <List size="sm" aria-labelledby={quirksId} classNames={{ root: classes.list }}>
            {quirks.map((quirk) => (
              <List.Item key={quirk.code}>{t.describeQuirk(quirk, library)}</List.Item>
            ))}
          </List>
        </>
      )}
    </section>
  );
}
