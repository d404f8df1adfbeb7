import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUZZ_MIN_TOTAL_RUNS, FUZZ_RUNS, FUZZ_TOTAL_RUNS } from './budget.ts';

const folder = new URL('./', import.meta.url);
const fuzzTests = readdirSync(folder).filter((name) => name.endsWith('.fuzz.test.ts'));

/** How often each property name is passed to `fuzzRuns` across the fuzz tests. */
function budgetUses(): Map<string, number> {
  const uses = new Map<string, number>();
  for (const name of fuzzTests) {
    const source = readFileSync(new URL(name, folder), 'utf8');
    for (const [, property = ''] of source.matchAll(/fuzzRuns\('(\w+)'\)/g)) {
      uses.set(property, (uses.get(property) ?? 0) + 1);
    }
  }
  return uses;
}

describe('the fuzz budget', () => {
  it(`runs at least ${FUZZ_MIN_TOTAL_RUNS} cases in all`, () => {
    expect(FUZZ_TOTAL_RUNS).toBeGreaterThanOrEqual(FUZZ_MIN_TOTAL_RUNS);
  });

  it('is spent: every property in it runs in exactly one fuzz test', () => {
    expect(fuzzTests.length).toBeGreaterThan(0);
    const uses = budgetUses();
    expect(Object.fromEntries(uses)).toEqual(
      Object.fromEntries(Object.keys(FUZZ_RUNS).map((property) => [property, 1])),
    );
  });
});
