import { describe, expect, it } from 'vitest';
import { createAccessToken } from './createAccessToken.ts';
import { decodeToken, TokenDecodeError, type DecodeFailure } from './decode.ts';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  API_KEY_SID,
  FROZEN_NOW_MS,
} from '../../test/support/fixtures.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

function failureOf(compact: string): DecodeFailure | undefined {
  try {
    decodeToken(compact);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(TokenDecodeError);
    return (error as TokenDecodeError).failure;
  }
}

describe('decodeToken', () => {
  it('decodes what createAccessToken signs', async () => {
    const token = await createAccessToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      identity: '山田',
      grants: { video: { room: 'r' } },
      clock: () => FROZEN_NOW_MS,
    });
    const decoded = decodeToken(token.jwt);
    expect(decoded.header).toEqual(token.header);
    expect(decoded.payload).toEqual(token.payload);
    expect(decoded.signature).toHaveLength(32);
    expect(
      `${decoded.segments.header}.${decoded.segments.payload}.${decoded.segments.signature}`,
    ).toBe(token.jwt);
  });

  it.each<[string, string, DecodeFailure]>([
    ['two segments', 'a.b', { reason: 'segmentCount', count: 2 }],
    ['four segments', 'a.b.c.d', { reason: 'segmentCount', count: 4 }],
    ['an empty header', `.${b64('{}')}.c2ln`, { reason: 'emptySegment', part: 'header' }],
    [
      'an empty signature',
      `${b64('{}')}.${b64('{}')}.`,
      { reason: 'emptySegment', part: 'signature' },
    ],
    ['padding', `${b64('{}')}=.${b64('{}')}.c2ln`, { reason: 'notBase64url', part: 'header' }],
    [
      'standard base64',
      `${b64('{}')}.${b64('{}')}.a+b/`,
      { reason: 'notBase64url', part: 'signature' },
    ],
    [
      'an impossible length',
      `${b64('{}')}.${b64('{}')}.abcde`,
      { reason: 'notBase64url', part: 'signature' },
    ],
    [
      'a header that is not JSON',
      `${b64('{nope')}.${b64('{}')}.c2ln`,
      { reason: 'notJson', part: 'header' },
    ],
    [
      'a payload that is an array',
      `${b64('{}')}.${b64('[1]')}.c2ln`,
      { reason: 'notObject', part: 'payload' },
    ],
    [
      'a payload that is null',
      `${b64('{}')}.${b64('null')}.c2ln`,
      { reason: 'notObject', part: 'payload' },
    ],
    [
      'invalid UTF-8',
      `${b64('{}')}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.c2ln`,
      { reason: 'notJson', part: 'payload' },
    ],
  ])('says what is wrong with %s', (_name, compact, failure) => {
    expect(failureOf(compact)).toEqual(failure);
  });
});
