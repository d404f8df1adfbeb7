import { Container, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColorSchemeSelect } from '../features/preferences/ColorSchemeSelect.tsx';
import { LanguageSelect } from '../features/preferences/LanguageSelect.tsx';
import { TrustBadge } from '../features/trust/TrustBadge.tsx';
import { useMessages } from '../i18n/I18nProvider.tsx';
import { useLoadedPart } from '../i18n/laterPart.ts';
import classes from './AppLayout.module.css';
import { updateNotice } from './preloadOrder.ts';

export function AppLayout({ children }: { children: ReactNode }) {
  const messages = useMessages().app;
  const update = useLoadedPart(updateNotice);
  return (
    <>
      <header className={classes.header}>
        <Container size="xl" py="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Title order={1} className={classes.title}>
                {messages.name}
              </Title>
              <Text size="sm" c="dimmed">
                {messages.tagline}
              </Text>
            </Stack>
            <Group gap="sm" align="flex-end" role="group" aria-label={messages.preferences}>
              <TrustBadge label={messages.privacyBadge} />
              <LanguageSelect />
              <ColorSchemeSelect />
            </Group>
          </Group>
        </Container>
      </header>
      <Container size="xl" py="lg" component="main">
        {/* A polite live region that is in the page before the news, so it is announced. */}
        <div role="status">{update && <update.UpdateNotice />}</div>
        {children}
      </Container>
    </>
  );
}
