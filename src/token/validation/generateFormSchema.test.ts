import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, ROOM_SID } from '../testing/fixtures.ts';
import {
  generateFormSchema,
  GENERATE_FORM_DEFAULTS,
  grantOptionsFrom,
} from './generateFormSchema.ts';

const schema = generateFormSchema(en.generate.describeProblem);

const valid = {
  ...GENERATE_FORM_DEFAULTS,
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: 'alice',
};

/** The one message the schema reports for `field` when `overrides` are applied. */
function messageFor(overrides: Partial<typeof valid>, field: keyof typeof valid): string[] {
  const result = schema.safeParse({ ...valid, ...overrides });
  expect(result.success).toBe(false);
  return (result.error?.issues ?? [])
    .filter((issue) => issue.path[0] === field)
    .map((issue) => issue.message);
}

describe('generate form schema', () => {
  it('accepts a complete form and parses the TTL to a number', () => {
    expect(schema.parse(valid)).toEqual({ ...valid, ttl: 3600 });
  });

  it('trims pasted whitespace around SIDs, secret and room, but not around the identity', () => {
    const parsed = schema.parse({
      ...valid,
      accountSid: ` ${ACCOUNT_SID}\n`,
      apiKeySid: `\t${API_KEY_SID}`,
      apiKeySecret: `${API_KEY_SECRET} `,
      room: ` ${ROOM_SID} `,
      identity: ' alice ',
      ttl: ' 60 ',
    });
    expect(parsed).toMatchObject({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      room: ROOM_SID,
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
    it('allows 128 characters, counting an emoji once', () => {
      expect(schema.safeParse({ ...valid, identity: '🦊'.repeat(128) }).success).toBe(true);
      expect(messageFor({ identity: '🦊'.repeat(129) }, 'identity')).toEqual([
        'At most 128 characters; this has 129.',
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
        expect(schema.safeParse({ ...valid, room }).success).toBe(true);
      }
    });
    it('refuses a SID of another kind', () => {
      expect(messageFor({ room: ACCOUNT_SID }, 'room')).toEqual([
        'This is an Account SID (AC…); a Room SID starts with RM.',
      ]);
    });
    it('refuses names over 128 characters', () => {
      expect(messageFor({ room: 'r'.repeat(129) }, 'room')).toEqual([
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
      expect(messageFor({ ttl }, 'ttl')).toEqual(['Use a whole number of seconds.']);
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
    expect(grantOptionsFrom(schema.parse({ ...valid, room: 'r1' }))).toEqual({
      video: { room: 'r1' },
    });
    expect(grantOptionsFrom(schema.parse(valid))).toEqual({ video: {} });
  });
});
