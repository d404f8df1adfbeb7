import { TextInput, type TextInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormTextInputProps<T extends FieldValues, O extends FieldValues = T> = Omit<
  TextInputProps,
  'name' | 'value' | 'defaultValue' | 'error'
> & { control: Control<T, unknown, O>; name: FieldPath<T> };

/** Mantine's TextInput bound to a react-hook-form field; the schema's message becomes its error. */
export function FormTextInput<T extends FieldValues, O extends FieldValues = T>({
  control,
  name,
  ...props
}: FormTextInputProps<T, O>) {
  const { field, fieldState } = useController<T, FieldPath<T>, O>({ control, name });
  return (
    <TextInput
      {...props}
      {...field}
      value={field.value ?? ''}
      error={fieldState.error?.message}
      spellCheck={false}
      autoComplete="off"
    />
  );
}
