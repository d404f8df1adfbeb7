import { Stack, Text, Title } from '@mantine/core';
import { memo, useDeferredValue, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { durationParts } from '../../i18n/durationParts.ts';
import { readDuration } from '../../token/validation/duration.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { ACCESS_TOKEN_CONTENT_TYPE } from '../../token/claims.ts';
import { GRANTS } from '../../token/grants/index.ts';
import { VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from '../../token/validation/rules.ts';
import { GRANT_SWITCHES } from './stillNeeded.ts';
import classes from './TokenPreview.module.css';
import { useGeneratorForm } from './useGeneratorForm.ts';

const WATCHED = ['algorithm', 'region', 'apiKeySid', 'accountSid', 'identity', 'ttl'] as const;

/**
 * Before the first token: what the token will hold, read from the form as it fills (never the
 * secret). It renders from deferred values, so typing stays quick and the Generate click,
 * which changes no value, renders nothing here; once a token exists the result replaces it.
 */
export const TokenPreview = memo(function TokenPreview() {
  const messages = useMessages();
  const t = messages.firstVisit.preview;
  const parts = messages.token;
  const { control } = useGeneratorForm();
  const [algorithm, region, apiKeySid, accountSid, identity, ttl] = useDeferredValue(
    useWatch({ control, name: WATCHED }),
  );
  const switches = useDeferredValue(useWatch({ control, name: GRANT_SWITCHES }));
  const video = switches[GRANTS.findIndex((grant) => grant.name === 'video')] === true;
  const grantNames = GRANTS.filter((_, index) => switches[index] === true).map(
    (grant) => messages.grants[grant.name].name,
  );
  const text = (value: string | number | undefined) =>
    typeof value === 'number' ? String(value) : (value ?? '').trim();
  const typed = (value: string | number | undefined): ReactNode => {
    const shown = text(value);
    return shown === '' ? undefined : <span className={classes.mono}>{shown}</span>;
  };
  const ttlText = text(ttl);
  // Read as the form reads it ("4h", "90m" or seconds); only a whole positive number of seconds
  // makes a lifetime worth describing.
  const read = readDuration(ttlText)?.seconds;
  const seconds = read !== undefined && Number.isSafeInteger(read) && read > 0 ? read : undefined;
  const after =
    seconds === undefined ? undefined : t.expiresAfter(t.duration(durationParts(seconds)));
  // Twilio Video's default longest session is four hours, the form's default TTL with Video:
  // https://www.twilio.com/docs/video/configure-maximum-participant-duration
  const lifetime =
    after !== undefined && video && seconds === VIDEO_RECOMMENDED_MAX_TTL_SECONDS
      ? t.videoSession(after)
      : after;
  return (
    <Stack gap="xs" component="section" aria-labelledby="token-preview-title">
      <Title order={3} size="h4" id="token-preview-title">
        {t.title}
      </Title>
      <Text size="sm" c="dimmed">
        {t.intro}
      </Text>
      <Part>{t.header}</Part>
      <dl className={classes.list}>
        <Row name="alg" meaning={parts.header.alg.meaning} value={typed(algorithm)} />
        <Row name="typ" meaning={parts.header.typ.meaning} value={typed('JWT')} />
        <Row
          name="cty"
          meaning={parts.header.cty.meaning}
          value={typed(ACCESS_TOKEN_CONTENT_TYPE)}
        />
        {text(region) !== '' && (
          <Row name="twr" meaning={parts.header.twr.meaning} value={typed(region)} />
        )}
      </dl>
      <Part>{t.payload}</Part>
      <dl className={classes.list}>
        <Row name="iss" meaning={parts.claims.iss.meaning} value={typed(apiKeySid)} />
        <Row name="sub" meaning={parts.claims.sub.meaning} value={typed(accountSid)} />
        <Row
          name="grants.identity"
          meaning={parts.identity.meaning}
          value={identity === '' ? undefined : identity}
        />
        <Row
          name="grants"
          meaning={parts.claims.grants.meaning}
          value={grantNames.length > 0 ? t.grantList(grantNames) : undefined}
          empty={t.noGrant}
        />
        <Row name="exp" meaning={t.validFor} value={lifetime} empty={t.ttlUnread} />
      </dl>
      <Text size="xs" c="dimmed">
        {t.signedAt}
      </Text>
    </Stack>
  );
});

function Part({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" fw={600} mt="xs">
      {children}
    </Text>
  );
}

function Row({
  name,
  meaning,
  value,
  empty,
}: {
  name: string;
  meaning: string;
  value: ReactNode;
  empty?: string;
}) {
  const { notYet } = useMessages().firstVisit.preview;
  return (
    <>
      <dt>
        <span className={classes.key}>{name}</span>
        {meaning}
      </dt>
      <dd className={classes.value} data-empty={value === undefined || undefined}>
        {value ?? empty ?? notYet}
      </dd>
    </>
  );
}
