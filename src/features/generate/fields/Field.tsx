import { InputBase, NativeSelect, PasswordInput, Switch, Text, TextInput } from '@mantine/core';
import { memo, use, useId, type ReactNode } from 'react';
import { useController, useFormState, useWatch } from 'react-hook-form';
import type { FieldWords } from '../../../i18n/en.ts';
import { fieldWords } from '../../../i18n/fieldWords.ts';
import { useLoadedWords, useMessages } from '../../../i18n/I18nProvider.tsx';
import { loadWords } from '../../../i18n/lazyWords.ts';
import { isTokenField, type FormField } from '../../../token/fields.ts';
import { readProblem } from '../../../token/validation/problemMessage.ts';
import {
  FIELDS_WITH_WARNINGS,
  fieldWarning,
  type FieldWithWarnings,
  type InputWarning,
} from '../../../token/validation/warnings.ts';
import { useGeneratorForm } from '../useGeneratorForm.ts';
import classes from './Field.module.css';
import { FIELD_SPECS, type FieldSpec } from './fieldSpecs.ts';
import { useTimeReading } from './TimeReading.tsx';

const hasWarnings = (path: string): path is FieldWithWarnings =>
  Object.hasOwn(FIELDS_WITH_WARNINGS, path);

/**
 * One input of the generator form, found by its path: its kind (FIELD_SPECS), its label,
 * description and placeholder (the language's `fields`), its problem and its warning, worded at
 * render. It takes the form from context and re-renders only when its own value or error does.
 *
 * @example
 * ```tsx
 * <Field name="grants.voice.outgoingApplicationSid" />
 * ```
 */
export const Field = memo(function Field({ name }: { name: FormField }) {
  const spec: FieldSpec = FIELD_SPECS[name];
  switch (spec.kind) {
    case 'secret':
      return <SecretField name={name} />;
    case 'switch':
      return <SwitchField name={name} />;
    default:
      return <ValueField name={name} spec={spec} />;
  }
});

type ValueSpec = Extract<FieldSpec, { kind: 'text' | 'multiline' | 'select' }>;

/** Text, numbers, JSON and the algorithm: a value that can have a problem and a warning. */
function ValueField({ name, spec }: { name: FormField; spec: ValueSpec }) {
  const { control } = useGeneratorForm();
  const { field, fieldState } = useController({ control, name });
  const error = useProblemText(name, fieldState.error?.message);
  const description = useDescription(name, field.value);
  const words: FieldWords = fieldWords(useMessages(), name);
  const value = typeof field.value === 'string' ? field.value : String(field.value);
  const inputContainer = useTimeReading(name, value);
  const common = {
    ...field,
    value,
    label: words.label,
    description,
    error,
    placeholder: words.placeholder,
    // Visible labels say what is optional; an asterisk on the rest would only add noise.
    withAsterisk: false,
    spellCheck: false,
    autoComplete: 'off',
    inputContainer,
  };
  switch (spec.kind) {
    case 'select':
      return <NativeSelect {...common} data={[...spec.options]} />;
    case 'multiline':
      return (
        <InputBase
          {...common}
          component="textarea"
          multiline
          rows={spec.rows}
          classNames={{ input: classes.multiline }}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          required={REQUIRED.has(name)}
          inputMode={spec.numeric ? 'numeric' : undefined}
          list={spec.suggestions}
          classNames={spec.mono ? { input: classes.mono } : undefined}
        />
      );
  }
}

const REQUIRED = new Set<FormField>(['accountSid', 'apiKeySid', 'identity', 'ttl']);

/**
 * The API Key Secret, uncontrolled: react-hook-form reads it from the input, so React never
 * writes it into a `value` attribute, where a saved page or a page snapshot would carry it.
 */
function SecretField({ name }: { name: FormField }) {
  const { register, control, getFieldState } = useGeneratorForm();
  const messages = useMessages();
  const words: FieldWords = fieldWords(messages, name);
  const { error: fieldError } = getFieldState(name, useFormState({ control, name }));
  const error = useProblemText(name, fieldError?.message);
  const description = useDescription(name, useWatch({ control, name }));
  return (
    <PasswordInput
      {...register(name)}
      label={words.label}
      description={description}
      placeholder={words.placeholder}
      error={error}
      // Mantine marks its inner input only with data-invalid; screen readers need aria-invalid.
      aria-invalid={error === undefined ? undefined : true}
      required
      withAsterisk={false}
      autoComplete="off"
      spellCheck={false}
      classNames={{ innerInput: classes.mono }}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': messages.generate.revealSecret }}
    />
  );
}

/**
 * A grant's switch, or an option's ("Allow incoming calls"), named by its label alone: the hint
 * sits outside the label (Mantine's description would join the accessible name) and describes it.
 */
function SwitchField({ name }: { name: FormField }) {
  const { control, clearErrors, getFieldState } = useGeneratorForm();
  const {
    field: { value, onChange, ...field },
  } = useController({ control, name });
  const words: FieldWords = fieldWords(useMessages(), name);
  const hintId = useId();
  return (
    <div>
      <Switch
        {...field}
        label={words.label}
        checked={value === true}
        aria-describedby={words.description ? hintId : undefined}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
          // Switching a grant on or off answers "switch on at least one grant". Clearing tells
          // every field, so only when that error is on screen.
          if (name.endsWith('.enabled') && getFieldState('grants').error) clearErrors('grants');
        }}
      />
      {words.description && (
        <Text id={hintId} size="xs" c="dimmed" className={classes.hint}>
          {words.description}
        </Text>
      )}
    </div>
  );
}

/** The field's problem in the reader's language. */
function useProblemText(name: FormField, message: string | undefined): string | undefined {
  const { locale } = useMessages();
  if (message === undefined || !isTokenField(name)) return undefined;
  // Validation waits for these words before it reports anything, so this never suspends.
  const problems = use(loadWords('problems', locale));
  // Every problem the schema or the core reports carries data; anything else is a bug, worded
  // as a plain refusal rather than shown raw.
  return problems.describe(name, readProblem(message) ?? { code: 'invalidValue' });
}

/** The field's description, or its warning in its place while there is one. */
function useDescription(name: FormField, value: unknown): ReactNode {
  const words: FieldWords = fieldWords(useMessages(), name);
  const warning = useFieldWarning(name, value);
  // Warnings are worded by the second stage's words; until they load, the description stays.
  const warnings = useLoadedWords('warnings');
  if (!warning || !warnings) return words.description;
  return (
    <span className={classes.warning} data-warning={warning.code}>
      {warnings.describe(warning)}
    </span>
  );
}

function useFieldWarning(name: FormField, value: unknown): InputWarning | undefined {
  const { control } = useGeneratorForm();
  const rule = hasWarnings(name) ? FIELDS_WITH_WARNINGS[name] : undefined;
  const videoEnabled = useWatch({
    control,
    name: 'grants.video.enabled',
    disabled: rule?.needsVideo !== true,
  });
  return hasWarnings(name) ? fieldWarning(name, value, { videoEnabled }) : undefined;
}
