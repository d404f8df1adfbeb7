import { Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';
import classes from './StaleTokenNotice.module.css';
import { useGeneratorForm } from './useGeneratorForm.ts';
import { requestFromForm } from './readForm.ts';

/**
 * Says so when the form no longer describes the token on screen: after any edit that would
 * change the token (a field that is switched off, or spaces a field trims, change nothing). The
 * token stays usable; the next Generate makes it current again. Renders only when that answer
 * flips, not on every keystroke.
 */
export function StaleTokenNotice({ request }: { request: AccessTokenRequest }) {
  const t = useMessages().result;
  const { control } = useGeneratorForm();
  const made = JSON.stringify(request);
  const stale = useWatch({
    control,
    compute: (values) => JSON.stringify(requestFromForm(values) ?? null) !== made,
  });
  return (
    <Text size="sm" role="status" className={stale ? classes.stale : undefined}>
      {stale ? t.stale : ''}
    </Text>
  );
}
