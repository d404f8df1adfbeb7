import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormNativeSelectProps<T extends FieldValues, O extends FieldValues = T> = Omit<
  NativeSelectProps,
  'name' | 'value' | 'defaultValue' | 'error'
> & { control: Control<T, unknown, O>; name: FieldPath<T> };

/** The browser's own select, styled by Mantine: light, and fully keyboard-accessible. */
export function FormNativeSelect<T extends FieldValues, O extends FieldValues = T>({
  control,
  name,
  ...props
}: FormNativeSelectProps<T, O>) {
  const { field, fieldState } = useController<T, FieldPath<T>, O>({ control, name });
  return <NativeSelect {...props} {...field} error={fieldState.error?.message} />;
}
