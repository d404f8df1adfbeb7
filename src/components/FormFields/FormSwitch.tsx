import { Switch, Text, type SwitchProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormSwitchProps<T extends FieldValues, O extends FieldValues = T> = Omit<
  SwitchProps,
  'name' | 'checked' | 'defaultChecked' | 'value' | 'description'
> & { control: Control<T, unknown, O>; name: FieldPath<T>; hint?: ReactNode };

/**
 * A boolean form field shown as a switch, named by its label alone. The hint sits outside the
 * label (Mantine's description would join the accessible name) and is linked as a description.
 */
export function FormSwitch<T extends FieldValues, O extends FieldValues = T>({
  control,
  name,
  hint,
  ...props
}: FormSwitchProps<T, O>) {
  const hintId = useId();
  const {
    field: { value, onChange, ...field },
  } = useController<T, FieldPath<T>, O>({ control, name });
  return (
    <div>
      <Switch
        {...props}
        {...field}
        checked={Boolean(value)}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
        aria-describedby={hint ? hintId : undefined}
      />
      {hint && (
        <Text id={hintId} size="xs" c="dimmed" ml={46} mt={2}>
          {hint}
        </Text>
      )}
    </div>
  );
}
