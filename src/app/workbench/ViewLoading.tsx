import { Text } from '@mantine/core';
import { useMessages } from '../../i18n/I18nProvider.tsx';

/** What a view shows while its code or words arrive: only when they were not preloaded in time. */
export function ViewLoading() {
  return (
    <Text c="dimmed" role="status" ta="center" py="xl">
      {useMessages().app.loading}
    </Text>
  );
}
