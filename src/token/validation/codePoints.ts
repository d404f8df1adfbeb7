/** Length in code points: an emoji outside the BMP counts once, not twice. */
export function countCodePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

/** 1-based position counted in code points, not UTF-16 units, as people count characters. */
export function characterPosition(value: string, codeUnitIndex: number): number {
  return countCodePoints(value.slice(0, codeUnitIndex)) + 1;
}
