import '@mantine/core/styles/Anchor.css';
import { Anchor, Group, Text } from '@mantine/core';
import { Pill } from '../../components/Pill/Pill.tsx';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import type { Finding, Severity, SignatureCheck } from '../../token/diagnose/index.ts';
import classes from './DiagnosisList.module.css';

export interface DiagnosisListProps {
  findings: readonly Finding[];
  signature: SignatureCheck | undefined;
  secretGiven: boolean;
  /** The list's accessible name; "Diagnosis" unless two lists share a page. */
  label?: string;
}

/**
 * The list named "Diagnosis": each finding with its severity in words (never color alone), a
 * sentence saying what is wrong and how to fix it, and the Twilio error number it would cause.
 */
export function DiagnosisList({ findings, signature, secretGiven, label }: DiagnosisListProps) {
  const t = useLazyWords('inspect');
  const hasProblems = findings.some((item) => item.severity !== 'note');
  return (
    <ul aria-label={label ?? t.diagnosis} className={classes.list}>
      {signature === 'verified' && (
        // Said once: the pill says OK, the text what is OK.
        <Item tone="ok" label={t.ok}>
          <Text size="sm" fw={600}>
            {t.signatureVerified}
          </Text>
        </Item>
      )}
      {findings.map((item, index) => (
        <Item
          key={`${item.code}-${index}`}
          tone={item.severity}
          label={t.severity[item.severity]}
          data-code={item.code}
        >
          <Text size="sm">{t.describeFinding(item)}</Text>
          {item.twilioError !== undefined && (
            <Anchor
              size="sm"
              href={`https://www.twilio.com/docs/api/errors/${item.twilioError}`}
              target="_blank"
              rel="noreferrer noopener"
              aria-label={t.errorLink(item.twilioError)}
              className={classes.code}
            >
              {item.twilioError}
            </Anchor>
          )}
        </Item>
      ))}
      {!hasProblems && (
        <Item tone="ok" label={t.ok}>
          <Text size="sm">{t.noProblems}</Text>
        </Item>
      )}
      {!secretGiven && !hasProblems && (
        <Item tone="note" label={t.severity.note}>
          <Text size="sm">{t.signatureUnchecked}</Text>
        </Item>
      )}
      {signature === 'unsupportedAlgorithm' && (
        <Item tone="note" label={t.severity.note}>
          <Text size="sm">{t.signatureUnsupported}</Text>
        </Item>
      )}
    </ul>
  );
}

function Item({
  tone,
  label,
  children,
  ...rest
}: {
  tone: Severity | 'ok';
  label: string;
  children: React.ReactNode;
  'data-code'?: string;
}) {
  return (
    <li className={classes.item} data-severity={tone} {...rest}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <span className={classes.badge}>
          <Pill tone={tone}>{label}</Pill>
        </span>
        <div className={classes.body}>{children}</div>
      </Group>
    </li>
  );
}
