import { describe, expect, it } from 'vitest';
import { problems } from '../../i18n/en/problems.ts';
import type { TokenField } from '../fields.ts';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  API_KEY_SID,
  ROOM_SID,
} from '../../../test/support/fixtures.ts';
import {
  generateFormSchema,
  GENERATE_FORM_DEFAULTS,
  type GenerateFormInput,
} from './generateFormSchema.ts';
import { readProblem } from './problemMessage.ts';

const schema = generateFormSchema;

const valid: GenerateFormInput = {
  ...GENERATE_FORM_DEFAULTS,
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: 'alice',
};

/**
 * What the form says at `field` when `overrides` are applied: each problem the schema reports
 * there, as data, worded in English as the form words it.
 */
function messageFor(overrides: Partial<GenerateFormInput>, field: TokenField): string[] {
  const result = schema.safeParse({ ...valid, ...overrides });
  expect(result.success).toBe(false);
  return (result.error?.issues ?? [])
    .filter((issue) => issue.path.join('.') === field)
    .map((issue) => {
      const problem = readProblem(issue.message);
      expect(problem, `a problem as data at ${field}`).toBeDefined();
      return problem ? problems.describe(field, problem) : issue.message;
    });
}

/** The valid form with the Video grant's room set. */
const withRoom = (room: string): GenerateFormInput => ({
  ...valid,
  grants: { ...valid.grants, video: { enabled: true, room } },
});

