import { describe, expect, it } from 'vitest';
import { decodeToken } from '../decode.ts';
import { unsignedToken } from '../../../test/fingerprint/identify.ts';
import { readTokenFacts } from './tokenFacts.ts';

const HEADER = '{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}';
const facts = (payload: string, header = HEADER) =>
  readTokenFacts(decodeToken(unsignedToken(header, payload)));

describe('readTokenFacts', () => {
  it('reads members in the order written, and the seconds in jti', () => {
    const read = facts('{"jti":"SK1-1796217674","grants":{"identity":"a","video":{}},"iss":"SK1"}');
    expect(read?.headerMembers).toEqual(['alg', 'typ', 'cty']);
    expect(read?.payloadMembers).toEqual(['jti', 'grants', 'iss']);
    expect(read?.grantMembers).toEqual(['identity', 'video']);
    expect(read?.jtiSeconds).toBe(1796217674);
  });

  it.for([
    ['SK2-1796217674', 'SK1'],
    ['SK1-', 'SK1'],
    ['SK1-17962176.5', 'SK1'],
    ['SK1-1796217674', 1],
  ])('has no jti seconds for jti %s and iss %s', ([jti, iss]) => {
    expect(facts(JSON.stringify({ jti, iss }))?.jtiSeconds).toBeUndefined();
  });

  it('tells plain from escaped `/`, non-ASCII and `< > &`', () => {
    expect(facts('{"a":"x/y é <&>"}')?.writing).toEqual({
      slash: { plain: true, escaped: false },
      nonAscii: { plain: true, escaped: false },
      html: { plain: true, escaped: false },
    });
    expect(facts('{"a":"x\\/y \\u00e9 \\u003c\\u0026\\u003E"}')?.writing).toEqual({
      slash: { plain: false, escaped: true },
      nonAscii: { plain: false, escaped: true },
      html: { plain: false, escaped: true },
    });
  });

  it('counts neither line separators nor surrogates, which plain writers escape too', () => {
    const none = { plain: false, escaped: false };
    expect(facts('{"a":"\\u2028 \\ud83d\\ude00 \\n \\\\u00e9"}')?.writing.nonAscii).toEqual(none);
    expect(facts('{"a":"\u2029 😀"}')?.writing.nonAscii).toEqual(none);
  });

  it('sees whitespace between tokens, not inside strings', () => {
    expect(facts('{"a":"b c"}')?.spacedJson).toBe(false);
    expect(facts('{"a": "b"}')?.spacedJson).toBe(true);
    expect(facts('{"a":"b"}', '{\n"alg":"HS256"}')?.spacedJson).toBe(true);
  });
});
