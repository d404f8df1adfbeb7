import twilio from 'twilio';
import { expect, it } from 'vitest';
import { ISSUED, NOW } from '../../../test/corpus/tokenFactory.ts';
import { twilioNodeToken } from '../../../test/corpus/twilioNodeToken.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../../test/support/fixtures.ts';
import { run } from '../../../test/support/run.ts';
import { describeWith, probe, PYTHON_TWILIO } from '../../../test/support/tools.ts';
import { compareTokens } from './compareTokens.ts';
import type { Difference } from './differences.ts';

/**
 * twilio/voice-quickstart-android #109: a token from a Python server failed, the same written in
 * Node worked. Here Debian's twilio-python makes real tokens, its clock fixed to the moment
 * twilio-node's were made, and the comparison must name what differs and nothing else.
 */

const PROGRAM = `
import sys, time
from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VoiceGrant
account, key, secret, issued, swap = sys.argv[1:6]
time.time = lambda: float(issued)
first, second = (key, account) if swap == "swap" else (account, key)
token = AccessToken(first, second, secret, identity="alice", ttl=3600)
token.add_grant(VoiceGrant(outgoing_application_sid="AP00000000000000000000000000000001",
                           outgoing_application_params={"To": "+15551234567"}))
print(token.to_jwt())
`;

async function pythonToken(swap: boolean): Promise<string> {
  const args = ['-c', PROGRAM, ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, String(ISSUED)];
  const { stdout } = await run(PYTHON_TWILIO.command, [...args, swap ? 'swap' : 'keep']);
  return stdout.trim();
}

const nodeToken = () =>
  twilioNodeToken([
    new twilio.jwt.AccessToken.VoiceGrant({
      outgoingApplicationSid: 'AP00000000000000000000000000000001',
      outgoingApplicationParams: { To: '+15551234567' },
    }),
  ]);

const line = (item: Difference) =>
  [
    item.path,
    item.first.present ? item.first.text : 'absent',
    item.second.present ? item.second.text : 'absent',
    item.consequence?.code ?? '-',
  ].join(' | ');

describeWith(await probe(PYTHON_TWILIO), 'twilio-python beside twilio-node', () => {
  it('differs only in the claims each library writes for the time: iat or nbf', async () => {
    const comparison = compareTokens(nodeToken(), await pythonToken(false), { now: NOW });
    expect(comparison.verdict).toEqual({
      kind: 'different',
      rewritten: ['header'],
      beyondDepth: [],
    });
    expect(comparison.differences.items.map(line)).toEqual([
      `iat | ${ISSUED} | absent | issuedAtOnOneSide`,
      `nbf | absent | ${ISSUED} | validFrom`,
    ]);
    expect(comparison.second.diagnosis.findings).toEqual([]);
  });

  it('names swapped SIDs when the Python server passed the API key first', async () => {
    const comparison = compareTokens(nodeToken(), await pythonToken(true), { now: NOW });
    expect(comparison.differences.items.map(line)).toEqual([
      `iss | "${API_KEY_SID}" | "${ACCOUNT_SID}" | issuerSubjectSwapped`,
      `sub | "${ACCOUNT_SID}" | "${API_KEY_SID}" | issuerSubjectSwapped`,
      `iat | ${ISSUED} | absent | issuedAtOnOneSide`,
      `nbf | absent | ${ISSUED} | validFrom`,
      `jti | "${API_KEY_SID}-${ISSUED}" | "${ACCOUNT_SID}-${ISSUED}" | differs`,
    ]);
    expect(comparison.second.diagnosis.findings.map((item) => item.twilioError)).toEqual([
      20103, 20103,
    ]);
  });
});
