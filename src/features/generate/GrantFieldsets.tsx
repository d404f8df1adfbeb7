import '@mantine/core/styles/Checkbox.css';
import { Stack } from '@mantine/core';
import { FormSection } from '../../components/FormSection/FormSection.tsx';
import type { Control } from 'react-hook-form';
import { FormCheckbox } from '../../components/FormFields/FormCheckbox.tsx';
import { FormTextarea } from '../../components/FormFields/FormTextarea.tsx';
import { FormTextInput } from '../../components/FormFields/FormTextInput.tsx';
import { grantFieldsEn, type LazyGrantField } from '../../i18n/grantFieldsEn.ts';
import { grantFieldsJa } from '../../i18n/grantFieldsJa.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { useLocalized } from '../../i18n/useLocalized.ts';
import type { GrantName } from '../../token/grants/index.ts';
import type {
  GenerateFormInput,
  GenerateFormValues,
} from '../../token/validation/generateFormSchema.ts';
import classes from './GenerateForm.module.css';

type FormControl = Control<GenerateFormInput, unknown, GenerateFormValues>;

const BY_LOCALE = { 'en-US': grantFieldsEn, 'ja-JP': grantFieldsJa } as const;

/**
 * The fields of one switched-on grant, in a group named "<Name> grant". Loaded lazily (see
 * lazyParts.ts): only Video's room field is on the first screen, and GrantsSection draws it.
 */
export function GrantFieldset({
  grant,
  control,
}: {
  grant: Exclude<GrantName, 'video'>;
  control: FormControl;
}) {
  const t = useMessages().generate;
  const words = useLocalized(BY_LOCALE);
  const text = (name: LazyGrantField, sid = false) => (
    <FormTextInput
      key={name}
      control={control}
      name={name}
      label={t.labels[name]}
      description={words.descriptions[name]}
      placeholder={words.placeholders[name]}
      classNames={sid ? { input: classes.mono } : undefined}
    />
  );
  const fields: Record<Exclude<GrantName, 'video'>, React.ReactNode> = {
    voice: (
      <>
        {text('grants.voice.outgoingApplicationSid', true)}
        <FormTextarea
          control={control}
          name="grants.voice.outgoingApplicationParams"
          label={t.labels['grants.voice.outgoingApplicationParams']}
          description={words.descriptions['grants.voice.outgoingApplicationParams']}
          placeholder={words.placeholders['grants.voice.outgoingApplicationParams']}
          classNames={{ input: classes.mono }}
        />
        <FormCheckbox control={control} name="grants.voice.incomingAllow" label={t.allowIncoming} />
        {text('grants.voice.pushCredentialSid', true)}
        {text('grants.voice.endpointId')}
      </>
    ),
    chat: (
      <>
        {text('grants.chat.serviceSid', true)}
        {text('grants.chat.endpointId')}
        {text('grants.chat.deploymentRoleSid', true)}
        {text('grants.chat.pushCredentialSid', true)}
      </>
    ),
    sync: (
      <>
        {text('grants.sync.serviceSid', true)}
        {text('grants.sync.endpointId')}
      </>
    ),
    taskRouter: (
      <>
        {text('grants.taskRouter.workspaceSid', true)}
        {text('grants.taskRouter.workerSid', true)}
        {text('grants.taskRouter.role')}
      </>
    ),
    playback: (
      <FormTextarea
        control={control}
        name="grants.playback.grant"
        label={t.labels['grants.playback.grant']}
        description={words.descriptions['grants.playback.grant']}
        placeholder={words.placeholders['grants.playback.grant']}
        classNames={{ input: classes.mono }}
        minRows={4}
      />
    ),
  };
  return (
    <FormSection legend={t.grantGroup(t.grantNames[grant])} variant="filled">
      <Stack gap="sm">{fields[grant]}</Stack>
    </FormSection>
  );
}
