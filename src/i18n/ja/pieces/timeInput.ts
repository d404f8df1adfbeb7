import type { timeInput as english } from '../../en/pieces/timeInput.ts';
import { durationParts } from '../../durationParts.ts';
import { groupDigits } from '../../formatNumber.ts';
import { utcText } from '../../utcText.ts';

/** 5400 → 「1 時間 30 分」、90 → 「1 分 30 秒」。 */
function hoursMinutes(seconds: number): string {
  const { hours: h, minutes: m, seconds: s } = durationParts(seconds);
  const parts = [
    h > 0 ? `${groupDigits(h)} 時間` : '',
    m > 0 ? `${m} 分` : '',
    s > 0 ? `${s} 秒` : '',
  ];
  return parts.filter((part) => part !== '').join(' ') || '0 秒';
}

/** TTL と有効開始時刻の欄の下に出す、入力の読み取り結果。 */
export const timeInput: typeof english = {
  ttlReadAs: (seconds) =>
    `${groupDigits(seconds)} 秒（${hoursMinutes(seconds)}）として読み取りました`,
  nbfReadAs: (seconds) => `${utcText(seconds)}（${String(seconds)}）として読み取りました`,
};
