import { useEffect } from 'react';
import { useGeneratorForm } from '../../features/generate/useGeneratorForm.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';

/**
 * Puts values read back from a token ("Edit in Generate") into the form, as a setup link does,
 * then focuses the API Key Secret, which a token never carries and the values leave empty.
 * Renders nothing; it sits inside the form's provider to reach the form. Its effect runs in the
 * commit that shows the Generate tab, so the field can take the focus.
 */
export function FormFiller({
  values,
  done,
}: {
  values: GenerateFormInput | undefined;
  done: () => void;
}) {
  const form = useGeneratorForm();
  useEffect(() => {
    if (!values) return;
    form.reset({ ...values, apiKeySecret: '' });
    // By its name in the page: the form forgets its inputs' refs on a reset until each renders
    // again, so it cannot focus one itself here.
    const [secret] = document.getElementsByName('apiKeySecret');
    secret?.focus();
    done();
  }, [form, values, done]);
  return null;
}
