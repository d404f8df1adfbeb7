import { Group, Stack, Title } from '@mantine/core';
import { CopyTokenButton } from '../../components/CopyTokenButton/CopyTokenButton.tsx';
import { DecodedToken } from '../../components/DecodedToken/DecodedToken.tsx';
import { TokenView } from '../../components/TokenView/TokenView.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import type { SignedAccessToken } from '../../token/createAccessToken.ts';

/** The signed token, its copy button and its decoded explanation. Loaded lazily. */
export function TokenResult({ token }: { token: SignedAccessToken }) {
  const t = useMessages().result;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          {t.title}
        </Title>
        <CopyTokenButton
          value={token.jwt}
          label={t.copy}
          copiedLabel={t.copied}
          failedLabel={t.copyFailed}
        />
      </Group>
      <TokenView token={token.jwt} label={t.tokenLabel} />
      <DecodedToken header={token.header} payload={token.payload} />
    </Stack>
  );
}
