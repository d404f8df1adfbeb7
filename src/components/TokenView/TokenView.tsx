import type { Ref } from 'react';
import classes from './TokenView.module.css';

export interface TokenViewProps {
  token: string;
  /** The accessible name, e.g. "Access Token". */
  label: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * A compact JWT as read-only, wrapping, monospace text, with header, payload and signature
 * tinted apart. Its text content is exactly the token, dots included.
 */
export function TokenView({ token, label, ref }: TokenViewProps) {
  const [header = '', payload, signature] = token.split('.');
  return (
    <div
      ref={ref}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={label}
      tabIndex={0}
      className={classes.token}
    >
      <span data-part="header">{header}</span>
      {payload !== undefined && (
        <>
          <span className={classes.dot}>.</span>
          <span data-part="payload">{payload}</span>
        </>
      )}
      {signature !== undefined && (
        <>
          <span className={classes.dot}>.</span>
          <span data-part="signature">{signature}</span>
        </>
      )}
    </div>
  );
}
