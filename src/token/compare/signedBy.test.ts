import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import {
  hmacJws,
  TWILIO_NODE_HEADER,
  twilioNodePayload,
} from '../../../test/corpus/tokenFactory.ts';
import { twilioNodeToken } from '../../../test/corpus/twilioNodeToken.ts';
import { API_KEY_SECRET } from '../../../test/support/fixtures.ts';
import { verifySignature, type SignatureCheck } from '../diagnose/verifySignature.ts';
import { signedBy } from './signedBy.ts';

const { VideoGrant } = twilio.jwt.AccessToken;
const OUTCOMES: readonly SignatureCheck[] = [
  'verified',
  'mismatch',
  'unsupportedAlgorithm',
  'malformed',
  'noSecret',
];

describe('signedBy', () => {
  it('says nothing was checked without a secret, whatever the checks hold', () => {
    expect(signedBy(false, { first: 'verified', second: 'mismatch' })).toEqual({
      kind: 'noSecret',
    });
    expect(signedBy(false, { first: undefined, second: undefined })).toEqual({ kind: 'noSecret' });
  });

  it('waits while a side has not answered', () => {
    expect(signedBy(true, { first: 'verified', second: undefined })).toEqual({ kind: 'checking' });
    expect(signedBy(true, { first: undefined, second: 'mismatch' })).toEqual({ kind: 'checking' });
  });

  it('names which token the secret signed, from real checks of twilio-node tokens', async () => {
    const official = twilioNodeToken([new VideoGrant({ room: 'daily-standup' })]);
    const other = hmacJws(TWILIO_NODE_HEADER, twilioNodePayload(), {
      secret: 'a-secret-from-another-api-key-00',
    });
    const unsigned = hmacJws({ ...TWILIO_NODE_HEADER, alg: 'none' }, twilioNodePayload());
    const check = (token: string) => verifySignature(token, API_KEY_SECRET);
    const [a, b, c] = await Promise.all([check(official), check(other), check(unsigned)]);
    expect([a, b, c]).toEqual(['verified', 'mismatch', 'unsupportedAlgorithm']);

    expect(signedBy(true, { first: a, second: b })).toEqual({
      kind: 'checked',
      signed: ['first'],
      notSigned: ['second'],
      uncheckable: [],
    });
    expect(signedBy(true, { first: b, second: a })).toEqual({
      kind: 'checked',
      signed: ['second'],
      notSigned: ['first'],
      uncheckable: [],
    });
    expect(signedBy(true, { first: a, second: a })).toMatchObject({
      signed: ['first', 'second'],
    });
    expect(signedBy(true, { first: b, second: b })).toMatchObject({
      signed: [],
      notSigned: ['first', 'second'],
    });
    expect(signedBy(true, { first: c, second: a })).toMatchObject({
      signed: ['second'],
      notSigned: [],
      uncheckable: ['first'],
    });
  });

  it('puts every side in exactly one list once both have answered, in order', () => {
    const outcome = fc.constantFrom(...OUTCOMES, undefined);
    fc.assert(
      fc.property(fc.boolean(), outcome, outcome, (secretGiven, first, second) => {
        const result = signedBy(secretGiven, { first, second });
        if (!secretGiven) {
          expect(result.kind).toBe('noSecret');
          return;
        }
        const answered = [first, second].every(
          (check) => check !== undefined && check !== 'noSecret',
        );
        if (!answered) {
          expect(result.kind).toBe('checking');
          return;
        }
        if (result.kind !== 'checked') throw new Error(`checked, not ${result.kind}`);
        const all = [...result.signed, ...result.notSigned, ...result.uncheckable];
        expect([...all].sort()).toEqual(['first', 'second']);
        for (const list of [result.signed, result.notSigned, result.uncheckable]) {
          expect(list).toEqual([...list].sort());
        }
        expect(result.signed.includes('first')).toBe(first === 'verified');
        expect(result.notSigned.includes('second')).toBe(second === 'mismatch');
      }),
    );
  });
});
