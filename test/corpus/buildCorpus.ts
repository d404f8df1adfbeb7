import { format, resolveConfig } from 'prettier';
import { DEFAULT_CLOCK_SKEW_SECONDS } from '../../src/token/diagnose/limits.ts';
import { brokenClaimEntries } from './brokenClaimEntries.ts';
import { brokenEntries } from './brokenEntries.ts';
import type { Corpus } from './corpusTypes.ts';
import { hostileEntries } from './hostileEntries.ts';
import { officialEntries } from './officialEntries.ts';
import { NOW } from './tokenFactory.ts';

/** Where the corpus is committed. */
export const CORPUS_PATH = new URL('./corpus.json', import.meta.url);

/**
 * The corpus: tokens from the official twilio-node library, tokens shaped like the other
 * official libraries', and broken tokens for every finding, each with the findings it must get.
 * Stable by construction: fixed credentials and a frozen clock.
 */
export function buildCorpus(): Corpus {
  const corpus: Corpus = {
    now: NOW,
    clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS,
    entries: [...officialEntries, ...brokenEntries, ...brokenClaimEntries, ...hostileEntries],
  };
  const names = new Set(corpus.entries.map((entry) => entry.name));
  if (names.size !== corpus.entries.length) throw new Error('Corpus entry names must be unique');
  return corpus;
}

/** The corpus as corpus.json holds it: JSON in the repository's Prettier style. */
export async function corpusText(corpus: Corpus): Promise<string> {
  const filepath = CORPUS_PATH.pathname;
  const options = await resolveConfig(filepath);
  return format(JSON.stringify(corpus), { ...options, filepath });
}
