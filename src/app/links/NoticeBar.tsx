import { ActionIcon, Button, Group, Paper, Text } from '@mantine/core';
import { useGeneratorForm } from '../../features/generate/useGeneratorForm.ts';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import type { LinkNotice } from './readLinks.ts';

/**
 * The notice above the tabs: what became of the link the page was opened with. When a setup
 * link meets a remembered setup, it asks which one the form should hold. Loaded, with its words,
 * only when there is a notice.
 */
export function NoticeBar({
  notice,
  notify,
}: {
  notice: LinkNotice;
  /** Replaces the notice; undefined hides it. */
  notify: (notice: LinkNotice | undefined) => void;
}) {
  const t = useLazyWords('notices');
  const form = useGeneratorForm();
  return (
    <Paper withBorder p="sm" mb="md">
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <div>
          <Text size="sm" role="status">
            {t[notice.kind]}
          </Text>
          {notice.kind === 'setupLinkConflict' && (
            <Group gap="xs" mt="xs">
              <Button
                size="xs"
                onClick={() => {
                  form.reset(notice.linked);
                  notify({ kind: 'setupFromLink' });
                }}
              >
                {t.useLinkedSetup}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  notify(undefined);
                }}
              >
                {t.keepRememberedSetup}
              </Button>
            </Group>
          )}
        </div>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t.dismiss}
          onClick={() => {
            notify(undefined);
          }}
        >
          <svg
            width="16"
            height="16"
            viewBox="0 0 24 24"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </ActionIcon>
      </Group>
    </Paper>
  );
}
