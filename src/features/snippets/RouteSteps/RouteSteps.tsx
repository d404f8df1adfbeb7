import { Group, Stack, Text } from '@mantine/core';
import { CopyButton } from '../../../components/CopyButton/CopyButton.tsx';
import type { CodeWords } from '../../../i18n/en/code.ts';
import { CodeBlock } from '../CodeBlock/CodeBlock.tsx';
import { SHELL_LANGUAGE } from '../CodeBlock/highlight.ts';
import type { RouteComments } from '../comments.ts';
import { curlCommand, envBlock, type RouteProgram } from '../routes/index.ts';
import type { FormSids } from '../routes/tryIt.ts';
import type { SnippetInput } from '../snippetInput.ts';

export interface RouteStepsProps {
  readonly route: RouteProgram;
  readonly input: SnippetInput;
  /** The form's SIDs for the `.env` block; the secret is never passed here. */
  readonly sids: FormSids;
  readonly words: CodeWords;
}

/**
 * A server route and what it takes to try it, each part with its copy button: install, the
 * program, a `.env` with the form's SIDs and a placeholder for the secret, the command that runs
 * it, and a `curl` that asks it for the form's token.
 */
export function RouteSteps({ route, input, sids, words }: RouteStepsProps) {
  const t = words;
  const comments: RouteComments = { ...t.comments, ...t.routes.comments };
  const steps: readonly {
    title: string;
    code: string;
    language: string;
    copy: string;
    variant: 'filled' | 'default';
    label: string | undefined;
    note?: string;
  }[] = [
    {
      title: t.install,
      code: route.install,
      language: SHELL_LANGUAGE,
      copy: t.copyInstall(route.name),
      variant: 'default',
      label: undefined,
    },
    {
      title: t.file(route.filename),
      code: route.code(input, comments),
      language: route.language,
      copy: t.copy(route.name),
      variant: 'filled',
      label: `${route.name}: ${route.filename}`,
    },
    {
      title: t.routes.env,
      code: envBlock(sids, t.routes.secretPlaceholder),
      language: SHELL_LANGUAGE,
      copy: t.routes.copyEnv(route.name),
      variant: 'default',
      label: `${route.name}: .env`,
      note: t.routes.envNote,
    },
    {
      title: t.routes.run,
      code: route.run,
      language: SHELL_LANGUAGE,
      copy: t.routes.copyRun(route.name),
      variant: 'default',
      label: undefined,
    },
    {
      title: t.routes.tryIt,
      code: curlCommand(input, route.port),
      language: SHELL_LANGUAGE,
      copy: t.routes.copyCurl(route.name),
      variant: 'default',
      label: undefined,
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm">{t.routes.intro}</Text>
      {steps.map((step) => (
        <Stack key={step.copy} gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {step.title}
            </Text>
            <CopyButton
              value={step.code}
              label={step.copy}
              copiedLabel={t.copied}
              failedLabel={t.copyFailed}
              variant={step.variant}
            />
          </Group>
          {step.note && <Text size="xs">{step.note}</Text>}
          <CodeBlock code={step.code} language={step.language} label={step.label} />
        </Stack>
      ))}
    </Stack>
  );
}
