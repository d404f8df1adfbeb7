import { Button, Group, Stack } from '@mantine/core';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { Field } from './fields/Field.tsx';
import classes from './GenerateForm.module.css';
import { useGeneratorForm } from './useGeneratorForm.ts';

const REGION_SUGGESTIONS = ['us1', 'ie1', 'au1'] as const;

/** Not before, region and algorithm: options most tokens do not need. */
export function OptionsSection() {
  const t = useMessages().generate;
  const form = useGeneratorForm();
  return (
    <FormSection legend={t.options}>
      <Stack gap="sm">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <div className={classes.grow}>
            <Field name="nbf" />
          </div>
          <Button
            variant="default"
            aria-label={t.setNbfToNow}
            onClick={() => {
              form.setValue('nbf', String(Math.floor(Date.now() / 1000)), {
                shouldValidate: true,
                shouldDirty: true,
              });
            }}
          >
            {t.now}
          </Button>
        </Group>
        <Field name="region" />
        <datalist id="region-suggestions">
          {REGION_SUGGESTIONS.map((code) => (
            <option key={code} value={code} label={t.regionNames[code]} />
          ))}
        </datalist>
        <Field name="algorithm" />
      </Stack>
    </FormSection>
  );
}
