import '@mantine/core/styles/List.css';
import { Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useLazyWords } from '../../../i18n/I18nProvider.tsx';
import { formFromToken, type LeftBehind } from '../../../token/formFromToken.ts';
import { useWorkbenchActions } from '../../workbenchActions.ts';

export interface EditInGenerateProps {
  header: Readonly<Record<string, unknown>>;
  payload: Readonly<Record<string, unknown>>;
}

/**
 * "Edit in Generate": fills the generator's form from a decoded token and shows it, the secret
 * left for the user to type. What the form cannot hold is listed first, by name, and the user
 * goes on only by choice: nothing is dropped in silence. Key it by the token, so a new token
 * starts with no list open.
 */
export function EditInGenerate({ header, payload }: EditInGenerateProps) {
  const t = useLazyWords('inspect').editInGenerate;
  const { edit } = useWorkbenchActions();
  const [leftBehind, setLeftBehind] = useState<readonly LeftBehind[]>();
  const titleId = useId();
  const introId = useId();

  if (leftBehind === undefined) {
    return (
      <Group>
        <Button
          variant="default"
          onClick={() => {
            const read = formFromToken(header, payload);
            if (read.leftBehind.length === 0) edit(read.values);
            else setLeftBehind(read.leftBehind);
          }}
        >
          {t.button}
        </Button>
      </Group>
    );
  }
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Text size="sm" fw={600} id={titleId}>
          {t.leftBehindTitle}
        </Text>
        <Text size="sm" id={introId}>
          {t.leftBehindIntro}
        </Text>
        <List size="sm" aria-labelledby={introId}>
          {leftBehind.map((item, index) => (
            <List.Item key={index}>{t.describe(item)}</List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Button
            // The list appears where the button was: the next step is where the focus is.
            autoFocus
            aria-describedby={introId}
            onClick={() => {
              edit(formFromToken(header, payload).values);
            }}
          >
            {t.anyway}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setLeftBehind(undefined);
            }}
          >
            {t.cancel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
