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
import { useFieldFindings } from './fieldFindings.ts';
import { FIELD_SPECS, REQUIRED_FIELDS, type FieldSpec } from './fieldSpecs.ts';
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
  const notice = useNotice(name, field.value);
  const words: FieldWords = fieldWords(useMessages(), name);
  const value = typeof field.value === 'string' ? field.value : String(field.value);
  const inputContainer = useTimeReading(name, value);
  const common = {
    ...field,
    value,
    label: words.label,
    description: words.description,
    error,
    // A warning sits where an error would, below the input, and is part of its description;
    // it does not mark the input as invalid.
    success: notice,
    withSuccessStyles: false,
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
          classNames={{ input: `${classes.multiline} ${classes.input}` }}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          required={REQUIRED.has(name)}
          inputMode={spec.numeric ? 'numeric' : undefined}
          list={spec.suggestions}
          classNames={{ input: spec.mono ? `${classes.mono} ${classes.input}` : classes.input }}
        />
      );
  }
}

const REQUIRED: ReadonlySet<FormField> = new Set(REQUIRED_FIELDS);

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
  const notice = useNotice(name, useWatch({ control, name }));
  return (
    <PasswordInput
      {...register(name)}
      label={words.label}
      description={words.description}
      placeholder={words.placeholder}
      error={error}
      success={notice}
      withSuccessStyles={false}
      // Mantine marks its inner input only with data-invalid; screen readers need aria-invalid.
      aria-invalid={error === undefined ? undefined : true}
      required
      withAsterisk={false}
      autoComplete="off"
      spellCheck={false}
      classNames={{ innerInput: `${classes.mono} ${classes.input}` }}
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
  // The products' warnings about a grant as a whole show at the top of its section.
  const noticeId = switchNoticeId(name);
  const hasNotice = useFieldFindings(name).length > 0;
  const describedBy = [words.description && hintId, hasNotice && noticeId]
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <Switch
        {...field}
        label={words.label}
        checked={value === true}
        aria-describedby={describedBy === '' ? undefined : describedBy}
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

const switchNoticeId = (name: FormField) => `${name}-notice`;

/**
 * The products' warnings about a grant as a whole (a Voice grant that can neither place nor
 * receive calls), drawn at the top of the grant's section, which has the room for them; its
 * switch is described by it.
 */
export function SwitchNotice({ name }: { name: FormField }) {
  const notice = useNotice(name, true);
  if (!notice) return null;
  return (
    <Text id={switchNoticeId(name)} size="xs" component="div">
      {notice}
    </Text>
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

/**
 * What is worth a word about the field's value without refusing it: its own warning and the
 * products' rules that the token would break, each at the field that makes it. Worded by the
 * second stage's words; until they load, nothing shows.
 */
function useNotice(name: FormField, value: unknown): ReactNode {
  const t = useMessages().firstVisit;
  const warning = useFieldWarning(name, value);
  const findings = useFieldFindings(name);
  const warnings = useLoadedWords('warnings');
  const problems = useLoadedWords('problems');
  const notices: ReactNode[] = [];
  if (warning && warnings) {
    notices.push(
      <span key={warning.code} className={classes.warning} data-warning={warning.code}>
        <strong>{t.warning}</strong> {warnings.describe(warning)}
      </span>,
    );
  }
  for (const finding of problems ? findings : []) {
    // A product rule's words do not depend on the field; a switch is not a token field.
    const text = problems?.describe(isTokenField(name) ? name : 'grants', {
      code: 'productRule',
      finding,
    });
    const code = finding.twilioError;
    notices.push(
      <span key={finding.code} className={classes.warning} data-warning={finding.code}>
        <strong>{t.warning}</strong> {text}
        {code !== undefined && !text?.includes(String(code)) && ` (${t.twilioError(code)})`}
      </span>,
    );
  }
  return notices.length > 0 ? notices : undefined;
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
