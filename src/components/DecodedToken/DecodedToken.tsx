import { Code, Stack, Text, Title } from '@mantine/core';
import { Fragment, useId, memo, useMemo, type ReactNode } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { formatJson } from '../../token/json/formatJson.ts';
import { shortVideoLifetime } from '../../token/videoLifetime.ts';
import { ClaimsTable } from '../ClaimsTable/ClaimsTable.tsx';
import { ViewErrorBoundary } from '../ViewErrorBoundary/ViewErrorBoundary.tsx';
import classes from './DecodedToken.module.css';

export interface DecodedTokenProps {
  header: Readonly<Record<string, unknown>>;
  payload: Readonly<Record<string, unknown>>;
}

/**
 * The panel named "Decoded token": header and payload as JSON, and the claims explained. Guarded
 * on its own, so whatever a token holds, a failure here leaves the token and the form around it.
 */
// Memoized: it should render when its own props change, not on every keystroke above it.
export const DecodedToken = memo(function DecodedToken({ header, payload }: DecodedTokenProps) {
  const t = useLazyWords('decoded');
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={3} id={titleId} size="h4">
        {t.title}
      </Title>
      <ViewErrorBoundary title={t.failedTitle} body={t.failedBody} resetKeys={[header, payload]}>
        <DecodedParts header={header} payload={payload} />
      </ViewErrorBoundary>
    </Stack>
  );
});

function DecodedParts({ header, payload }: DecodedTokenProps) {
  const t = useLazyWords('decoded');
  // Bounded in depth and length, and never by recursion: a token can nest thousands of levels.
  const headerText = useMemo(() => formatJson(header), [header]);
  const payloadText = useMemo(() => formatJson(payload), [payload]);
  const shortVideo = shortVideoLifetime(payload);
  return (
    <>
      <div className={classes.parts}>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t.header}
          </Text>
          <Code block>{headerText}</Code>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t.payload}
          </Text>
          <Code block>{withKeySidBreaks(payloadText)}</Code>
        </div>
      </div>
      {shortVideo && (
        <Text size="sm" className={classes.note} role="note">
          {t.shortVideoToken(
            t.formatDuration(shortVideo.lifetimeSeconds),
            t.formatDuration(shortVideo.recommendedSeconds),
          )}
        </Text>
      )}
      <Text size="sm" fw={600}>
        {t.claims}
      </Text>
      <ClaimsTable header={header} payload={payload} />
    </>
  );
}

/** An API Key SID and its dash, as a jti starts: `"SK…-` before the issue time. */
const KEY_SID_PART = /("SK[0-9a-fA-F]{32}-)/;

/**
 * The JSON with a line-break opportunity (`<wbr>`, nothing copied) after each API Key SID that
 * starts a string, so a narrow screen wraps a jti between its SID and its number, never inside
 * either.
 */
function withKeySidBreaks(text: string): ReactNode {
  const pieces = text.split(KEY_SID_PART);
  if (pieces.length === 1) return text;
  return pieces.map((piece, index) =>
    // split() puts each captured SID part at an odd index.
    index % 2 === 1 ? (
      <Fragment key={index}>
        {piece}
        <wbr />
      </Fragment>
    ) : (
      piece
    ),
  );
}
