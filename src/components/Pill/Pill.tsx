import type { ReactNode } from 'react';
import classes from './Pill.module.css';

export type PillTone = 'error' | 'warning' | 'note' | 'ok';

/**
 * A small status label. Mantine's light Badge puts shade-6 text on a tint, under WCAG AA in the
 * light scheme; these tones stay above 4.5:1 in both.
 */
export function Pill({ tone, children }: { tone: PillTone; children: ReactNode }) {
  return (
    <span className={classes.pill} data-tone={tone}>
      {children}
    </span>
  );
}
