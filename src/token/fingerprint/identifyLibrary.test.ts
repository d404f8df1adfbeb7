import { describe, expect, it } from 'vitest';
import { decodeToken } from '../decode.ts';
import { MAX_TOKEN_LENGTH } from '../diagnose/limits.ts';
import {
  evidenceOf,
  identify,
  jsonTexts,
  orderWriters,
  unsignedToken,
} from '../../../test/fingerprint/identify.ts';
import { NODE_TOKEN } from '../../../test/fingerprint/node.ts';
import { PYTHON_SAMPLES } from '../../../test/fingerprint/python.ts';
import { TWILIO_DOCS_EXAMPLE } from '../../../test/fingerprint/twilioDocs.ts';
import { identifyLibrary } from './identifyLibrary.ts';

const { header: NODE_HEADER, payload: NODE_PAYLOAD } = jsonTexts(NODE_TOKEN);

/** twilio-node's token with its payload's members re-ordered or edited. */
function editedPayload(edit: (payload: Record<string, unknown>) => Record<string, unknown>) {
  return unsignedToken(NODE_HEADER, JSON.stringify(edit(JSON.parse(NODE_PAYLOAD) as never)));
}

describe('cannot tell, or not the library whose layout it has', () => {
  it('for Twilio’s own docs example, laid out as no library writes today', () => {
    const identification = identify(
      unsignedToken(TWILIO_DOCS_EXAMPLE.header, TWILIO_DOCS_EXAMPLE.payload),
    );
    expect(identification).toMatchObject({ verdict: 'unknown', candidates: [], quirks: [] });
    // twilio-php's header order (and PyJWT 2.0-2.4's), a payload order no library writes.
    expect(orderWriters(identification)).toEqual({ header: ['python', 'php'], payload: [] });
  });

  it('for twilio-node’s header with a payload in another order', () => {
    const identification = identify(
      editedPayload(({ jti, iss, sub, exp, grants }) => ({ jti, iss, sub, exp, grants })),
    );
    expect(identification.verdict).toBe('unknown');
    expect(orderWriters(identification)).toEqual({ header: ['node', 'csharp'], payload: ['php'] });
  });

  it('when the one library whose layout fits never signs with that algorithm (PyJWT could)', () => {
    const { payload } = jsonTexts(PYTHON_SAMPLES.voiceVideo.token);
    const header = '{"alg":"HS512","cty":"twilio-fpa;v=1","typ":"JWT"}';
    const identification = identify(unsignedToken(header, payload));
    expect(identification).toMatchObject({ verdict: 'handMade', handMadeWith: 'pyjwt' });
    expect(evidenceOf(identification, 'rulesOut')).toEqual([
      { code: 'rulesOut', library: 'python', reason: 'algorithm' },
    ]);
  });

  it('when a region is empty, which twilio-node never writes', () => {
    const header = NODE_HEADER.replace('}', ',"twr":""}');
    const identification = identify(unsignedToken(header, NODE_PAYLOAD));
    expect(evidenceOf(identification, 'rulesOut')).toEqual([
      { code: 'rulesOut', library: 'node', reason: 'region' },
    ]);
  });

  it('for a token too large to read again', () => {
    const decoded = decodeToken(NODE_TOKEN);
    const huge = {
      ...decoded,
      segments: { ...decoded.segments, payload: 'A'.repeat(MAX_TOKEN_LENGTH) },
    };
    expect(identifyLibrary(huge)).toMatchObject({
      verdict: 'unknown',
      evidence: [{ code: 'unreadable' }],
    });
  });
});

describe('not one of Twilio’s libraries, certainly', () => {
  it.for([
    ['spaced JSON', NODE_HEADER.replaceAll(',', ', '), NODE_PAYLOAD, 'spacedJson'],
    [
      'a key written twice',
      NODE_HEADER.replace('}', ',"typ":"JWT"}'),
      NODE_PAYLOAD,
      'duplicateKeys',
    ],
    ['a byte order mark', `\uFEFF${NODE_HEADER}`, NODE_PAYLOAD, 'byteOrderMark'],
    ['a kid', NODE_HEADER.replace('}', ',"kid":"k1"}'), NODE_PAYLOAD, 'headerMember'],
    ['no cty', '{"alg":"HS256","typ":"JWT"}', NODE_PAYLOAD, 'cty'],
    ['another cty', NODE_HEADER.replace('twilio-fpa;v=1', 'JWT'), NODE_PAYLOAD, 'cty'],
    ['no typ', '{"alg":"HS256","cty":"twilio-fpa;v=1"}', NODE_PAYLOAD, 'typ'],
    ['RS256', NODE_HEADER.replace('HS256', 'RS256'), NODE_PAYLOAD, 'algorithm'],
    ['a region that is a number', NODE_HEADER.replace('}', ',"twr":1}'), NODE_PAYLOAD, 'region'],
  ] as const)('for %s', ([, header, payload, reason]) => {
    const identification = identify(unsignedToken(header, payload));
    expect(identification).toMatchObject({ verdict: 'handMade', confidence: 'certain' });
    expect(evidenceOf(identification, 'notLibrary').map((item) => item.reason)).toContain(reason);
  });

  it.for([
    ['no sub', ({ sub: _sub, ...rest }: Record<string, unknown>) => rest, 'missingClaim', 'sub'],
    [
      'exp as text',
      (p: Record<string, unknown>) => ({ ...p, exp: '1796221274' }),
      'claimType',
      'exp',
    ],
    [
      'grants as a list',
      (p: Record<string, unknown>) => ({ ...p, grants: [] }),
      'claimType',
      'grants',
    ],
    [
      'a random jti',
      (p: Record<string, unknown>) => ({ ...p, jti: 'f81d4fae' }),
      'jtiShape',
      undefined,
    ],
  ] as const)('for %s', ([, edit, reason, name]) => {
    const identification = identify(editedPayload(edit));
    expect(identification.verdict).toBe('handMade');
    expect(evidenceOf(identification, 'notLibrary')).toContainEqual({
      code: 'notLibrary',
      reason,
      ...(name === undefined ? {} : { name }),
    });
  });

  it('names a stranger in the header safely', () => {
    const header = NODE_HEADER.replace('}', ',"x\\u202Ey":1}');
    expect(evidenceOf(identify(unsignedToken(header, NODE_PAYLOAD)), 'notLibrary')).toContainEqual({
      code: 'notLibrary',
      reason: 'headerMember',
      name: 'x\\u202Ey',
    });
  });
});
