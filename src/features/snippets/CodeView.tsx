import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Code.css';
import { Alert, Code, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { CopyTokenButton } from '../../components/CopyTokenButton/CopyTokenButton.tsx';
import { codeEn } from '../../i18n/codeEn.ts';
import { codeJa } from '../../i18n/codeJa.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { describeProblemEn } from '../../i18n/problemsEn.ts';
import { describeProblemJa } from '../../i18n/problemsJa.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import type { TokenField } from '../../token/fields.ts';
import { generateFormSchema } from '../../token/validation/generateFormSchema.ts';
import { useGenerateFormContext } from '../generate/useGenerateForm.ts';
import classes from './CodeView.module.css';
import { SNIPPET_COMMENTS_EN, SNIPPET_COMMENTS_JA, SNIPPETS } from './index.ts';
import { snippetInputFromForm } from './snippetInputFromForm.ts';

const PROBLEMS_BY_LOCALE = { 'en-US': describeProblemEn, 'ja-JP': describeProblemJa } as const;
const BY_LOCALE = { 'en-US': codeEn, 'ja-JP': codeJa } as const;
const COMMENTS_BY_LOCALE = { 'en-US': SNIPPET_COMMENTS_EN, 'ja-JP': SNIPPET_COMMENTS_JA } as const;

/** The Code tab: the program that makes the form's token, in seven languages, updated live. */
export function CodeView() {
  const messages = useMessages();
  const t = useLocalized(BY_LOCALE);
  // The generated program's comments follow the page's language.
  const comments = useLocalized(COMMENTS_BY_LOCALE);
  const { control } = useGenerateFormContext();
  const values = useWatch({ control });
  const describe = useLocalized(PROBLEMS_BY_LOCALE);
  const schema = useMemo(() => generateFormSchema(describe), [describe]);
  const result = useMemo(() => snippetInputFromForm(values, schema), [values, schema]);
  const labels: Record<string, string> = messages.generate.labels;

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
          {t.fixForm(result.fields.map((field) => labels[field as TokenField] ?? field).join(', '))}
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
          const code = result.ok ? snippet.code(result.input, comments) : '';
          return (
            <Tabs.Panel key={snippet.id} value={snippet.id} pt="md">
              <Stack gap="sm">
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600}>
                    {t.install}
                  </Text>
                  <CopyTokenButton
                    value={snippet.install}
                    label={t.copyInstall(snippet.name)}
                    copiedLabel={t.copied}
                    failedLabel={t.copyFailed}
                    variant="default"
                  />
                </Group>
                <Code block className={classes.code}>
                  {snippet.install}
                </Code>
                {result.ok && (
                  <>
                    <Group justify="space-between" gap="xs">
                      <Text size="sm" fw={600}>
                        {t.file(snippet.filename)}
                      </Text>
                      <CopyTokenButton
                        value={code}
                        label={t.copy(snippet.name)}
                        copiedLabel={t.copied}
                        failedLabel={t.copyFailed}
                      />
                    </Group>
                    <Code
                      block
                      className={classes.code}
                      aria-label={`${snippet.name}: ${snippet.filename}`}
                      tabIndex={0}
                    >
                      {code}
                    </Code>
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
