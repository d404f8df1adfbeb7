import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormCheckboxProps<T extends FieldValues, O extends FieldValues = T> = Omit<
  CheckboxProps,
  'name' | 'checked' | 'defaultChecked' | 'value'
> & { control: Control<T, unknown, O>; name: FieldPath<T> };

/** A boolean form field shown as a checkbox. */
export function FormCheckbox<T extends FieldValues, O extends FieldValues = T>({
  control,
  name,
  ...props
}: FormCheckboxProps<T, O>) {
  const {
    field: { value, onChange, ...field },
  } = useController<T, FieldPath<T>, O>({ control, name });
  return (
    <Checkbox
      {...props}
      {...field}
      checked={Boolean(value)}
      onChange={(event) => {
        onChange(event.currentTarget.checked);
      }}
    />
  );
}
