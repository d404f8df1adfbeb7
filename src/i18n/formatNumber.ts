/**
 * A number with its digits grouped by threes, as English and Japanese both write it: 86,400.
 * Plain string work on purpose: the first Intl call costs the page tens to hundreds of
 * milliseconds, and words are built at module load.
 *
 * @example
 * ```ts
 * groupDigits(86_400); // '86,400'
 * ```
 */
export function groupDigits(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
