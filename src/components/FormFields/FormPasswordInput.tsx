import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormPasswordInputProps<T extends FieldValues, O extends FieldValues = T> = Omit<
  PasswordInputProps,
  'name' | 'value' | 'defaultValue' | 'error'
> & { control: Control<T, unknown, O>; name: FieldPath<T>; revealLabel: string };

/** A secret field with a keyboard-reachable reveal toggle. Never autofilled or spell-checked. */
export function FormPasswordInput<T extends FieldValues, O extends FieldValues = T>({
  control,
  name,
  revealLabel,
  ...props
}: FormPasswordInputProps<T, O>) {
  const { field, fieldState } = useController<T, FieldPath<T>, O>({ control, name });
  return (
    <PasswordInput
      {...props}
      {...field}
      value={field.value ?? ''}
      error={fieldState.error?.message}
      // Mantine marks the inner input only with data-invalid; screen readers need aria-invalid.
      aria-invalid={fieldState.invalid || undefined}
      autoComplete="off"
      spellCheck={false}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': revealLabel }}
    />
  );
}
