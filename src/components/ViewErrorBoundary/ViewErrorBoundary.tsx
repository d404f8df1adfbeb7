import '@mantine/core/styles/Alert.css';
import { Alert, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ViewErrorBoundaryProps {
  children: ReactNode;
  /** The message shown in place of the view, already in the user's language. */
  title: string;
  body: string;
  /** Shown under the message, e.g. a button that clears the input that broke the view. */
  action?: ReactNode;
  /** When any of these changes (say, the pasted token), the view is tried again. */
  resetKeys: readonly unknown[];
}

interface State {
  failed: boolean;
  resetKeys: readonly unknown[];
}

/**
 * Keeps a failure inside one view: the view is replaced by a short message in place, and the
 * rest of the page (the Generate form above all) keeps working. The app's own boundary stays for
 * what happens outside any view.
 *
 * @example
 * ```tsx
 * <ViewErrorBoundary title={t.failedTitle} body={t.failedBody} resetKeys={[token]}>
 *   <DecodedPanel token={token} />
 * </ViewErrorBoundary>
 * ```
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, State> {
  override state: State = { failed: false, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ViewErrorBoundaryProps,
    state: State,
  ): Partial<State> | null {
    const changed =
      props.resetKeys.length !== state.resetKeys.length ||
      props.resetKeys.some((key, index) => !Object.is(key, state.resetKeys[index]));
    return changed ? { failed: false, resetKeys: props.resetKeys } : null;
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately not logged: the error could quote the token or the secret.
  }

  override render() {
    const { children, title, body, action } = this.props;
    if (!this.state.failed) return children;
    return (
      <Alert color="red" variant="light" title={title}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{body}</Text>
          {action}
        </Stack>
      </Alert>
    );
  }
}
