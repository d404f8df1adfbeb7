import twilio from 'twilio';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hmacJws, ISSUED, NOW, twilioNodePayload } from '../../../test/corpus/tokenFactory.ts';
import { twilioNodeToken } from '../../../test/corpus/twilioNodeToken.ts';
import { ACCOUNT_SID, API_KEY_SID } from '../../../test/support/fixtures.ts';
import { useComparison } from './useComparison.ts';

type Result = ReturnType<typeof useComparison>;

/** What the hook gives a component for these inputs, read from one render. */
function comparison(first: string, second: string): Result {
  let result: Result | undefined;
  function Probe() {
    result = useComparison(first, second, '', NOW);
    return null;
  }
  renderToString(<Probe />);
  if (!result) throw new Error('the probe did not render');
  return result;
}

describe('useComparison', () => {
  it('gives each side the inspector’s verdict, errors before warnings and notes', () => {
    const working = twilioNodeToken([new twilio.jwt.AccessToken.VideoGrant({ room: 'standup' })]);
    // iss and sub swapped, expired, and an unknown claim: errors and a note.
    const broken = hmacJws(
      { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      twilioNodePayload({
        iss: ACCOUNT_SID,
        sub: API_KEY_SID,
        exp: ISSUED - 10,
        iat: ISSUED - 3610,
        note: 'x',
      }),
    );
    const { verdicts, comparison: result } = comparison(working, broken);
    expect(result.verdict.kind).toBe('different');
    expect(verdicts.first.findings.filter((item) => item.severity === 'error')).toEqual([]);
    const severities = verdicts.second.findings.map((item) => item.severity);
    expect(severities[0]).toBe('error');
    expect(severities.at(-1)).not.toBe('error');
    expect(severities.filter((severity) => severity === 'error').length).toBeGreaterThanOrEqual(2);
    const rank = { error: 0, warning: 1, note: 2 } as const;
    expect(severities.map((severity) => rank[severity])).toEqual(
      severities.map((severity) => rank[severity]).sort((a, b) => a - b),
    );
    expect(verdicts.second.signature).toBeUndefined();
  });

  it('gives a paste that is no token its own verdict, and compares nothing', () => {
    const { verdicts, comparison: result } = comparison('not-a-token', '');
    expect(result.verdict).toEqual({ kind: 'incomplete' });
    expect(verdicts.first.findings[0]?.severity).toBe('error');
  });
});
