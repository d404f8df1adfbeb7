import { Button, Group, Switch, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useWorkbenchActions } from '../workbenchActions.ts';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import { useGeneratorForm } from '../generate/useGeneratorForm.ts';
import { forgetSetup, loadRememberedSetup, rememberSetup } from './rememberedSetup.ts';
import { setupLink } from './setupLink.ts';

/**
 * Keeping and sharing the form's setup: an opt-in "Remember in this browser", a Clear that
 * forgets everything, and a share link. None of them ever touches the API Key Secret.
 */
export function SetupControls() {
  const t = useLazyWords('setup');
  const form = useGeneratorForm();
  const { dismissNotice } = useWorkbenchActions();
  const [remember, setRemember] = useState(() => loadRememberedSetup() !== undefined);
  const [cleared, setCleared] = useState(false);
  const rememberHintId = useId();
  const shareHintId = useId();
  const clearHintId = useId();

  // While "remember" is on, every change is kept; the secret is dropped by rememberSetup.
  useEffect(() => {
    if (!remember) return;
    rememberSetup(form.getValues());
    const subscription = form.watch(() => {
      rememberSetup(form.getValues());
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [remember, form]);

  return (
    <FormSection legend={t.title} variant="unstyled">
      <Group gap="sm" align="center" wrap="wrap">
        <Switch
          label={t.remember}
          checked={remember}
          aria-describedby={rememberHintId}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            if (!on) forgetSetup();
            setRemember(on);
            setCleared(false);
            dismissNotice();
          }}
        />
        <Group gap="xs" ml="auto">
          <Button
            variant="default"
            aria-describedby={clearHintId}
            onClick={() => {
              forgetSetup();
              setRemember(false);
              form.reset(GENERATE_FORM_DEFAULTS);
              setCleared(true);
              dismissNotice();
            }}
          >
            {t.clear}
          </Button>
          <CopyButton
            variant="default"
            value={() => setupLink(form.getValues(), window.location.href)}
            label={t.copyShareLink}
            copiedLabel={t.copied}
            failedLabel={t.copyFailed}
            describedBy={shareHintId}
          />
        </Group>
      </Group>
      {/* In the order of the controls above: Remember, Clear, Copy share link. */}
      <Text size="xs" c="dimmed" mt={4} id={rememberHintId}>
        {t.rememberHint}
      </Text>
      <Text size="xs" c="dimmed" id={clearHintId}>
        {t.clearHint}
      </Text>
      <Text size="xs" c="dimmed" id={shareHintId}>
        {t.shareLinkHint}
      </Text>
      <Text size="sm" role="status" mt={cleared ? 'xs' : 0}>
        {cleared ? t.cleared : ''}
      </Text>
    </FormSection>
  );
}
