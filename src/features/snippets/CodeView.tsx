import '@mantine/core/styles/Alert.css';
import { Alert, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { useLazyWords, useMessages } from '../../i18n/I18nProvider.tsx';
import { fieldWords } from '../../i18n/fieldWords.ts';
import { isTokenField } from '../../token/fields.ts';
import { useGeneratorForm } from '../generate/useGeneratorForm.ts';
import { CodeBlock } from './CodeBlock/CodeBlock.tsx';
import { SHELL_LANGUAGE } from './CodeBlock/highlight.ts';
import { SNIPPETS } from './index.ts';
import { snippetInputFromForm } from './snippetInputFromForm.ts';

/** The Code tab: the program that makes the form's token, in seven languages, updated live. */
export function CodeView() {
  const messages = useMessages();
  // The generated programs' comments are in these words too, so they follow the page's language.
  const t = useLazyWords('code');
  const { control } = useGeneratorForm();
  const values = useWatch({ control });
  const result = useMemo(() => snippetInputFromForm(values), [values]);
  const fieldLabel = (path: string) =>
    isTokenField(path) ? fieldWords(messages, path).label : path;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.title}
        </Title>
        <Text size="sm">{t.intro}</Text>
      </Stack>
      {!result.ok && (
        <Alert color="orange" variant="light">
          {t.fixForm(result.fields.map(fieldLabel))}
        </Alert>
      )}
      <Tabs defaultValue={SNIPPETS[0]?.id} keepMounted={false}>
        <Tabs.List aria-label={t.languages}>
          {SNIPPETS.map((snippet) => (
            <Tabs.Tab key={snippet.id} value={snippet.id}>
              {snippet.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SNIPPETS.map((snippet) => {
          const code = result.ok ? snippet.code(result.input, t.comments) : '';
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
                {result.ok && (
                  <>
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
                  </>
                )}
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
