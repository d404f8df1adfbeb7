import '@mantine/core/styles/Alert.css';
import { Alert, Anchor, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useWatch } from 'react-hook-form';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { useLazyWords, useMessages } from '../../i18n/I18nProvider.tsx';
import { fieldWords } from '../../i18n/fieldWords.ts';
import type { FormField } from '../../token/fields.ts';
import { useSignedRequest } from '../generate/signedRequest.ts';
import { useGeneratorForm } from '../generate/useGeneratorForm.ts';
import { useWorkbenchActions } from '../workbenchActions.ts';
import { CodeBlock } from './CodeBlock/CodeBlock.tsx';
import { SHELL_LANGUAGE } from './CodeBlock/highlight.ts';
import { initialCodeLanguage, isSnippetId, rememberCodeLanguage } from './codeLanguage.ts';
import { SNIPPETS } from './index.ts';
import { sameSnippetInput } from './snippetInput.ts';
import { snippetInputFromForm } from './snippetInputFromForm.ts';

/**
 * The Code tab: the program that makes the form's token, in seven languages, updated live. It
 * always shows a program: where the form is empty or has a problem, the program holds a
 * placeholder, and each such field is named above it as a link to the field. It keeps the
 * chosen language, and says when the form has moved on from the token on the Generate tab.
 */
export function CodeView() {
  const messages = useMessages();
  // The generated programs' comments are in these words too, so they follow the page's language.
  const t = useLazyWords('code');
  const form = useGeneratorForm();
  const values = useWatch({ control: form.control });
  const { input, fields } = useMemo(() => snippetInputFromForm(values), [values]);
  const signed = useSignedRequest();
  const stale = signed !== undefined && !sameSnippetInput(input, signed);
  const [language, setLanguage] = useState(initialCodeLanguage);
  const { showGenerate } = useWorkbenchActions();

  const goToField = (field: FormField) => {
    // The Generate panel must be on screen before its field can take the focus.
    flushSync(showGenerate);
    form.setFocus(field);
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.title}
        </Title>
        <Text size="sm">{t.intro}</Text>
      </Stack>
      {fields.length > 0 && (
        <Alert color="blue" variant="light" title={t.status.placeholdersTitle}>
          <Text size="sm">{t.status.placeholdersIntro}</Text>
          <List size="sm" mt={4} aria-label={t.status.fieldList}>
            {fields.map(({ path, focus, empty }) => {
              const label = fieldWords(messages, path).label;
              return (
                <List.Item key={path}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      goToField(focus);
                    }}
                  >
                    {empty ? t.status.emptyField(label) : t.status.invalidField(label)}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}
      <Text size="sm" role="status" c={stale ? 'orange.9' : undefined}>
        {stale ? t.status.stale : ''}
      </Text>
      <Tabs
        value={language}
        onChange={(value) => {
          if (!isSnippetId(value)) return;
          setLanguage(value);
          rememberCodeLanguage(value);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t.languages}>
          {SNIPPETS.map((snippet) => (
            <Tabs.Tab key={snippet.id} value={snippet.id}>
              {snippet.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SNIPPETS.map((snippet) => {
          const code = snippet.id === language ? snippet.code(input, t.comments) : '';
          return (
            <Tabs.Panel key={snippet.id} value={snippet.id} pt="md">
              <Stack gap="sm">
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600}>
                    {t.install}
                  </Text>
                  <CopyButton
                    value={snippet.install}
                    label={t.copyInstall(snippet.name)}
                    copiedLabel={t.copied}
                    failedLabel={t.copyFailed}
                    variant="default"
                  />
                </Group>
                <CodeBlock code={snippet.install} language={SHELL_LANGUAGE} />
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600}>
                    {t.file(snippet.filename)}
                  </Text>
                  <CopyButton
                    value={code}
                    label={t.copy(snippet.name)}
                    copiedLabel={t.copied}
                    failedLabel={t.copyFailed}
                  />
                </Group>
                <CodeBlock
                  code={code}
                  language={snippet.language}
                  label={`${snippet.name}: ${snippet.filename}`}
                />
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
