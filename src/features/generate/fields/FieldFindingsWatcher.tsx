import { useDeferredValue, useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useLoadedPart } from '../../../i18n/laterPart.ts';
import { secondStage } from '../loadSecondStage.ts';
import { useGeneratorForm } from '../useGeneratorForm.ts';
import type { FieldFindings } from './fieldFindings.ts';

/**
 * Checks the products' rules on what the form describes and hands the warnings to `findings`.
 * It draws nothing, reads deferred values, and runs once the second stage (the rules) is there.
 */
export function FieldFindingsWatcher({ findings }: { findings: FieldFindings }) {
  const { control } = useGeneratorForm();
  const identity = useDeferredValue(useWatch({ control, name: 'identity' }));
  const grants = useDeferredValue(useWatch({ control, name: 'grants' }));
  const stage = useLoadedPart(secondStage);
  useEffect(() => {
    if (stage) findings.set(stage.productWarnings(identity, grants));
  }, [stage, identity, grants, findings]);
  return null;
}
