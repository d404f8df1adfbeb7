import { Button, Group, Stack } from '@mantine/core';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { FormNativeSelect } from '../../components/FormFields/FormNativeSelect.tsx';
import { FormTextInput } from '../../components/FormFields/FormTextInput.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { DEFAULT_ALGORITHM, SIGNING_ALGORITHMS } from '../../token/claims.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import classes from './GenerateForm.module.css';

type Form = UseFormReturn<GenerateFormInput, unknown, GenerateFormValues>;

const REGION_SUGGESTIONS = ['us1', 'ie1', 'au1'] as const;

/** Not before, region and algorithm: options most tokens do not need. */
export function OptionsSection({ form }: { form: Form }) {
  const t = useMessages().generate;
  const { control } = form;
  const [algorithm, region, videoOn] = useWatch({
    control,
    name: ['algorithm', 'region', 'grants.video.enabled'],
  });
  const regionNeedsNote = videoOn && region.trim() !== '' && region.trim() !== 'us1';
  return (
    <FormSection legend={t.options}>
      <Stack gap="sm">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <FormTextInput
            control={control}
            name="nbf"
            label={t.labels.nbf}
            description={t.descriptions.nbf}
            placeholder={t.placeholders.nbf}
            inputMode="numeric"
            className={classes.grow}
          />
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
        <FormTextInput
          control={control}
          name="region"
          label={t.labels.region}
          description={
            regionNeedsNote ? (
              <span className={classes.warning}>{t.regionVideoNote}</span>
            ) : (
              t.descriptions.region
            )
          }
          placeholder={t.placeholders.region}
          list="region-suggestions"
          classNames={{ input: classes.mono }}
        />
        <datalist id="region-suggestions">
          {REGION_SUGGESTIONS.map((code) => (
            <option key={code} value={code} label={t.regionNames[code]} />
          ))}
        </datalist>
        <FormNativeSelect
          control={control}
          name="algorithm"
          label={t.labels.algorithm}
          description={
            algorithm === DEFAULT_ALGORITHM ? (
              t.descriptions.algorithm
            ) : (
              <span className={classes.warning} data-warning="algorithm">
                {t.algorithmWarning}
              </span>
            )
          }
          data={[...SIGNING_ALGORITHMS]}
        />
      </Stack>
    </FormSection>
  );
}
