import '@mantine/core/styles/Code.css';
import { Button, Group, PasswordInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useWorkbenchActions } from '../workbenchActions.ts';
import { useLiveTime } from '../../lib/liveTime.ts';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { DecodedToken } from '../../components/DecodedToken/DecodedToken.tsx';
import { TwoColumns } from '../../components/TwoColumns/TwoColumns.tsx';
import { TokenView } from '../../components/TokenView/TokenView.tsx';
import { ViewErrorBoundary } from '../../components/ViewErrorBoundary/ViewErrorBoundary.tsx';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { CopyReport } from '../report/CopyReport.tsx';
import { DiagnosisList } from './DiagnosisList.tsx';
import { EditInGenerate } from './EditInGenerate/EditInGenerate.tsx';
import { MadeBy } from './MadeBy/MadeBy.tsx';
import { PasteReading } from './PasteReading/PasteReading.tsx';
import classes from './InspectView.module.css';
import { shareLinkFor } from './tokenLink.ts';
import { useInspection } from './useInspection.ts';
import { usePasteReading } from './usePasteReading.ts';

export interface InspectViewProps {
  /** What the text box holds; owned by the workbench so "Inspect" and share links can fill it. */
  input: string;
  onInputChange: (input: string) => void;
}

/**
 * The Inspect tab: paste a token, see what is in it and why Twilio would reject it. Guarded on
 * its own: should anything in it fail, it says so in place, with a way to clear the token, and
 * the Generate form beside it is untouched.
 */
export function InspectView({ input, onInputChange }: InspectViewProps) {
  const t = useLazyWords('inspect');
  return (
    <ViewErrorBoundary
      title={t.viewFailedTitle}
      body={t.viewFailedBody}
      resetKeys={[input]}
      action={
        <Button
          variant="default"
          onClick={() => {
            onInputChange('');
          }}
        >
          {t.clearToken}
        </Button>
      }
    >
      <InspectPanel input={input} onInputChange={onInputChange} />
    </ViewErrorBoundary>
  );
}

function InspectPanel({ input, onInputChange }: InspectViewProps) {
  const t = useLazyWords('inspect');
  const { compare } = useWorkbenchActions();
  const [secret, setSecret] = useState('');
  // Typing stays responsive even while a long paste is being read.
  const deferredInput = useDeferredValue(input);
  const now = useLiveTime((nowMs) => Math.floor(nowMs / 1000));
  const paste = usePasteReading(deferredInput);
  const { diagnosis, findings, signature, identification } = useInspection(
    paste.toDiagnose,
    secret.trim(),
    now,
  );
  const { decoded, normalized } = diagnosis;

  return (
    <TwoColumns>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t.title}
          </Title>
          <Text size="sm">{t.intro}</Text>
        </Stack>
        <Textarea
          label={t.tokenLabel}
          placeholder={t.tokenPlaceholder}
          value={input}
          onChange={(event) => {
            onInputChange(event.currentTarget.value);
          }}
          minRows={5}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          classNames={{ input: classes.mono }}
        />
        <PasswordInput
          label={t.secretLabel}
          description={t.secretDescription}
          // Uncontrolled: React would copy a controlled value into the HTML's value attribute,
          // where a saved page or a page snapshot would carry the secret.
          onChange={(event) => {
            setSecret(event.currentTarget.value);
          }}
          autoComplete="off"
          spellCheck={false}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t.revealSecret }}
          classNames={{ innerInput: classes.mono }}
        />
        {input.trim() === '' ? (
          <Text c="dimmed">{t.empty}</Text>
        ) : (
          <>
            <PasteReading reading={paste.reading} input={deferredInput} />
            {paste.showDiagnosis && (
              <DiagnosisList
                findings={findings}
                signature={signature}
                secretGiven={secret.trim() !== ''}
              />
            )}
          </>
        )}
        {identification && <MadeBy key={normalized} identification={identification} />}
        {normalized !== '' && (
          // Broken or not: "this one fails, that one works" is what the Compare tab is for.
          <Group>
            <Button
              variant="default"
              onClick={() => {
                compare(normalized);
              }}
            >
              {t.compareWith}
            </Button>
          </Group>
        )}
        {decoded && (
          <EditInGenerate key={normalized} header={decoded.header} payload={decoded.payload} />
        )}
        {decoded && <CopyReport tokens={[{ decoded, findings }]} secret={secret} />}
        {decoded && (
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t.shareTitle}
              </Text>
              <CopyButton
                value={shareLinkFor(normalized, window.location)}
                label={t.copyShareLink}
                copiedLabel={t.copied}
                failedLabel={t.copyFailed}
                variant="default"
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t.shareWarning}
            </Text>
          </Stack>
        )}
      </Stack>
      {decoded && (
        <Stack gap="md">
          <TokenView token={normalized} label={t.partsLabel} />
          <DecodedToken header={decoded.header} payload={decoded.payload} />
        </Stack>
      )}
    </TwoColumns>
  );
}
