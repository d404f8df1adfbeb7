import fc from 'fast-check';
import { SIGNING_ALGORITHMS } from '../../src/token/claims.ts';
import type { GrantName, GrantOptions, GrantsForm } from '../../src/token/grants/index.ts';
import type { GenerateFormInput } from '../../src/token/validation/generateFormSchema.ts';
import { MAX_NUMERIC_DATE, MAX_TTL_SECONDS } from '../../src/token/validation/rules.ts';
import { grantOptions, validName } from '../support/arbitraries.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import type { OracleInput } from '../support/twilioOracle.ts';
import { hostileText, typedNumber } from './hostile.ts';

/**
 * A request someone means, then the generator form as they might fill it in for that request:
 * pasted whitespace around SIDs, numbers typed as "+0600.0", parameters one `name=value` a line,
 * the Playback grant pasted as indented JSON, and junk left in the sections they switched off.
 * The form is written from the request, never the other way round, so a test can ask the schema
 * to recover the request and compare with what twilio-node signs for it. Test code only.
 */

export interface FilledForm {
  /** What the person meant, as twilio-node takes it. */
  readonly request: OracleInput;
  readonly form: GenerateFormInput;
  /** Seconds since the epoch at which both tokens are signed. */
  readonly issuedAt: number;
}

/** Whitespace that String.prototype.trim removes, as a paste brings it along. */
const pad = fc.constantFrom('', ' ', '\t', '\n', '\u00a0');
const padded = (text: string) => fc.tuple(pad, pad).map(([before, after]) => before + text + after);

/** Text the form keeps as it is: not changed by trimming, on one line. */
const oneLine = (text: string) => text.trim() === text && !/[\r\n\u2028\u2029]/.test(text);

/** A switched-off section's fields: anything at all, which the schema must ignore. */
const junk = fc.oneof(fc.constant(''), hostileText);

function paramsText(params: Readonly<Record<string, string>> | undefined): fc.Arbitrary<string> {
  const lines = Object.entries(params ?? {}).map(([name, value]) => `${name}=${value}`);
  return fc.constantFrom('\n', '\r\n', '\n\n').map((newline) => lines.join(newline));
}

/**
 * Grant options the form can express: a room and a role without spaces around them (the form
 * trims what is pasted there), parameter lines that survive being typed (a name without `=`,
 * nothing a line break or trimming would change), and no empty parameter set, which the form
 * cannot tell from none.
 */
const typeableGrants = grantOptions
  .filter(
    ({ video, voice, taskRouter }) =>
      oneLine(video?.room ?? '') &&
      oneLine(taskRouter?.role ?? '') &&
      Object.entries(voice?.outgoingApplicationParams ?? {}).every(
        ([name, value]) => oneLine(name) && name !== '' && !name.includes('=') && oneLine(value),
      ),
  )
  .map((grants): GrantOptions => {
    const params = grants.voice?.outgoingApplicationParams;
    if (!grants.voice || !params || Object.keys(params).length > 0) return grants;
    return { ...grants, voice: { ...grants.voice, outgoingApplicationParams: undefined } };
  });

function grantsForm(grants: GrantOptions): fc.Arbitrary<GenerateFormInput['grants']> {
  const { video, voice, chat, sync, taskRouter, playback } = grants;
  const text = (value: string | undefined) =>
    value === undefined ? fc.constant('') : padded(value);
  const exact = (value: string | undefined) => fc.constant(value ?? '');
  // Typed by each grant's section of the form: a new option fails the typecheck here too.
  const section = <N extends GrantName>(
    on: boolean,
    fields: { [K in Exclude<keyof GrantsForm[N], 'enabled'>]: fc.Arbitrary<GrantsForm[N][K]> },
  ): fc.Arbitrary<GrantsForm[N]> =>
    (on
      ? fc.record({ enabled: fc.constant(true), ...fields })
      : fc.record({
          enabled: fc.constant(false),
          ...Object.fromEntries(
            Object.keys(fields).map((key) => [key, key === 'incomingAllow' ? fc.boolean() : junk]),
          ),
        })) as fc.Arbitrary<GrantsForm[N]>;
  const form = fc.record({
    video: section<'video'>(video !== undefined, { room: text(video?.room) }),
    voice: section<'voice'>(voice !== undefined, {
      outgoingApplicationSid: text(voice?.outgoingApplicationSid),
      outgoingApplicationParams: paramsText(voice?.outgoingApplicationParams),
      incomingAllow: fc.constant(voice?.incomingAllow === true),
      pushCredentialSid: text(voice?.pushCredentialSid),
      // Endpoint IDs are kept exactly, spaces and all.
      endpointId: exact(voice?.endpointId),
    }),
    chat: section<'chat'>(chat !== undefined, {
      serviceSid: text(chat?.serviceSid),
      endpointId: exact(chat?.endpointId),
      deploymentRoleSid: text(chat?.deploymentRoleSid),
      pushCredentialSid: text(chat?.pushCredentialSid),
    }),
    sync: section<'sync'>(sync !== undefined, {
      serviceSid: text(sync?.serviceSid),
      endpointId: exact(sync?.endpointId),
    }),
    taskRouter: section<'taskRouter'>(taskRouter !== undefined, {
      workspaceSid: text(taskRouter?.workspaceSid),
      workerSid: text(taskRouter?.workerSid),
      role: text(taskRouter?.role),
    }),
    playback: section<'playback'>(playback !== undefined, {
      grant:
        playback?.grant === undefined
          ? fc.constant('')
          : fc.constantFrom(0, 1, 2).map((indent) => JSON.stringify(playback.grant, null, indent)),
    }),
  });
  return form;
}

export const filledForm: fc.Arbitrary<FilledForm> = fc
  .record({
    identity: validName,
    ttl: fc.integer({ min: 1, max: MAX_TTL_SECONDS }),
    issuedAt: fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }),
    // Before the expiry, as the core demands; the form cannot know when the token is signed.
    nbfBeforeExpiry: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
    region: fc.option(fc.constantFrom('us1', 'ie1', 'au1'), { nil: undefined }),
    algorithm: fc.constantFrom(...SIGNING_ALGORITHMS),
    grants: typeableGrants,
  })
  .chain(({ nbfBeforeExpiry, issuedAt, ...meant }) => {
    const nbf =
      nbfBeforeExpiry === undefined
        ? undefined
        : Math.min(MAX_NUMERIC_DATE, Math.max(0, issuedAt + meant.ttl - nbfBeforeExpiry));
    const request: OracleInput = {
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      ...meant,
      nbf,
    };
    return fc
      .record({
        accountSid: padded(ACCOUNT_SID),
        apiKeySid: padded(API_KEY_SID),
        apiKeySecret: padded(API_KEY_SECRET),
        identity: fc.constant(meant.identity),
        ttl: typedNumber(meant.ttl),
        nbf: nbf === undefined ? fc.constant('') : typedNumber(nbf),
        region: meant.region === undefined ? fc.constantFrom('', ' ') : padded(meant.region),
        algorithm: fc.constant(meant.algorithm),
        grants: grantsForm(meant.grants),
      })
      .map((form): FilledForm => ({ request, form, issuedAt }));
  });
