import type { Consequence, Lifetime, Side, ValidFrom } from '../../../token/compare/index.ts';
import type { TokenPlace } from '../../../token/place.ts';
import { differenceOf, optionWords, placeMeaning } from '../../tokenWords.ts';
import { grants } from './grants.ts';
import { tokenParts } from './tokenParts.ts';
import type { JsonKind } from '../../../token/json/displayText.ts';
import { groupDigits } from '../../formatNumber.ts';
import { formatDuration } from '../decoded.ts';

/**
 * What each field of a token is for, and what a difference in it does, in Japanese, with the
 * words of Twilio's Japanese documentation (付与, アイデンティティ, API キー SID).
 */

const SIDES: Readonly<Record<Side, string>> = { first: '1 つ目', second: '2 つ目' };

const KINDS: Readonly<Record<JsonKind, string>> = {
  string: '文字列',
  number: '数値',
  boolean: '真偽値',
  null: '空の値（null）',
  array: '配列',
  object: 'オブジェクト',
};

/** Seconds exactly and roughly: “3,600 秒（1 時間）”. */
export function span(totalSeconds: number): string {
  const seconds = Math.abs(totalSeconds);
  const exact = `${groupDigits(seconds)} 秒`;
  return seconds < 60 || !Number.isSafeInteger(seconds)
    ? exact
    : `${exact}（${formatDuration(seconds)}）`;
}

export function lifetimeText(lifetime: Lifetime | undefined): string {
  if (!lifetime) return '有効期間を測定できない時刻（iat も nbf もない）';
  return `${lifetime.from === 'iat' ? '発行' : '有効開始時刻（nbf）'}から ${span(lifetime.seconds)}後`;
}

export function validFromText(validFrom: ValidFrom): string {
  switch (validFrom.kind) {
    case 'atOnce':
      return 'すぐに有効（nbf なし）';
    case 'afterIssue':
      if (validFrom.seconds === 0) return '発行時から有効';
      return `発行の ${span(validFrom.seconds)}${validFrom.seconds > 0 ? '後' : '前'}から有効`;
    case 'noIssueTime':
      return '記載された有効開始時刻から有効（基準となる iat なし）';
    case 'unreadable':
      return '有効にならない（nbf が数値ではない）';
  }
}

/** What the field is for, as a short noun phrase. */
export function describeMeaning(place: TokenPlace): string {
  return placeMeaning(grants, tokenParts, place);
}

export function describeConsequence(consequence: Consequence): string {
  switch (consequence.code) {
    case 'differs':
      return differenceOf(grants, tokenParts, consequence.params.place);
    case 'optionOnOneSide': {
      const words = optionWords(grants, consequence.params.place);
      return words.onOneSide?.(SIDES[consequence.params.side]) ?? words.difference;
    }
    case 'otherShape':
      return `値の型が異なります：1 つ目は${KINDS[consequence.params.first]}、2 つ目は${KINDS[consequence.params.second]}です。Twilio が読み取れるのはどちらか一方だけです。`;
    case 'notReadByTwilio':
      return 'Twilio はこの項目を読み取りません。この違いだけでは何も変わりません。';
    case 'issuerSubjectSwapped':
      return 'どちらかのトークンで iss と sub が入れ替わっています。iss は API キー SID（SK…）、sub はアカウント SID（AC…）である必要があります。AccessToken に渡す SID の順序を確認してください。';
    case 'issuedApart': {
      const { seconds } = consequence.params;
      return `2 つ目のトークンは 1 つ目より ${span(seconds)}${seconds > 0 ? '後' : '前'}に発行されています。`;
    }
    case 'issuedAtOnOneSide':
      return `発行日時を記録しているのは ${SIDES[consequence.params.side]}のトークンだけです。Twilio は iat を必要としません。twilio-python と twilio-java は iat を書き込みません。`;
    case 'lifetimes':
      return `有効期限は、1 つ目が${lifetimeText(consequence.params.first)}、2 つ目が${lifetimeText(consequence.params.second)}です。`;
    case 'sameLifetime':
      return `どちらも有効期限は${lifetimeText(consequence.params.lifetime)}で、発行時刻が異なるだけです。`;
    case 'validFrom':
      return `1 つ目は${validFromText(consequence.params.first)}、2 つ目は${validFromText(consequence.params.second)}です。`;
    case 'identityOnOneSide':
      return `アイデンティティがあるのは ${SIDES[consequence.params.side]}のトークンだけです。Video、Voice、Chat、Sync はアイデンティティのないトークンを拒否します（エラー 20106）。`;
    case 'grantOnOneSide':
      return `この付与があるのは ${SIDES[consequence.params.side]}のトークンだけです。もう一方ではこの製品を使えません。`;
  }
}
