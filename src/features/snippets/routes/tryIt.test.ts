import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SID, API_KEY_SID } from '../../../../test/support/fixtures.ts';
import { curlCommand, envBlock } from './tryIt.ts';

describe('envBlock', () => {
  it('carries the form’s SIDs, trimmed, and a placeholder for the secret', () => {
    expect(
      envBlock({ accountSid: ` ${ACCOUNT_SID} `, apiKeySid: API_KEY_SID }, 'SECRET_HERE'),
    ).toBe(
      `TWILIO_ACCOUNT_SID=${ACCOUNT_SID}\nTWILIO_API_KEY=${API_KEY_SID}\nTWILIO_API_SECRET=SECRET_HERE\n`,
    );
  });

  it('writes placeholders where the form holds no SID of the right kind', () => {
    expect(envBlock({ accountSid: API_KEY_SID, apiKeySid: 'x\nEVIL=1' }, 'p')).toBe(
      'TWILIO_ACCOUNT_SID=your_account_sid\nTWILIO_API_KEY=your_api_key_sid\nTWILIO_API_SECRET=p\n',
    );
  });
});

/** The URL the shell hands to curl, as sh itself splits the command. */
function urlOf(command: string): URL {
  const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^curl -i /, '')}`], {
    encoding: 'utf8',
  });
  return new URL(words.trimEnd());
}

describe('curlCommand', () => {
  it('asks for the form’s identity and room, one shell word whatever they hold', () => {
    const identity = `it's "me" $HOME \`x\` & 山田`;
    const command = curlCommand(
      { identity, ttl: 60, algorithm: 'HS256', grants: { video: { room: "a'b c" } } },
      3000,
    );
    const url = urlOf(command);
    expect(url.origin + url.pathname).toBe('http://localhost:3000/token');
    expect(Object.fromEntries(url.searchParams)).toEqual({ identity, room: "a'b c" });
  });

  it('names no room where the token has no Video grant, or Video for any room', () => {
    for (const grants of [{ sync: {} }, { video: {} }]) {
      const url = urlOf(
        curlCommand({ identity: 'alice', ttl: 60, algorithm: 'HS256', grants }, 8080),
      );
      expect(url.search).toBe('?identity=alice');
    }
  });
});
