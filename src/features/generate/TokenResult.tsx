import '@mantine/core/styles/Code.css';
import { Button, Group, Stack, Title } from '@mantine/core';
import { memo, useEffect, useRef } from 'react';
import { useWorkbenchActions } from '../../app/workbenchActions.ts';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { TokenView } from '../../components/TokenView/TokenView.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';

/**
 * The signed token and what to do with it: copy it, inspect it. Each new token takes the focus,
 * so keyboard and screen-reader users land on it and long forms scroll to it.
 */
export const TokenResult = memo(function TokenResult({ jwt }: { jwt: string }) {
  const t = useMessages().result;
  const { inspect } = useWorkbenchActions();
  const tokenRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Once the frame that shows the token is painted: focusing during the commit would force
    // a layout before it, and scroll before anyone sees the token.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => tokenRef.current?.focus(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [jwt]);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          {t.title}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => {
              inspect(jwt);
            }}
          >
            {t.inspect}
          </Button>
          <CopyButton
            value={jwt}
            label={t.copy}
            copiedLabel={t.copied}
            failedLabel={t.copyFailed}
          />
        </Group>
      </Group>
      <TokenView token={jwt} label={t.tokenLabel} ref={tokenRef} />
    </Stack>
  );
});
