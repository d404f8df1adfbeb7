/**
 * Writes corpus.json: tokens from the official twilio-node library, tokens shaped like the other
 * official libraries', and broken tokens for every finding, each with the findings it must get.
 *
 * Run with `npx tsx src/token/diagnose/corpus/makeCorpus.ts`. The output is stable: fixed
 * credentials, a frozen clock, and Prettier's formatting, so a rerun changes nothing.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { DEFAULT_CLOCK_SKEW_SECONDS } from '../limits.ts';
import { brokenClaimEntries } from './brokenClaimEntries.ts';
import { brokenEntries } from './brokenEntries.ts';
import type { Corpus } from './corpusTypes.ts';
import { hostileEntries } from './hostileEntries.ts';
import { officialEntries } from './officialEntries.ts';
import { NOW } from './tokenFactory.ts';

const corpus: Corpus = {
  now: NOW,
  clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS,
  entries: [...officialEntries, ...brokenEntries, ...brokenClaimEntries, ...hostileEntries],
};
const names = new Set(corpus.entries.map((entry) => entry.name));
if (names.size !== corpus.entries.length) throw new Error('Corpus entry names must be unique');

const path = fileURLToPath(new URL('./corpus.json', import.meta.url));
const options = await resolveConfig(path);
writeFileSync(path, await format(JSON.stringify(corpus), { ...options, filepath: path }));
console.log(`Wrote ${corpus.entries.length} tokens to ${path}`);
