import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { lazy, Suspense, useState } from 'react';
import { useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import { FormSwitch } from '../../components/FormFields/FormSwitch.tsx';
import { FormTextInput } from '../../components/FormFields/FormTextInput.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { GRANT_ORDER, type GrantName } from '../../token/grants/index.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import classes from './GenerateForm.module.css';
import { loadGrantFieldset } from './lazyParts.ts';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets.ts';

const GrantFieldset = lazy(() =>
  loadGrantFieldset().then((module) => ({ default: module.GrantFieldset })),
);

type Form = UseFormReturn<GenerateFormInput, unknown, GenerateFormValues>;

/** Presets, a switch per grant, and the fields of each grant that is on. */
export function GrantsSection({ form }: { form: Form }) {
  const t = useMessages().generate;
  const { control } = form;
  const grants = useWatch({ control, name: 'grants' });
  const [applied, setApplied] = useState<PresetName>();
  // Its own subscription: reading form.formState here would re-render the whole app.
  const noGrantError = useFormState({ control, name: 'grants' }).errors.grants?.message;

  const applyPreset = (name: PresetName) => {
    // Keep what the user already typed into each grant's fields; only the switches change.
    for (const grant of GRANT_ORDER) {
      const preset = PRESETS[name][grant];
      const current = form.getValues(`grants.${grant}`);
      form.setValue(
        `grants.${grant}`,
        preset.enabled
          ? { ...current, ...fillBlanks(current, preset) }
          : { ...current, enabled: false },
      );
    }
    form.clearErrors('grants');
    setApplied(name);
  };

  return (
    <FormSection legend={t.grantsTitle}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} id="presets-title">
            {t.presetsTitle}
          </Text>
          <Group gap="xs" mt={4} role="group" aria-labelledby="presets-title">
            {PRESET_NAMES.map((name) => (
              <Button
                key={name}
                size="compact-sm"
                variant={applied === name ? 'filled' : 'default'}
                onClick={() => {
                  applyPreset(name);
                }}
              >
                {t.presets[name]}
              </Button>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={4} aria-live="polite">
            {applied ? t.presetApplied(t.presets[applied]) : ''}
          </Text>
        </div>
        <Text size="sm" c="dimmed">
          {t.grantsIntro}
        </Text>
        <div className={classes.switches}>
          {GRANT_ORDER.map((grant) => (
            <FormSwitch
              key={grant}
              control={control}
              name={`grants.${grant}.enabled`}
              label={t.grantNames[grant]}
              hint={t.grantHints[grant]}
              onClick={() => {
                form.clearErrors('grants');
              }}
            />
          ))}
        </div>
        {noGrantError && (
          <Text size="sm" c="var(--mantine-color-error)" id="no-grant-error" role="alert">
            {noGrantError}
          </Text>
        )}
        {grants.video.enabled && (
          <FormSection legend={t.grantGroup(t.grantNames.video)} variant="filled">
            <FormTextInput
              control={control}
              name="grants.video.room"
              label={t.labels['grants.video.room']}
              description={t.descriptions['grants.video.room']}
              placeholder={t.placeholders['grants.video.room']}
            />
          </FormSection>
        )}
        <Suspense
          fallback={
            <Center>
              <Loader size="sm" aria-label={t.loading} />
            </Center>
          }
        >
          {GRANT_ORDER.filter(
            (grant): grant is Exclude<GrantName, 'video'> =>
              grant !== 'video' && grants[grant].enabled,
          ).map((grant) => (
            <GrantFieldset key={grant} grant={grant} control={control} />
          ))}
        </Suspense>
      </Stack>
    </FormSection>
  );
}

/** A preset's non-empty values fill only the fields the user left empty. */
function fillBlanks<T extends Record<string, unknown>>(current: T, preset: T): Partial<T> {
  const filled: Partial<T> = {};
  for (const [key, value] of Object.entries(preset) as [keyof T, T[keyof T]][]) {
    if (key === 'enabled' || current[key] === '' || current[key] === false) filled[key] = value;
  }
  return filled;
}
