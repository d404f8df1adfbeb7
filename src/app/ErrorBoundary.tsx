import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/I18nProvider.tsx';
import classes from './ErrorBoundary.module.css';

interface State {
  error: Error | undefined;
}

/** Catches what nothing else did and says so, instead of leaving a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately not logged: the error could quote form values, and the secret is one of them.
  }

  override render() {
    return this.state.error ? <ErrorFallback error={this.state.error} /> : this.props.children;
  }
}

function ErrorFallback({ error }: { error: Error }) {
  const messages = useMessages().errors;
  return (
    <Paper withBorder role="alert" m="md" p="md" className={classes.alert}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {messages.boundaryTitle}
        </Title>
        <Text size="sm">{messages.boundaryBody}</Text>
        <pre className={classes.detail}>{`${error.name}: ${error.message}`}</pre>
        <Button
          variant="light"
          color="red"
          onClick={() => {
            window.location.reload();
          }}
          w="fit-content"
        >
          {messages.reload}
        </Button>
      </Stack>
    </Paper>
  );
}
