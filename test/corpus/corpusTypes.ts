import type { FindingCode, Severity, TwilioErrorCode } from '../../src/token/diagnose/findings.ts';

/** A finding as the corpus pins it: what the inspector must say, not how it words it. */
export interface ExpectedFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly twilioError?: TwilioErrorCode;
}

export interface CorpusEntry {
  readonly name: string;
  /** Exactly what a user would paste, wrapping and all. */
  readonly token: string;
  /** When present, the signature is checked too (findings of `diagnoseWithSecret`). */
  readonly secret?: string;
  /** Every finding, in the order the inspector reports them. */
  readonly expected: readonly ExpectedFinding[];
}

/** Tokens made by `makeCorpus.ts`, committed as data, inspected at one fixed `now`. */
export interface Corpus {
  /** Seconds since the epoch. */
  readonly now: number;
  readonly clockSkewSeconds: number;
  readonly entries: readonly CorpusEntry[];
}
