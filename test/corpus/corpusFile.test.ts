import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CORPUS_PATH, corpusText } from './buildCorpus.ts';

describe('corpus.json', () => {
  it('is what makeCorpus.ts writes today', async () => {
    const committed = await readFile(CORPUS_PATH, 'utf8');
    // On a difference: `npx tsx test/corpus/makeCorpus.ts`, then review the diff it makes.
    expect(await corpusText(buildCorpus())).toBe(committed);
  });
});
