import type { TokenField } from '../../token/fields.ts';
import type { InputProblem } from '../../token/problems.ts';
import type { ProblemWords } from '../en/problems.ts';
import { groupDigits } from '../formatNumber.ts';
import { describeFinding } from './pieces/findings.ts';
import { sidNames } from './pieces/sidNames.ts';
import { fieldWords } from '../fieldWords.ts';
import { ja } from '../ja.ts';

const fieldLabel = (field: TokenField) => fieldWords(ja, field).label;

/** How a field is named inside a sentence: without the unit or claim name in parentheses. */
const SENTENCE_NAMES: Partial<Record<TokenField, string>> = { ttl: 'TTL', nbf: '有効開始時刻' };
const fieldName = (field: TokenField) => SENTENCE_NAMES[field] ?? fieldLabel(field);

/** Half-width spaces between Japanese text and a name's Latin letters, on the sides asked for. */
const LATIN_START = /^[\x21-\x7e]/;
const LATIN_END = /[\x21-\x7e]$/;
const spaced = (text: string) => (LATIN_START.test(text) ? ` ${text}` : text);
const topic = (text: string) => (LATIN_END.test(text) ? `${text} は` : `${text}は`);

function describeProblem(field: TokenField, problem: InputProblem): string {
  switch (problem.code) {
    case 'required':
      return `${topic(fieldName(field))}必須です。`;
    case 'sidWrongKind':
      return `これは${spaced(sidNames[problem.found])}（${problem.found}…）です。${sidNames[problem.expected]} は ${problem.expected} で始まります。`;
    case 'sidMalformed':
      return `${sidNames[problem.expected]} は、${problem.expected} の後に小文字の 16 進数（0-9、a-f）が 32 文字続く形式です。`;
    case 'tooLong':
      return `最大 ${problem.max} 文字までです（現在 ${problem.length} 文字）。`;
    case 'controlCharacter':
      return `${problem.position} 文字目は目に見えない制御文字（タブや改行など）です。削除してください。`;
    case 'invalidUnicode':
      return `${problem.position} 文字目は壊れた絵文字または記号（対になっていないサロゲート）です。入力し直してください。`;
    case 'notWholeNumber':
      return field === 'ttl'
        ? '秒数を整数で、または 4h、90m、1h30m のように時間と分で入力してください。'
        : field === 'nbf'
          ? 'Unix 時間（秒）、オフセット付きの日時（2026-12-02T17:10:00Z）、または今からの時間（+10m）で入力してください。'
          : '秒数は整数で入力してください。';
    case 'outOfRange':
      return field === 'ttl'
        ? `${problem.min}〜${groupDigits(problem.max)} 秒の範囲で指定してください。Twilio は有効期間が 24 時間を超えるトークンを拒否します（エラー 20157）。`
        : `1970 年からの秒数（Unix 時間）で、${problem.min}〜${problem.max} の範囲で指定してください。`;
    case 'noGrant':
      return '付与を 1 つ以上オンにしてください。付与のないトークンでは何にもアクセスできません。';
    case 'notJsonObject':
      return 'Twilio の PlaybackGrant API が返した JSON オブジェクトを、{ から } まで貼り付けてください。';
    case 'paramsWithoutApplication':
      return 'パラメーターは発信用アプリケーション SID がある場合にのみ送信されます。SID を追加するか、パラメーターを消去してください。';
    case 'emptyParamName':
      return `${problem.line} 行目の「=」の前に名前がありません。`;
    case 'badParamLine':
      return `${problem.line} 行目は name=value の形式で入力してください。`;
    case 'notBeforeAfterExpiry':
      return '有効開始時刻が有効期限（現在時刻 + TTL）と同じか、それより後です。このトークンが有効になることはありません。';
    case 'unsupportedAlgorithm':
      return 'HS256、HS384、HS512 のいずれかを選択してください。';
    case 'invalidValue':
      return `${topic(fieldName(field))}このままでは使えません。入力し直してください。`;
    case 'productRule':
      return describeFinding(problem.finding);
  }
}

export const problems: ProblemWords = { describe: describeProblem, sidNames };
