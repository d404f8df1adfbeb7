import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Code.css';
import { Anchor, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { CopyButton } from '../../../components/CopyButton/CopyButton.tsx';
import { useLazyWords } from '../../../i18n/I18nProvider.tsx';
import type { PasteReading as Reading } from '../../../token/paste/index.ts';
import classes from './PasteReading.module.css';

export interface PasteReadingProps {
  reading: Reading;
  /** The paste as typed, to tell whether the token shown differs from it. */
  input: string;
  /** Which box this is, where two share the page (Compare); names its Copy button apart. */
  side?: string;
}

/**
 * "What did you paste?": says in words what the paste is and what to do, and shows a token taken
 * out of it (or cleaned) with its own Copy button. Renders nothing for a token pasted bare.
 */
export function PasteReading({ reading, input, side }: PasteReadingProps) {
  const t = useLazyWords('inspect');
  const headingId = useId();
  const token = reading.kind === 'extracted' || reading.kind === 'jwt' ? reading.token : undefined;
  const cleaned = reading.kind === 'jwt' && reading.token !== input.trim();
  const heading = t.paste.heading(reading, cleaned);
  if (heading === '') return null;
  const shownToken = reading.kind === 'extracted' || cleaned ? token : undefined;
  return (
    <Stack
      component="section"
      aria-labelledby={headingId}
      gap="xs"
      className={classes.reading}
      data-kind={reading.kind}
    >
      <Title order={3} size="h5" id={headingId}>
        {heading}
      </Title>
      <Text size="sm">{t.paste.body(reading, cleaned)}</Text>
      {reading.kind === 'twilioError' && reading.code !== undefined && (
        <Anchor
          size="sm"
          href={`https://www.twilio.com/docs/api/errors/${reading.code}`}
          target="_blank"
          rel="noreferrer noopener"
        >
          {t.errorLink(reading.code)}
        </Anchor>
      )}
      {shownToken !== undefined && (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {t.paste.tokenLabel}
            </Text>
            <CopyButton
              value={shownToken}
              label={t.paste.copyToken}
              ariaLabel={side === undefined ? undefined : t.paste.copyTokenOf(side)}
              copiedLabel={t.copied}
              failedLabel={t.paste.copyFailed}
              variant="default"
              size="xs"
            />
          </Group>
          {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
          <Code block className={classes.token} tabIndex={0} aria-label={t.paste.tokenLabel}>
            {shownToken}
          </Code>
        </Stack>
      )}
    </Stack>
  );
}