describe('generate form schema', () => {
  it('reads the TTL as seconds or as a duration, to the same number', () => {
    const ttlOf = (ttl: string) => schema.parse({ ...valid, ttl }).ttl;
    expect(ttlOf('14400')).toBe(14_400);
    expect(ttlOf('4h')).toBe(14_400);
    expect(ttlOf(' 90m ')).toBe(5400);
    expect(ttlOf('1h30m')).toBe(5400);
    // The same values whichever way the TTL is written, so the same token.
    expect(schema.parse({ ...valid, ttl: '1h' })).toEqual(schema.parse({ ...valid, ttl: '3600' }));
    expect(messageFor({ ttl: '4 hrs' }, 'ttl')).toEqual([
      'Use a whole number of seconds, or hours and minutes such as 4h, 90m or 1h30m.',
    ]);
    expect(messageFor({ ttl: '25h' }, 'ttl')[0]).toContain('Use 1 to 86,400 seconds');
  });

  it('reads Not before as Unix seconds, an ISO 8601 date-time or a time from now', () => {
    const nbfOf = (nbf: string) => schema.parse({ ...valid, nbf }).nbf;
    expect(nbfOf('')).toBeUndefined();
    expect(nbfOf('1796231400')).toBe(1_796_231_400);
    expect(nbfOf('2026-12-02T17:10:00Z')).toBe(1_796_231_400);
    expect(nbfOf('2026-12-03T02:10:00+09:00')).toBe(1_796_231_400);
    const before = Math.floor(Date.now() / 1000);
    const later = nbfOf('+10m') ?? 0;
    expect(later - 600).toBeGreaterThanOrEqual(before);
    expect(later - 600).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(messageFor({ nbf: '2026-12-02T17:10:00' }, 'nbf')).toEqual([
      'Use Unix seconds, a date-time with its offset (2026-12-02T17:10:00Z) or a time from now (+10m).',
    ]);
  });

  it('accepts a complete form and parses the TTL to a number', () => {
    expect(schema.parse(valid)).toEqual({
      ...valid,
      // With Video on by default, the TTL Twilio's Video docs recommend: the longest session.
      ttl: 14_400,
      nbf: undefined,
      region: undefined,
      grants: { video: {} },
    });
  });

  it('trims pasted whitespace around SIDs, secret and room, but not around the identity', () => {
    const parsed = schema.parse({
      ...valid,
      accountSid: ` ${ACCOUNT_SID}\n`,
      apiKeySid: `\t${API_KEY_SID}`,
      apiKeySecret: `${API_KEY_SECRET} `,
      grants: withRoom(` ${ROOM_SID} `).grants,
      identity: ' alice ',
      ttl: ' 60 ',
    });
    expect(parsed).toMatchObject({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      grants: { video: { room: ROOM_SID } },
      identity: ' alice ',
      ttl: 60,
    });
  });

  describe('Account SID', () => {
    it('is required', () => {
      expect(messageFor({ accountSid: '  ' }, 'accountSid')).toEqual(['Account SID is required.']);
    });
    it('names the kind of SID pasted by mistake', () => {
      expect(messageFor({ accountSid: API_KEY_SID }, 'accountSid')).toEqual([
        'This is an API Key SID (SK…); an Account SID starts with AC.',
      ]);
    });
    it('explains the format of a malformed SID', () => {
      expect(messageFor({ accountSid: 'AC123' }, 'accountSid')).toEqual([
        'An Account SID is AC followed by 32 lowercase hex characters (0-9, a-f).',
      ]);
      expect(messageFor({ accountSid: ACCOUNT_SID.toUpperCase() }, 'accountSid')).toHaveLength(1);
    });
  });

  describe('API Key SID', () => {
    it('names an Account SID pasted into it', () => {
      expect(messageFor({ apiKeySid: ACCOUNT_SID }, 'apiKeySid')).toEqual([
        'This is an Account SID (AC…); an API Key SID starts with SK.',
      ]);
    });
    it('names a damaged SID of another known kind by its prefix', () => {
      expect(messageFor({ apiKeySid: `AC${'z'.repeat(32)}` }, 'apiKeySid')).toEqual([
        'This is an Account SID (AC…); an API Key SID starts with SK.',
      ]);
    });
    it('rejects a SID of the right kind with the wrong length', () => {
      expect(messageFor({ apiKeySid: `${API_KEY_SID}0` }, 'apiKeySid')).toEqual([
        'An API Key SID is SK followed by 32 lowercase hex characters (0-9, a-f).',
      ]);
    });
  });

  it('requires the API Key Secret', () => {
    expect(messageFor({ apiKeySecret: '' }, 'apiKeySecret')).toEqual([
      'API Key Secret is required.',
    ]);
  });

  describe('Identity', () => {
    it('is required', () => {
      expect(messageFor({ identity: '' }, 'identity')).toEqual(['Identity is required.']);
    });
    it('allows 128 characters with Video on, counting an emoji once, as Video’s rule', () => {
      expect(schema.safeParse({ ...valid, identity: '🦊'.repeat(128) }).success).toBe(true);
      expect(messageFor({ identity: '🦊'.repeat(129) }, 'identity')).toEqual([
        'Video takes identities of at most 128 characters, and this one has 129. Use a shorter identity, such as the user’s ID.',
      ]);
    });

    it('allows 256 characters for a product without a limit of its own', () => {
      const taskRouterOnly = {
        ...valid,
        grants: {
          ...valid.grants,
          video: { ...valid.grants.video, enabled: false },
          taskRouter: { ...valid.grants.taskRouter, enabled: true },
        },
      };
      expect(schema.safeParse({ ...taskRouterOnly, identity: 'a'.repeat(256) }).success).toBe(true);
      expect(messageFor({ ...taskRouterOnly, identity: 'a'.repeat(257) }, 'identity')).toEqual([
        'At most 256 characters; this has 257.',
      ]);
    });
    it('refuses control characters and says where', () => {
      expect(messageFor({ identity: 'ali\tce' }, 'identity')).toEqual([
        'Character 4 is an invisible control character (a tab, line break or similar). Remove it.',
      ]);
      expect(messageFor({ identity: 'a\u0085' }, 'identity')).toHaveLength(1);
    });
    it('refuses unpaired surrogates', () => {
      expect(messageFor({ identity: 'ab\uD800' }, 'identity')).toEqual([
        'Character 3 is a broken emoji or symbol (an unpaired surrogate). Retype it.',
      ]);
    });
  });

  describe('Room name', () => {
    it('is optional and accepts a name or a Room SID', () => {
      for (const room of ['', 'daily-standup', '会議室', ROOM_SID, 'RMnot-a-sid']) {
        expect(schema.safeParse(withRoom(room)).success).toBe(true);
      }
    });
    it('refuses a SID of another kind', () => {
      expect(messageFor(withRoom(ACCOUNT_SID), 'grants.video.room')).toEqual([
        'This is an Account SID (AC…); a Room SID starts with RM.',
      ]);
    });
    it('refuses names over 128 characters', () => {
      expect(messageFor(withRoom('r'.repeat(129)), 'grants.video.room')).toEqual([
        'At most 128 characters; this has 129.',
      ]);
    });
  });

  describe('TTL', () => {
    const range =
      'Use 1 to 86,400 seconds: Twilio rejects tokens that live longer than 24 hours (error 20157).';
    it.each(['1', '3600', '86400', 86_400, 1])('accepts %s', (ttl) => {
      expect(schema.safeParse({ ...valid, ttl }).success).toBe(true);
    });
    it.each(['0', '86401', '-5', 0, 86_401])('refuses %s as out of range', (ttl) => {
      expect(messageFor({ ttl }, 'ttl')).toEqual([range]);
    });
    it.each(['1.5', 'abc', '1e3', '0x10', 2.5])('refuses %s as not a whole number', (ttl) => {
      expect(messageFor({ ttl }, 'ttl')).toEqual([
        'Use a whole number of seconds, or hours and minutes such as 4h, 90m or 1h30m.',
      ]);
    });
    it('is required', () => {
      expect(messageFor({ ttl: '' }, 'ttl')).toEqual(['TTL is required.']);
    });
  });

  it('reports every broken field at once', () => {
    const result = schema.safeParse({ ...valid, accountSid: '', identity: '', ttl: '0' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([
      'accountSid',
      'identity',
      'ttl',
    ]);
  });

  it('maps a room to the Video grant, and no room to an empty one', () => {
    expect(schema.parse(withRoom('r1')).grants).toEqual({ video: { room: 'r1' } });
    expect(schema.parse(valid).grants).toEqual({ video: {} });
  });
});

describe('grants in the generate form', () => {
  const off = GENERATE_FORM_DEFAULTS.grants;
  const withGrants = (grants: Partial<GenerateFormInput['grants']>): GenerateFormInput => ({
    ...valid,
    grants: { ...off, video: { ...off.video, enabled: false }, ...grants },
  });

  it('refuses a token with no grant at all', () => {
    expect(messageFor(withGrants({}), 'grants')).toEqual([
      'Switch on at least one grant: a token without a grant gives access to nothing.',
    ]);
  });

  it('turns every grant section into the core options, leaving empty fields out', () => {
    const parsed = schema.parse(
      withGrants({
        video: { enabled: true, room: '' },
        voice: {
          ...off.voice,
          enabled: true,
          outgoingApplicationSid: ' AP00000000000000000000000000000000 ',
          outgoingApplicationParams: 'to=+15551234567\n\n mood = happy \n',
          incomingAllow: true,
        },
        chat: { ...off.chat, enabled: true, serviceSid: 'IS00000000000000000000000000000000' },
        sync: { ...off.sync, enabled: true },
        taskRouter: { ...off.taskRouter, enabled: true, role: 'worker' },
        playback: { enabled: true, grant: '{"playerStreamerSid":"VJ1","requestCredentials":null}' },
      }),
    );
    expect(parsed.grants).toEqual({
      video: {},
      voice: {
        incomingAllow: true,
        outgoingApplicationSid: 'AP00000000000000000000000000000000',
        outgoingApplicationParams: { to: '+15551234567', mood: 'happy' },
      },
      chat: { serviceSid: 'IS00000000000000000000000000000000' },
      sync: {},
      taskRouter: { role: 'worker' },
      playback: { grant: { playerStreamerSid: 'VJ1', requestCredentials: null } },
    });
  });

  it('ignores the fields of grants that are switched off', () => {
    const parsed = schema.parse({
      ...valid,
      grants: { ...off, voice: { ...off.voice, outgoingApplicationSid: 'not a sid' } },
    });
    expect(parsed.grants).toEqual({ video: {} });
  });

  it.each([
    [
      'grants.voice.outgoingApplicationSid',
      { voice: { ...off.voice, enabled: true, outgoingApplicationSid: ACCOUNT_SID } },
      'This is an Account SID (AC…); a TwiML App SID starts with AP.',
    ],
    [
      'grants.voice.pushCredentialSid',
      { voice: { ...off.voice, enabled: true, pushCredentialSid: 'CR1' } },
      'A Push Credential SID is CR followed by 32 lowercase hex characters (0-9, a-f).',
    ],
    [
      'grants.chat.serviceSid',
      { chat: { ...off.chat, enabled: true, serviceSid: API_KEY_SID } },
      'This is an API Key SID (SK…); a Service SID starts with IS.',
    ],
    [
      'grants.chat.deploymentRoleSid',
      {
        chat: {
          ...off.chat,
          enabled: true,
          deploymentRoleSid: 'IS00000000000000000000000000000000',
        },
      },
      'This is a Service SID (IS…); a Role SID starts with RL.',
    ],
    [
      'grants.sync.serviceSid',
      { sync: { ...off.sync, enabled: true, serviceSid: 'xyz' } },
      'A Service SID is IS followed by 32 lowercase hex characters (0-9, a-f).',
    ],
    [
      'grants.taskRouter.workspaceSid',
      {
        taskRouter: {
          ...off.taskRouter,
          enabled: true,
          workspaceSid: 'WK00000000000000000000000000000000',
        },
      },
      'This is a Worker SID (WK…); a Workspace SID starts with WS.',
    ],
    [
      'grants.taskRouter.workerSid',
      {
        taskRouter: {
          ...off.taskRouter,
          enabled: true,
          workerSid: 'WS00000000000000000000000000000000',
        },
      },
      'This is a Workspace SID (WS…); a Worker SID starts with WK.',
    ],
    [
      'grants.voice.outgoingApplicationParams',
      { voice: { ...off.voice, enabled: true, outgoingApplicationParams: 'to=1' } },
      'Parameters are only sent with an Outgoing application SID. Add one, or clear the parameters.',
    ],
    [
      'grants.voice.outgoingApplicationParams',
      {
        voice: {
          ...off.voice,
          enabled: true,
          outgoingApplicationSid: 'AP00000000000000000000000000000000',
          outgoingApplicationParams: 'a=1\nnonsense',
        },
      },
      'Line 2 needs the form name=value.',
    ],
    [
      'grants.voice.outgoingApplicationParams',
      {
        voice: {
          ...off.voice,
          enabled: true,
          outgoingApplicationSid: 'AP00000000000000000000000000000000',
          outgoingApplicationParams: '=1',
        },
      },
      'Line 1 has no name before “=”.',
    ],
    [
      'grants.playback.grant',
      { playback: { enabled: true, grant: '[1, 2]' } },
      'Paste the JSON object that Twilio’s PlaybackGrant API returned, from { to }.',
    ],
    [
      'grants.playback.grant',
      { playback: { enabled: true, grant: '{not json' } },
      'Paste the JSON object that Twilio’s PlaybackGrant API returned, from { to }.',
    ],
  ] as const)('reports %s at its field', (field, grants, message) => {
    expect(messageFor(withGrants(grants), field)).toEqual([message]);
  });
});

describe('token options in the generate form', () => {
  it('parses Not before and Region, leaving them out when empty', () => {
    expect(schema.parse({ ...valid, nbf: ' 1767225600 ', region: ' ie1 ' })).toMatchObject({
      nbf: 1_767_225_600,
      region: 'ie1',
    });
    expect(schema.parse({ ...valid, nbf: '', region: '' })).toMatchObject({
      nbf: undefined,
      region: undefined,
    });
  });

  it('refuses a Not before that is not a whole Unix time', () => {
    expect(messageFor({ nbf: '1.5' }, 'nbf')).toEqual([
      'Use Unix seconds, a date-time with its offset (2026-12-02T17:10:00Z) or a time from now (+10m).',
    ]);
    expect(messageFor({ nbf: '-1' }, 'nbf')).toEqual([
      'Use a time in seconds since 1970 (Unix time) from 0 to 9999999999.',
    ]);
  });

  it('refuses a region with control characters or over 32 characters', () => {
    expect(messageFor({ region: 'ie\u00001' }, 'region')).toHaveLength(1);
    expect(messageFor({ region: 'r'.repeat(33) }, 'region')).toEqual([
      'At most 32 characters; this has 33.',
    ]);
  });

  it('accepts the three HMAC algorithms only', () => {
    for (const algorithm of ['HS256', 'HS384', 'HS512'] as const) {
      expect(schema.parse({ ...valid, algorithm }).algorithm).toBe(algorithm);
    }
    expect(schema.safeParse({ ...valid, algorithm: 'RS256' }).success).toBe(false);
  });
});
