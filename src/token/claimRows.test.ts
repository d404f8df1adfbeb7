import { describe, expect, it } from 'vitest';
import { claimRows } from './claimRows.ts';

describe('claimRows', () => {
  it('lists header fields, claims, grants and grant options in token order', () => {
    const rows = claimRows(
      { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      {
        jti: 'SK-1',
        grants: { identity: 'alice', video: { room: 'r' } },
        iat: 1,
        exp: 2,
        iss: 'SK',
        sub: 'AC',
      },
    );
    expect(rows.map((row) => [row.path, row.kind])).toEqual([
      ['alg', 'alg'],
      ['typ', 'typ'],
      ['cty', 'cty'],
      ['jti', 'jti'],
      ['grants.identity', 'identity'],
      ['grants.video', 'video'],
      ['grants.video.room', 'videoRoom'],
      ['iat', 'iat'],
      ['exp', 'exp'],
      ['iss', 'iss'],
      ['sub', 'sub'],
    ]);
  });

  it('marks what it does not know instead of dropping it', () => {
    const rows = claimRows({ kid: 'x' }, { foo: 1, grants: { bar: {} } });
    expect(rows.map((row) => [row.path, row.kind])).toEqual([
      ['kid', 'unknown'],
      ['foo', 'unknown'],
      ['grants.bar', 'unknown'],
    ]);
  });
});
