/**
 * Writes corpus.json (see buildCorpus.ts). Run with `npx tsx test/corpus/makeCorpus.ts`; a rerun
 * changes nothing, and corpusFile.test.ts fails when the committed file and this script disagree.
 */
import { writeFileSync } from 'node:fs';
import { buildCorpus, CORPUS_PATH, corpusText } from './buildCorpus.ts';

const corpus = buildCorpus();
writeFileSync(CORPUS_PATH, await corpusText(corpus));
console.log(`Wrote ${String(corpus.entries.length)} tokens to ${CORPUS_PATH.pathname}`);
