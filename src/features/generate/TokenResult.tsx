import '@mantine/core/styles/Code.css';
import { Button, Group, Title } from '@mantine/core';
import { memo, useCallback, useEffect, useRef } from 'react';
import { useWorkbenchActions } from '../../app/workbenchActions.ts';
import { afterNextPaint } from '../../components/afterPaint/afterPaint.ts';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { TokenView } from '../../components/TokenView/TokenView.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';

/**
 * The signed token and what to do with it: copy it, inspect it. A new token re-renders the token
 * text alone; the buttons read the current token when pressed. Each new token takes the focus,
 * so keyboard and screen-reader users land on it and long forms scroll to it.
 */
export const TokenResult = memo(function TokenResult({ jwt }: { jwt: string }) {
  const t = useMessages().result;
  const { inspect } = useWorkbenchActions();
  const tokenRef = useRef<HTMLDivElement>(null);
  const current = useRef(jwt);
  useEffect(() => {
    current.current = jwt;
    // Once the frame that shows the token is painted: focusing during the commit would force a
    // layout before it, and scroll before anyone sees the token.
    return afterNextPaint(() => tokenRef.current?.focus());
  }, [jwt]);
  const copyValue = useCallback(() => current.current, []);
  const inspectToken = useCallback(() => {
    inspect(current.current);
  }, [inspect]);
  return (
    <>
      <ResultActions copyValue={copyValue} onInspect={inspectToken} />
      <TokenView token={jwt} label={t.tokenLabel} ref={tokenRef} />
    </>
  );
});

const ResultActions = memo(function ResultActions({
  copyValue,
  onInspect,
}: {
  copyValue: () => string;
  onInspect: () => void;
}) {
  const t = useMessages().result;
  return (
    <Group justify="space-between" align="center">
      <Title order={2} size="h3">
        {t.title}
      </Title>
      <Group gap="xs">
        <Button variant="default" onClick={onInspect}>
          {t.inspect}
        </Button>
        <CopyButton
          value={copyValue}
          label={t.copy}
          copiedLabel={t.copied}
          failedLabel={t.copyFailed}
        />
      </Group>
    </Group>
  );
});
