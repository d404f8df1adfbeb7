import '@mantine/core/styles/Code.css';
// Spinners only show once someone has interacted (a submit, a lazy view); this chunk is
// preloaded on the first focus of the form, so their style arrives in time without costing
// the first load.
import '@mantine/core/styles/Loader.css';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, memo } from 'react';
import { CopyTokenButton } from '../../components/CopyTokenButton/CopyTokenButton.tsx';
import { DecodedToken } from '../../components/DecodedToken/DecodedToken.tsx';
import { TokenView } from '../../components/TokenView/TokenView.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import type { SignedAccessToken } from '../../token/createAccessToken.ts';

/**
 * The signed token, its copy button and its decoded explanation. Loaded lazily. Each new token
 * takes the focus, so keyboard and screen-reader users land on it, and long forms scroll to it.
 */
// Memoized: it should render when its own props change, not on every keystroke above it.
export const TokenResult = memo(function TokenResult({
  token,
  onInspect,
}: {
  token: SignedAccessToken;
  onInspect: (token: string) => void;
}) {
  const t = useMessages().result;
  const tokenRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tokenRef.current?.focus();
  }, [token]);
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
              onInspect(token.jwt);
            }}
          >
            {t.inspect}
          </Button>
          <CopyTokenButton
            value={token.jwt}
            label={t.copy}
            copiedLabel={t.copied}
            failedLabel={t.copyFailed}
          />
        </Group>
      </Group>
      <TokenView token={token.jwt} label={t.tokenLabel} ref={tokenRef} />
      <DecodedToken header={token.header} payload={token.payload} />
    </Stack>
  );
});
