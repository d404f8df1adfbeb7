import '@mantine/core/styles/Code.css';
import { Button, Group, Title } from '@mantine/core';
import { memo, useCallback, useEffect, useRef } from 'react';
import { useWorkbenchActions } from '../workbenchActions.ts';
import { afterNextPaint } from '../../lib/afterPaint.ts';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { TokenView } from '../../components/TokenView/TokenView.tsx';
import { useMessages } from '../../i18n/I18nProvider.tsx';

/**
 * The signed token and what to do with it: copy it, inspect it, compare it with another. A new
 * token re-renders the token text alone; the buttons read the current token when pressed. Each
 * new token takes the focus, so keyboard and screen-reader users land on it and long forms
 * scroll to it.
 */
export const TokenResult = memo(function TokenResult({ jwt }: { jwt: string }) {
  const t = useMessages().result;
  const { inspect, compare } = useWorkbenchActions();
  const tokenRef = useRef<HTMLDivElement>(null);
  const current = useRef(jwt);
  // The token that last took the focus. The Generate tab keeps its panel in a React Activity,
  // which runs this effect again each time the tab is shown: only a new token takes the focus,
  // not one shown again (the tab, or "Edit in Generate", decides where the focus goes then).
  const focused = useRef<string>(undefined);
  useEffect(() => {
    current.current = jwt;
    if (focused.current === jwt) return;
    // Once the frame that shows the token is painted: focusing during the commit would force a
    // layout before it, and scroll before anyone sees the token.
    return afterNextPaint(() => {
      focused.current = jwt;
      tokenRef.current?.focus();
    });
  }, [jwt]);
  const copyValue = useCallback(() => current.current, []);
  const inspectToken = useCallback(() => {
    inspect(current.current);
  }, [inspect]);
  const compareToken = useCallback(() => {
    compare(current.current);
  }, [compare]);
  return (
    <>
      <ResultActions copyValue={copyValue} onInspect={inspectToken} onCompare={compareToken} />
      <TokenView token={jwt} label={t.tokenLabel} ref={tokenRef} />
    </>
  );
});

const ResultActions = memo(function ResultActions({
  copyValue,
  onInspect,
  onCompare,
}: {
  copyValue: () => string;
  onInspect: () => void;
  onCompare: () => void;
}) {
  const t = useMessages().result;
  return (
    <Group justify="space-between" align="center">
      <Title order={2} size="h3">
        {t.title}
      </Title>
      {/* Copy first: on a phone the buttons wrap, and copying is what most come for. */}
      <Group gap="xs">
        <CopyButton
          value={copyValue}
          label={t.copy}
          copiedLabel={t.copied}
          failedLabel={t.copyFailed}
        />
        <Button variant="default" onClick={onInspect}>
          {t.inspect}
        </Button>
        <Button variant="default" onClick={onCompare}>
          {t.compare}
        </Button>
      </Group>
    </Group>
  );
});
