import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_FORM } from '../../../test/snippets/configs.ts';
import {
  GENERATE_FORM_DEFAULTS,
  type GenerateFormInput,
} from '../../token/validation/generateFormSchema.ts';
import { SNIPPETS } from './index.ts';
import { sameSnippetInput } from './snippetInput.ts';
import {
  IDENTITY_PLACEHOLDER,
  optionPlaceholder,
  snippetInputFromForm,
} from './snippetInputFromForm.ts';

const DEFAULTS = GENERATE_FORM_DEFAULTS;
const withGrants = (grants: Partial<GenerateFormInput['grants']>): GenerateFormInput => ({
  ...DEFAULTS,
  identity: 'alice',
  grants: { ...DEFAULTS.grants, ...grants },
});

describe('snippetInputFromForm', () => {
  it('gives the form’s own input and no field when the form is complete', () => {
    const reading = snippetInputFromForm({ ...DEFAULTS, identity: 'alice', nbf: '1767225600' });
    expect(reading.fields).toEqual([]);
    expect(reading.input).toEqual({
      identity: 'alice',
      ttl: Number(DEFAULTS.ttl),
      nbf: 1_767_225_600,
      region: undefined,
      algorithm: 'HS256',
      grants: { video: {} },
    });
  });

  it('shows a first visit as a program for YOUR_IDENTITY, naming the empty Identity', () => {
    const { input, fields } = snippetInputFromForm(DEFAULTS);
    expect(fields).toEqual([{ path: 'identity', focus: 'identity', empty: true }]);
    expect(input.identity).toBe(IDENTITY_PLACEHOLDER);
    for (const snippet of SNIPPETS) expect(snippet.code(input)).toContain('YOUR_IDENTITY');
  });

  it('puts a named placeholder where a grant’s SID or name has a problem', () => {
    const { input, fields } = snippetInputFromForm(PLACEHOLDER_FORM);
    expect(fields).toEqual([
      { path: 'identity', focus: 'identity', empty: true },
      { path: 'grants.video.room', focus: 'grants.video.room', empty: false },
      {
        path: 'grants.voice.outgoingApplicationSid',
        focus: 'grants.voice.outgoingApplicationSid',
        empty: false,
      },
      { path: 'grants.sync.serviceSid', focus: 'grants.sync.serviceSid', empty: false },
    ]);
    expect(input.grants).toEqual({
      video: { room: 'YOUR_ROOM' },
      voice: {
        outgoingApplicationSid: 'YOUR_OUTGOING_APPLICATION_SID',
        // The parameters were fine: they stay, sent with the placeholder SID.
        outgoingApplicationParams: { To: 'client:bob' },
      },
      sync: { serviceSid: 'YOUR_SERVICE_SID' },
    });
  });

  it('falls back to the form’s defaults for a TTL or a Not before it cannot read', () => {
    const { input, fields } = snippetInputFromForm({
      ...DEFAULTS,
      identity: 'a',
      // "4h" is a TTL the form reads; "four hours" is not.
      ttl: 'four hours',
      nbf: 'soon',
    });
    expect(fields.map(({ path, empty }) => [path, empty])).toEqual([
      ['ttl', false],
      ['nbf', false],
    ]);
    expect(input.ttl).toBe(Number(DEFAULTS.ttl));
    expect(input.nbf).toBeUndefined();
  });

  it('adds no grant when none is on, and points at the first grant’s switch', () => {
    const { input, fields } = snippetInputFromForm(
      withGrants({ video: { ...DEFAULTS.grants.video, enabled: false } }),
    );
    expect(input.grants).toEqual({});
    expect(fields).toEqual([{ path: 'grants', focus: 'grants.video.enabled', empty: true }]);
  });

  it('drops what cannot stand in: parameters without their SID, JSON that is not an object', () => {
    const { input, fields } = snippetInputFromForm(
      withGrants({
        voice: { ...DEFAULTS.grants.voice, enabled: true, outgoingApplicationParams: 'To=bob' },
        playback: { enabled: true, grant: '[1, 2]' },
      }),
    );
    expect(fields.map(({ path }) => path)).toEqual([
      'grants.voice.outgoingApplicationParams',
      'grants.playback.grant',
    ]);
    expect(input.grants).toEqual({ video: {}, voice: {}, playback: {} });
  });

  it('never throws on values that are not the form’s shape', () => {
    for (const values of [{}, { grants: 'x' }, { grants: { video: 7 } }, { ttl: {} }]) {
      const { input, fields } = snippetInputFromForm(values);
      expect(input.identity).toBe(IDENTITY_PLACEHOLDER);
      expect(fields.length).toBeGreaterThan(0);
    }
  });

  it('names placeholders after the option, as the programs name variables', () => {
    expect(optionPlaceholder('pushCredentialSid')).toBe('YOUR_PUSH_CREDENTIAL_SID');
  });
});

describe('sameSnippetInput', () => {
  const input = snippetInputFromForm({ ...DEFAULTS, identity: 'alice' }).input;

  it('ignores the credentials, which the programs read from the environment', () => {
    const request = { ...input, accountSid: 'AC…', apiKeySid: 'SK…', apiKeySecret: 's' };
    expect(sameSnippetInput(input, request)).toBe(true);
  });

  it('tells a changed identity, TTL or option apart', () => {
    expect(sameSnippetInput(input, { ...input, identity: 'bob' })).toBe(false);
    expect(sameSnippetInput(input, { ...input, ttl: 60 })).toBe(false);
    expect(sameSnippetInput(input, { ...input, grants: { video: { room: 'r' } } })).toBe(false);
  });
});
