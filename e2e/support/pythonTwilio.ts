import { execFileSync } from 'node:child_process';

/**
 * Debian's python3-twilio, for the specs that inspect a token it made. As in test/support/tools.ts,
 * `/usr/bin/python3` unless `ACCESS_TOKEN_LAB_PYTHON` names another; missing, such a spec is
 * skipped with the install command, or fails where `ACCESS_TOKEN_LAB_REQUIRE_INTERPRETERS=1`.
 */
const PYTHON = process.env.ACCESS_TOKEN_LAB_PYTHON ?? '/usr/bin/python3';

export const PYTHON_TWILIO_MISSING =
  'python3-twilio is not installed; install it with: apt-get install -y python3-twilio';

export const pythonTwilioRequired = process.env.ACCESS_TOKEN_LAB_REQUIRE_INTERPRETERS === '1';

export function hasPythonTwilio(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import twilio.jwt.access_token'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A token twilio-python makes: `identity` with a Video grant, an hour long, nbf now. */
export function pythonTwilioToken(
  credentials: { accountSid: string; apiKeySid: string; apiKeySecret: string },
  identity: string,
): string {
  const program = [
    'import os',
    'from twilio.jwt.access_token import AccessToken',
    'from twilio.jwt.access_token.grants import VideoGrant',
    "token = AccessToken(os.environ['AC'], os.environ['SK'], os.environ['SECRET'], identity=os.environ['IDENTITY'])",
    'token.add_grant(VideoGrant())',
    'print(token.to_jwt())',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', program], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      AC: credentials.accountSid,
      SK: credentials.apiKeySid,
      SECRET: credentials.apiKeySecret,
      IDENTITY: identity,
    },
  }).trim();
}
