import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../i18n/en/pieces/findings.ts';
import corpusJson from '../../../test/corpus/corpus.json' with { type: 'json' };
import type { Corpus } from '../../../test/corpus/corpusTypes.ts';
import { diagnoseToken } from './diagnoseToken.ts';
import { finding, type Finding } from './findings.ts';
import {
  b64,
  hmacJws,
  NOW,
  TWILIO_NODE_HEADER,
  twilioNodePayload,
} from '../../../test/corpus/tokenFactory.ts';

// Lives beside the core so every finding the corpus produces is worded; the words are the UI's.
const corpus = corpusJson as Corpus;
const corpusFindings = corpus.entries.flatMap(
  (entry) => diagnoseToken(entry.token, { now: corpus.now }).findings,
);

/** `strict` for our own tokens: random claims may well hold the text "null" themselves. */
function expectSentence(text: string, strict = true) {
  expect(text).toMatch(/^\S.*[.”]$/s);
  expect(text).not.toContain('[object');
  if (strict) expect(text).not.toMatch(/undefined|NaN|null/);
}

describe('describeFinding (English)', () => {
  it('words every finding of the corpus as full sentences', () => {
    expect(new Set(corpusFindings.map((item) => item.code)).size).toBeGreaterThan(25);
    for (const item of corpusFindings) expectSentence(describeFinding(item));
  });

  it('says when a token expired and how to fix it', () => {
    expect(describeFinding(finding('expired', { exp: NOW - 180, now: NOW, secondsAgo: 180 }))).toBe(
      'The token expired 3 min ago (exp 2026-11-28 08:57:00 UTC). Generate a new one; tokens live at most 24 hours.',
    );
  });

  it('says how much clock drift it allowed', () => {
    const text = describeFinding(
      finding('notYetValid', { nbf: NOW + 600, now: NOW, secondsAhead: 600, skewSeconds: 60 }),
    );
    expect(text).toContain('another 10 min');
    expect(text).toContain('60 s of clock drift');
  });

  it('names the wrong kind of SID', () => {
    const iss = describeFinding(
      finding('issuerInvalid', { issue: { kind: 'wrongKind', found: 'AC' } }),
    );
    expect(iss).toContain('Account SID');
    const grant: Finding = finding('grantSidInvalid', {
      grant: 'voice',
      field: 'outgoing.application_sid',
      expected: 'AP',
      issue: { kind: 'wrongKind', found: 'CR' },
    });
    expect(describeFinding(grant)).toBe(
      'grants.voice.outgoing.application_sid is a Push Credential SID (CR…); it must be a TwiML App SID (AP…). Copy the right SID from the Twilio Console.',
    );
  });

  it('words findings about dates no calendar holds', () => {
    const token = hmacJws(TWILIO_NODE_HEADER, twilioNodePayload({ iat: undefined, exp: -1e300 }));
    for (const item of diagnoseToken(token, { now: NOW }).findings) {
      expectSentence(describeFinding(item));
    }
  });

  it('words whatever the checks find in random claims', () => {
    const claim = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.double());
    fc.assert(
      fc.property(
        fc.record({ typ: claim, cty: claim, alg: claim }, { requiredKeys: [] }),
        fc.record(
          { jti: claim, iss: claim, sub: claim, exp: claim, nbf: claim, iat: claim, grants: claim },
          { requiredKeys: [] },
        ),
        (header, claims) => {
          const token = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(claims))}.c2ln`;
          for (const item of diagnoseToken(token, { now: NOW }).findings) {
            expectSentence(describeFinding(item), false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
