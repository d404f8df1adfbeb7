import type { ReactNode } from 'react';
import classes from './TwoColumns.module.css';

/** The views' layout: a narrower column for input, a wider one for results; stacked on phones. */
export function TwoColumns({ children }: { children: ReactNode }) {
  return <div className={classes.columns}>{children}</div>;
}
