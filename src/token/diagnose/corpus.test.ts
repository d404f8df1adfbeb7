import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../test/corpus/corpusTypes.ts';
import corpusJson from '../../../test/corpus/corpus.json' with { type: 'json' };
import { diagnoseToken } from './diagnoseToken.ts';
import { diagnoseWithSecret } from './diagnoseWithSecret.ts';
import { FINDING_RULES, type Finding } from './findings.ts';

const corpus = corpusJson as Corpus;
const options = { now: corpus.now, clockSkewSeconds: corpus.clockSkewSeconds };

/** What the corpus pins: code, severity and Twilio error; the params are checked per check. */
const pinned = ({ code, severity, twilioError }: Finding) =>
  twilioError === undefined ? { code, severity } : { code, severity, twilioError };

describe('the corpus', () => {
  it('holds a broken token for every finding the inspector can report', () => {
    const pinnedCodes = new Set(
      corpus.entries.flatMap((entry) => entry.expected.map((e) => e.code)),
    );
    expect([...pinnedCodes].sort()).toEqual(Object.keys(FINDING_RULES).sort());
  });

  it.each(corpus.entries.map((entry) => [entry.name, entry] as const))(
    '%s',
    async (_name, entry) => {
      const { findings, signature } =
        entry.secret === undefined
          ? { ...diagnoseToken(entry.token, options), signature: undefined }
          : await diagnoseWithSecret(entry.token, entry.secret, options);
      expect(findings.map(pinned)).toEqual(entry.expected);
      if (entry.expected.every((item) => item.severity === 'note') && entry.secret) {
        expect(signature).toBe('verified');
      }
    },
  );
});
