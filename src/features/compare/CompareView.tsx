import { Button, PasswordInput, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { useLiveTime } from '../../lib/liveTime.ts';
import { ViewErrorBoundary } from '../../components/ViewErrorBoundary/ViewErrorBoundary.tsx';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { signedBy, type Side } from '../../token/compare/index.ts';
import { DiagnosisList } from '../inspect/DiagnosisList.tsx';
import { CopyReport } from '../report/CopyReport.tsx';
import { EditInGenerate } from '../inspect/EditInGenerate/EditInGenerate.tsx';
import { PasteReading } from '../inspect/PasteReading/PasteReading.tsx';
import { usePasteReading } from '../inspect/usePasteReading.ts';
import { ComparisonResult } from './ComparisonResult.tsx';
import type { CompareInputs } from './compareInputs.ts';
import classes from './CompareView.module.css';
import { useComparison } from './useComparison.ts';

export interface CompareViewProps {
  inputs: CompareInputs;
  onInputsChange: Dispatch<SetStateAction<CompareInputs>>;
}

const SIDES: readonly Side[] = ['first', 'second'];
const EMPTY: CompareInputs = { first: '', second: '', focusSecond: false };

/**
 * The Compare tab: "this token works, that one fails". Two tokens side by side, each with the
 * inspector's verdict, then what differs between them and what that changes. Guarded on its own,
 * like the Inspect tab.
 */
export function CompareView({ inputs, onInputsChange }: CompareViewProps) {
  const t = useLazyWords('compare');
  return (
    <ViewErrorBoundary
      title={t.viewFailedTitle}
      body={t.viewFailedBody}
      resetKeys={[inputs.first, inputs.second]}
      action={
        <Button
          variant="default"
          onClick={() => {
            onInputsChange(EMPTY);
          }}
        >
          {t.clearTokens}
        </Button>
      }
    >
      <ComparePanel inputs={inputs} onInputsChange={onInputsChange} />
    </ViewErrorBoundary>
  );
}

function ComparePanel({ inputs, onInputsChange }: CompareViewProps) {
  const t = useLazyWords('compare');
  // Kept in state for the checks, never written back to the field: no value attribute holds it.
  const [secret, setSecret] = useState('');
  // Typing stays responsive even while long pastes are being read.
  const first = useDeferredValue(inputs.first);
  const second = useDeferredValue(inputs.second);
  const now = useLiveTime((nowMs) => Math.floor(nowMs / 1000));
  const pastes = { first: usePasteReading(first), second: usePasteReading(second) };
  const { comparison, verdicts } = useComparison(
    pastes.first.toDiagnose,
    pastes.second.toDiagnose,
    secret.trim(),
    now,
  );
  const secondBox = useRef<HTMLTextAreaElement>(null);

  // "Compare with…" filled the first box: the second is where the user goes next.
  const { focusSecond } = inputs;
  useEffect(() => {
    if (!focusSecond) return;
    secondBox.current?.focus();
    secondBox.current?.select();
    onInputsChange((current) => ({ ...current, focusSecond: false }));
  }, [focusSecond, onInputsChange]);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.title}
        </Title>
        <Text size="sm">{t.intro}</Text>
      </Stack>
      <div className={classes.sides}>
        {SIDES.map((side) => (
          <Stack gap="sm" key={side}>
            <Textarea
              ref={side === 'second' ? secondBox : undefined}
              label={t.tokenLabel[side]}
              placeholder={t.tokenPlaceholder}
              value={inputs[side]}
              onChange={(event) => {
                const { value } = event.currentTarget;
                onInputsChange((current) => ({ ...current, [side]: value }));
              }}
              minRows={4}
              rows={5}
              spellCheck={false}
              autoComplete="off"
              classNames={{ input: classes.mono }}
            />
            {inputs[side].trim() !== '' && (
              <PasteReading
                reading={pastes[side].reading}
                input={side === 'first' ? first : second}
                side={t.tokenLabel[side]}
              />
            )}
            {inputs[side].trim() !== '' && pastes[side].showDiagnosis && (
              <DiagnosisList
                findings={verdicts[side].findings}
                signature={verdicts[side].signature}
                secretGiven={secret.trim() !== ''}
                label={t.diagnosisLabel[side]}
              />
            )}
            {comparison[side].diagnosis.decoded && (
              <EditInGenerate
                key={comparison[side].diagnosis.normalized}
                header={comparison[side].diagnosis.decoded.header}
                payload={comparison[side].diagnosis.decoded.payload}
              />
            )}
          </Stack>
        ))}
      </div>
      <PasswordInput
        label={t.secretLabel}
        description={t.secretDescription}
        onChange={(event) => {
          setSecret(event.currentTarget.value);
        }}
        autoComplete="off"
        spellCheck={false}
        visibilityToggleFocusable
        visibilityToggleButtonProps={{ 'aria-label': t.revealSecret }}
        className={classes.secret}
        classNames={{ innerInput: classes.mono }}
      />
      <ComparisonResult
        comparison={comparison}
        signedBy={signedBy(secret.trim() !== '', {
          first: verdicts.first.signature,
          second: verdicts.second.signature,
        })}
      />
      {SIDES.some((side) => comparison[side].diagnosis.decoded) && (
        <CopyReport
          tokens={SIDES.flatMap((side) => {
            const { decoded } = comparison[side].diagnosis;
            return decoded
              ? [{ heading: t.tokenLabel[side], decoded, findings: verdicts[side].findings }]
              : [];
          })}
          secret={secret}
        />
      )}
    </Stack>
  );
}
