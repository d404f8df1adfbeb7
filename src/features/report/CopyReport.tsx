import { Group, Stack, Switch, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { CopyButton } from '../../components/CopyButton/CopyButton.tsx';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { reportWords } from '../../i18n/reportWords.ts';
import type { DecodedToken } from '../../token/decode.ts';
import type { Finding } from '../../token/diagnose/index.ts';
import { identifyLibrary } from '../../token/fingerprint/index.ts';
import { buildReport } from '../../token/report/index.ts';

/** A decoded token and what the inspector found in it. */
export interface ReportedToken {
  /** Above this token's part of the report ("First token"); none for one token alone. */
  heading?: string;
  decoded: DecodedToken;
  findings: readonly Finding[];
}

export interface CopyReportProps {
  /** One token (Inspect) or two (Compare). */
  tokens: readonly ReportedToken[];
  /** The API Key Secret typed beside the tokens, if any: removed should anything hold it. */
  secret: string;
}

/**
 * "Copy report": Markdown on the token(s) for a support ticket or a public issue, in the page's
 * language, with SIDs shortened unless switched off and the identity masked when asked. Made
 * at the moment of the click, so its times are the click's.
 */
export function CopyReport({ tokens, secret }: CopyReportProps) {
  const t = useLazyWords('inspect');
  const [shortenSids, setShortenSids] = useState(true);
  const [maskIdentity, setMaskIdentity] = useState(false);
  const hintId = useId();
  const words = reportWords(t);
  const report = () =>
    buildReport(
      tokens.map(({ heading, decoded, findings }) => ({
        ...(heading === undefined ? {} : { heading }),
        header: decoded.header,
        payload: decoded.payload,
        signature: decoded.segments.signature,
        findings,
        // Told at the click: which library made it does not change with the clock.
        identification: identifyLibrary(decoded),
      })),
      words,
      {
        shortenSids,
        maskIdentity,
        now: Math.floor(Date.now() / 1000),
        secrets: secret === '' ? [] : [secret, secret.trim()],
      },
    );
  return (
    <Stack gap={4}>
      <Group gap="md" align="center" wrap="wrap">
        <CopyButton
          value={report}
          label={t.report.copy}
          copiedLabel={t.report.copied}
          failedLabel={t.report.copyFailed}
          variant="default"
          describedBy={hintId}
        />
        <Switch
          label={t.report.shortenSids}
          checked={shortenSids}
          onChange={(event) => {
            setShortenSids(event.currentTarget.checked);
          }}
        />
        <Switch
          label={t.report.maskIdentity}
          checked={maskIdentity}
          onChange={(event) => {
            setMaskIdentity(event.currentTarget.checked);
          }}
        />
      </Group>
      <Text size="xs" c="dimmed" id={hintId}>
        {t.report.hint}
      </Text>
    </Stack>
  );
}
