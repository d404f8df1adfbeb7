import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Modal.css';
import { Modal, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { servedPolicy, type ServedPolicy } from './contentSecurityPolicy.ts';
import classes from './TrustPanel.module.css';

export interface TrustPanelProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * "How do I know?": what the page does with the secret, its Content-Security-Policy as the
 * browser received it (read from the page's meta tag each time the panel opens, never written a
 * second time), how to check it in the developer tools, and that it works offline. A modal
 * dialog: the focus moves in and stays there, Escape or Close ends it and the focus goes back
 * to the badge.
 */
export function TrustPanel({ opened, onClose }: TrustPanelProps) {
  const t = useLazyWords('trust');
  // Read from the page when the panel first opens: what the browser enforces.
  const [policy] = useState(() => servedPolicy(document));
  // Absent outside secure contexts, whatever the types say.
  const controlled = 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.close }}
      // The badge takes the focus back itself (see TrustBadge).
      returnFocus={false}
      classNames={{ title: classes.title }}
    >
      <Stack gap="md">
        <Part title={t.secretTitle}>
          <Text size="sm">{t.secretBody}</Text>
        </Part>
        <Part title={t.policyTitle}>
          {policy ? (
            <>
              <Text size="sm">{t.policyIntro}</Text>
              <PolicyText policy={policy} label={t.policyLabel} />
              <Text size="sm">{policy.connectNone ? t.connectNone : t.connectOpen}</Text>
            </>
          ) : (
            <Text size="sm">{t.noPolicy}</Text>
          )}
        </Part>
        <Part title={t.checkTitle}>
          <ol className={classes.steps}>
            {t.checkSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Part>
        <Part title={t.offlineTitle}>
          <Text size="sm">{t.offlineBody}</Text>
          <Text size="sm" c="dimmed">
            {controlled ? t.offlineActive : t.offlineInactive}
          </Text>
        </Part>
      </Stack>
    </Modal>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The policy's exact text, its connect-src directive marked where it stands. */
function PolicyText({ policy, label }: { policy: ServedPolicy; label: string }) {
  const connect = policy.directives.find((directive) => directive.name === 'connect-src');
  const at = connect ? policy.text.indexOf(connect.text) : -1;
  return (
    <figure aria-label={label} className={classes.figure}>
      <code className={classes.policy}>
        {at < 0 || !connect || !policy.connectNone ? (
          policy.text
        ) : (
          <>
            {policy.text.slice(0, at)}
            <mark className={classes.connect}>{connect.text}</mark>
            {policy.text.slice(at + connect.text.length)}
          </>
        )}
      </code>
    </figure>
  );
}
