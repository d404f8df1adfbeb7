import { Button, Group, type MantineSize } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import classes from './CopyButton.module.css';

export interface CopyButtonProps {
  /** The text to copy, or a function that makes it at the moment of the click. */
  value: string | (() => string);
  label: string;
  copiedLabel: string;
  failedLabel: string;
  /** Mantine button variant while not copied; default "filled". */
  variant?: 'filled' | 'default' | 'light';
  size?: MantineSize;
  /** An accessible name longer than the visible label, when many such buttons share a page. */
  ariaLabel?: string;
  /** Id of an element that says more about what the button copies. */
  describedBy?: string;
}

/**
 * Copies exactly `value` (or what it returns): a token, a link, a program. The button keeps its
 * name so people and tools can find it again; the outcome ("Copied") appears beside it in a
 * polite live region.
 */
export function CopyButton({
  value,
  label,
  copiedLabel,
  failedLabel,
  variant = 'filled',
  describedBy,
  size,
  ariaLabel,
}: CopyButtonProps) {
  const clipboard = useClipboard({ timeout: 2000 });
  const status = clipboard.copied ? copiedLabel : clipboard.error ? failedLabel : '';
  return (
    <Group gap={0} wrap="nowrap">
      <span
        role="status"
        aria-live="polite"
        className={classes.status}
        data-failed={(!clipboard.copied && clipboard.error !== null) || undefined}
      >
        {status}
      </span>
      <Button
        onClick={() => {
          clipboard.copy(typeof value === 'function' ? value() : value);
        }}
        variant={variant}
        aria-describedby={describedBy}
        aria-label={ariaLabel}
        size={size}
        leftSection={<CopyIcon done={clipboard.copied} />}
      >
        {label}
      </Button>
    </Group>
  );
}

function CopyIcon({ done }: { done: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {done ? (
        <path d="M5 12l5 5L20 7" />
      ) : (
        <>
          <rect x="9" y="9" width="11" height="11" rx="2" />
          <path d="M5 15V5a2 2 0 0 1 2-2h10" />
        </>
      )}
    </svg>
  );
}
