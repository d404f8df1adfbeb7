import { Suspense, useRef, useState } from 'react';
import { Later } from '../../i18n/laterPart.ts';
import { trustPanel } from './loadTrustPanel.ts';
import classes from './TrustBadge.module.css';

/**
 * The header's "Signed locally" badge, a button that opens "How do I know?": what backs the
 * promise that the secret never leaves the page. Its accessible name is its text (a public
 * contract). The panel's code and words load on the first click unless the idle preload has
 * fetched them; it stays mounted afterwards, so closing it animates and returns the focus here.
 */
export function TrustBadge({ label }: { label: string }) {
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={classes.badge}
        aria-haspopup="dialog"
        aria-expanded={opened}
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        {label}
        <InfoIcon />
      </button>
      {used && (
        <Suspense fallback={null}>
          <Later part={trustPanel}>
            {({ TrustPanel }) => (
              <TrustPanel
                opened={opened}
                onClose={() => {
                  setOpened(false);
                  // The panel mounts already open, before Mantine could note where the focus was.
                  button.current?.focus();
                }}
              />
            )}
          </Later>
        </Suspense>
      )}
    </>
  );
}

/** A circled "i": there is more to read here. Decoration; the name is the text. */
function InfoIcon() {
  return (
    <svg
      className={classes.icon}
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 7v4.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.6" r="1" fill="currentColor" />
    </svg>
  );
}
