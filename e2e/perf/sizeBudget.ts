/**
 * Size budget, part of `npm test`: everything the first page load fetches must stay within
 * FIRST_LOAD_BUDGET_GZIP. Prints the per-file table either way. Needs `npm run build` first.
 */
import { formatTable, kB, measureFirstLoad, totals } from './firstLoad.ts';

/** kB are 1000 bytes, as the budget is written. */
const FIRST_LOAD_BUDGET_GZIP = 130_000;

const files = await measureFirstLoad();
const total = totals(files);
console.log('First page load (what Chromium fetches before any interaction):\n');
console.log(formatTable(files));
console.log(`\nBudget: ${kB(FIRST_LOAD_BUDGET_GZIP)} kB gzip; used ${kB(total.gzip)} kB.`);
if (total.gzip > FIRST_LOAD_BUDGET_GZIP) {
  console.error(`Size budget exceeded by ${kB(total.gzip - FIRST_LOAD_BUDGET_GZIP)} kB gzip.`);
  process.exit(1);
}
