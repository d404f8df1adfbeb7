import { TextInput, type TextInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormTextInputProps<T extends FieldValues> = Omit<
  TextInputProps,
  'name' | 'value' | 'defaultValue' | 'error'
> & { control: Control<T>; name: FieldPath<T> };

/** Mantine's TextInput bound to a react-hook-form field; the schema's message becomes its error. */
export function FormTextInput<T extends FieldValues>({
  control,
  name,
  ...props
}: FormTextInputProps<T>) {
  const { field, fieldState } = useController({ control, name });
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
