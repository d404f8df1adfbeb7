import { Textarea, type TextareaProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormTextareaProps<T extends FieldValues, O extends FieldValues = T> = Omit<
  TextareaProps,
  'name' | 'value' | 'defaultValue' | 'error'
> & { control: Control<T, unknown, O>; name: FieldPath<T> };

/** Mantine's Textarea bound to a react-hook-form field; the schema's message becomes its error. */
export function FormTextarea<T extends FieldValues, O extends FieldValues = T>({
  control,
  name,
  ...props
}: FormTextareaProps<T, O>) {
  const { field, fieldState } = useController<T, FieldPath<T>, O>({ control, name });
  return (
    <Textarea
      {...props}
      {...field}
      value={field.value ?? ''}
      error={fieldState.error?.message}
      spellCheck={false}
      autoComplete="off"
      autosize
      minRows={2}
    />
  );
}
