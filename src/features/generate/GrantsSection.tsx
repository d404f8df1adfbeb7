import { Button, Group, Stack, Text } from '@mantine/core';
import { use, useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { loadWords } from '../../i18n/lazyWords.ts';
import type { FormField } from '../../token/fields.ts';
import { GRANTS, optionsOf, type GrantDescriptor } from '../../token/grants/index.ts';
import { PRESET_NAMES, PRESETS, type PresetName } from '../../token/presets.ts';
import type { InputProblem } from '../../token/problems.ts';
import { readProblem } from '../../token/validation/problemMessage.ts';
import { Field, SwitchNotice } from './fields/Field.tsx';
import classes from './GenerateForm.module.css';
import { useGeneratorForm } from './useGeneratorForm.ts';

const ENABLED = GRANTS.map((grant) => `grants.${grant.name}.enabled` as const);

/** A grant's option fields, in its descriptor's order. */
const fieldsOf = (grant: GrantDescriptor): FormField[] =>
  optionsOf(grant).map(([option]) => `grants.${grant.name}.${option}` as FormField);

/** Presets, a switch per grant, and the fields of each grant that is on. */
export function GrantsSection() {
  const t = useMessages();
  const form = useGeneratorForm();
  // Only the switches: typing into a grant's fields does not render this section.
  const enabled = useWatch({ control: form.control, name: ENABLED });
  const [applied, setApplied] = useState<PresetName>();
  const noGrant = readProblem(
    useFormState({ control: form.control, name: 'grants', exact: true }).errors.grants?.message,
  );

  const applyPreset = (name: PresetName) => {
    // Keep what the user already typed into each grant's fields; only the switches change.
    const preset = PRESETS[name];
    for (const { name: grant } of GRANTS) {
      const wanted = preset.grants[grant];
      const current = form.getValues(`grants.${grant}`);
      form.setValue(
        `grants.${grant}`,
        wanted.enabled
          ? { ...current, ...fillBlanks(current, wanted) }
          : { ...current, enabled: false },
      );
    }
    const { ttl } = preset;
    if (ttl !== undefined) form.setValue('ttl', ttl, { shouldValidate: true, shouldDirty: true });
    if (form.getFieldState('grants').error) form.clearErrors('grants');
    setApplied(name);
  };

  return (
    <FormSection legend={t.fields.grants.label}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} id="presets-title">
            {t.generate.presetsTitle}
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
                {t.generate.presets[name]}
              </Button>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={4} aria-live="polite">
            {applied ? t.generate.presetApplied(t.generate.presets[applied]) : ''}
          </Text>
        </div>
        <Text size="sm" c="dimmed">
          {t.generate.grantsIntro}
        </Text>
        <div className={classes.switches}>
          {ENABLED.map((path) => (
            <Field key={path} name={path} />
          ))}
        </div>
        {noGrant && <NoGrantError problem={noGrant} />}
        {GRANTS.map(
          (grant, index) =>
            enabled[index] && (
              <FormSection
                key={grant.name}
                legend={t.generate.grantGroup(t.grants[grant.name].name)}
                variant="filled"
              >
                <Stack gap="sm">
                  <SwitchNotice name={`grants.${grant.name}.enabled`} />
                  {fieldsOf(grant).map((path) => (
                    <Field key={path} name={path} />
                  ))}
                </Stack>
              </FormSection>
            ),
        )}
      </Stack>
    </FormSection>
  );
}

function NoGrantError({ problem }: { problem: InputProblem }) {
  // Validation waits for these words before it reports anything, so this never suspends.
  const problems = use(loadWords('problems', useMessages().locale));
  return (
    <Text size="sm" c="var(--mantine-color-error)" id="no-grant-error" role="alert">
      {problems.describe('grants', problem)}
    </Text>
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
