import type { ReactNode } from 'react';
import classes from './FormSection.module.css';

/**
 * A fieldset with its legend, styled like Mantine's Fieldset. A native element: Mantine's
 * component and its CSS would cost the first page load more than this whole file.
 */
export function FormSection({
  legend,
  variant = 'default',
  children,
}: {
  legend: ReactNode;
  /** "filled" for a section nested inside another. */
  variant?: 'default' | 'filled' | 'unstyled';
  children: ReactNode;
}) {
  return (
    <fieldset className={classes.root} data-variant={variant}>
      <legend className={classes.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}
