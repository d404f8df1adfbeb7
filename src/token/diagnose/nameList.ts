import { displayText } from '../json/displayText.ts';
import type { NameList } from '../json/readJson.ts';

/** How many names one finding lists; the rest are counted. */
export const MAX_LISTED_NAMES = 10;

/**
 * Names from a token for one finding: the first few, each made safe to show, and how many there
 * are in all, so 700 unknown grants make one finding of bounded size.
 *
 * @example
 * ```ts
 * nameList(['k0', 'k1', …, 'k699']); // { names: ['k0', …, 'k9'], total: 700 }
 * ```
 */
export function nameList(names: readonly string[], total = names.length): NameList {
  return { names: names.slice(0, MAX_LISTED_NAMES).map((name) => displayText(name)), total };
}
