/**
 * Size budget, part of `npm test`: what the first screen fetches, before the page is idle, must
 * stay within FIRST_LOAD_GUARD_GZIP. A guard, not a goal. Prints both tables either way, what
 * the page preloads once idle too. Needs `npm run build` first.
 */
import {
  FIRST_LOAD_GUARD_GZIP,
  formatTable,
  kB,
  measureFirstLoad,
  totals,
} from './bench/firstLoad.ts';

const { firstLoad, idlePreload } = await measureFirstLoad();
const total = totals(firstLoad);
console.log('First load (what Chromium fetches before the page is idle):\n');
console.log(formatTable(firstLoad));
console.log('\nPreloaded once idle (so that no click waits for a download):\n');
console.log(formatTable(idlePreload));
console.log(
  `\nBudget: ${kB(FIRST_LOAD_GUARD_GZIP)} kB gzip for the first load; used ${kB(total.gzip)} kB.`,
);
if (total.gzip > FIRST_LOAD_GUARD_GZIP) {
  console.error(
    `Size budget exceeded by ${kB(total.gzip - FIRST_LOAD_GUARD_GZIP)} kB gzip (${String(total.gzip - FIRST_LOAD_GUARD_GZIP)} bytes).`,
  );
  process.exit(1);
}
