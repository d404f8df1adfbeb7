import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/I18nProvider.tsx';
import { epochSeconds, systemClock } from '../../../token/clock.ts';
import { readDuration } from '../../../token/validation/duration.ts';
import { readNotBefore } from '../../../token/validation/notBefore.ts';
import { checkNotBefore, checkTtl } from '../../../token/validation/rules.ts';
import classes from './Field.module.css';

/** The fields typed as times, which say below them what they read. */
export type TimeField = 'ttl' | 'nbf';

export const isTimeField = (name: string): name is TimeField => name === 'ttl' || name === 'nbf';

/**
 * What a TTL or Not before field read from its text, in words ("Read as 14,400 s = 4 h"), or
 * undefined while it reads nothing the rules accept (the field's problem says why). A time from
 * now ("+10m") is read against the clock at this render; the token takes the clock at Generate.
 */
function useReading(name: TimeField, text: string): string | undefined {
  const { timeInput } = useMessages();
  if (name === 'ttl') {
    const seconds = readDuration(text)?.seconds;
    return seconds === undefined || checkTtl(seconds) ? undefined : timeInput.ttlReadAs(seconds);
  }
  const seconds = readNotBefore(text, epochSeconds(systemClock))?.seconds;
  return seconds === undefined || checkNotBefore(seconds)
    ? undefined
    : timeInput.nbfReadAs(seconds);
}

/**
 * Mantine's `inputContainer` for a time field: the input, then what it read, in a polite live
 * region that is always there, so a screen reader hears the reading change as one types.
 */
export function useTimeReading(
  name: string,
  text: string,
): ((children: ReactNode) => ReactNode) | undefined {
  const reading = useReading(isTimeField(name) ? name : 'ttl', text);
  if (!isTimeField(name)) return undefined;
  return (children) => (
    <>
      {children}
      <Text size="xs" c="dimmed" aria-live="polite" className={classes.reading}>
        {reading}
      </Text>
    </>
  );
}
