import type { InputWarning } from '../../token/validation/warnings.ts';
import type { WarningWords } from '../en/warnings.ts';

function describe(warning: InputWarning): string {
  switch (warning.code) {
    case 'secretLength':
      return `Twilio の API キーシークレットは ${warning.expected} 文字ですが、入力された値は ${warning.length} 文字です。すべてコピーされているか確認してください。`;
    case 'ttlAboveVideoAdvice':
      return 'Video のドキュメントでは長い間、トークンの有効期間を、既定の最長セッションである 4 時間（14,400 秒）以下にすることが推奨されていました。24 時間までは長くできます。';
    case 'regionNotForVideo':
      return 'Video は US1 の API キーでのみ動作します。Video を使う場合は、リージョンを空欄にするか us1 を指定してください。';
    case 'regionUnknown':
      return warning.suggestion === undefined
        ? 'Twilio のリージョン（us1、ie1、au1）ではありません。Twilio は twr ヘッダーを認識できません。API キーがほかのリージョンにある場合を除き、リージョンは空欄にしてください。'
        : `Twilio のリージョンコードは小文字で書きます。${warning.suggestion} を使ってください。`;
    case 'algorithmNotHs256':
      return 'Twilio のドキュメントでは HS256 が必須です。SDK が HS384 や HS512 のトークンを拒否する場合があります。';
    case 'identityBlank':
      return 'このアイデンティティはスペースだけです。ほかの参加者には空白の名前として表示されます。トークンには入力したとおりに含まれます。';
    case 'identityPadded':
      return 'このアイデンティティは先頭または末尾にスペースがあります。トークンには入力したとおりに含まれるため、「alice 」と「alice」は別のユーザーになります。';
    case 'identityHidden':
      return warning.bidi
        ? `${warning.position} 文字目（${warning.codePoint}）は、前後の文字の向きを変える目に見えない制御文字です。アイデンティティがほかの人のものに見える可能性があります。入力し直してください。`
        : `${warning.position} 文字目（${warning.codePoint}）は目に見えない文字です。同じに見える 2 つのアイデンティティが別物になる可能性があります。入力し直してください。`;
  }
}

export const warnings: WarningWords = { describe };
