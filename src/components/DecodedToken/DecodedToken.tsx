import { Code, Stack, Text, Title } from '@mantine/core';
import { useId, memo } from 'react';
import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { ClaimsTable } from '../ClaimsTable/ClaimsTable.tsx';
import classes from './DecodedToken.module.css';

export interface DecodedTokenProps {
  header: Readonly<Record<string, unknown>>;
  payload: Readonly<Record<string, unknown>>;
}

/** The panel named "Decoded token": header and payload as JSON, and the claims explained. */
// Memoized: it should render when its own props change, not on every keystroke above it.
export const DecodedToken = memo(function DecodedToken({ header, payload }: DecodedTokenProps) {
  const t = useLazyWords('decoded');
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={3} id={titleId} size="h4">
        {t.title}
      </Title>
      <div className={classes.parts}>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t.header}
          </Text>
          <Code block>{JSON.stringify(header, null, 2)}</Code>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t.payload}
          </Text>
          <Code block>{JSON.stringify(payload, null, 2)}</Code>
        </div>
      </div>
      <Text size="sm" fw={600}>
        {t.claims}
      </Text>
      <ClaimsTable header={header} payload={payload} />
    </Stack>
  );
});
