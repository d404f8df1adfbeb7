import type {
  Consequence,
  FieldMeaningCode,
  GrantKind,
  Lifetime,
  Side,
  ValidFrom,
} from '../../../token/compare/index.ts';
import type { JsonKind } from '../../../token/json/displayText.ts';
import { groupDigits } from '../../formatNumber.ts';
import { formatDuration } from '../decoded.ts';

/**
 * What each field of a token is for, and what a difference in it does, in Japanese, with the
 * words of Twilio's Japanese documentation (付与, アイデンティティ, API キー SID).
 */

const GRANTS: Readonly<Record<GrantKind, string>> = {
  video: 'Video',
  voice: 'Voice',
  chat: 'Chat',
  data_sync: 'Sync',
  task_router: 'TaskRouter',
  player: 'Playback',
  ip_messaging: 'IP Messaging（旧式）',
  rtc: 'RTC（旧式）',
  unknown: '不明',
};

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

export function describeMeaning(meaning: FieldMeaningCode, grant: GrantKind | undefined): string {
  const grantName = GRANTS[grant ?? 'unknown'];
  switch (meaning) {
    case 'algorithm':
      return '署名アルゴリズム';
    case 'type':
      return 'トークンの種類';
    case 'contentType':
      return 'コンテンツタイプ（Twilio トークンのバージョン）';
    case 'region':
      return 'API キーのリージョン';
    case 'keyId':
      return 'キー ID';
    case 'critical':
      return '読み手が理解すべき拡張';
    case 'otherHeader':
      return 'Twilio が使わないヘッダー項目';
    case 'tokenId':
      return 'トークン ID';
    case 'issuer':
      return 'API キー SID（署名したキー）';
    case 'subject':
      return 'アカウント SID';
    case 'issuedAt':
      return '発行日時';
    case 'notBefore':
      return '有効開始時刻';
    case 'expiry':
      return '有効期限';
    case 'grants':
      return 'すべての付与';
    case 'identity':
      return 'アイデンティティ';
    case 'otherClaim':
      return 'Twilio が使わないクレーム';
    case 'grant':
      return grant === 'unknown' ? 'Twilio が認識しない付与' : `${grantName} の付与`;
    case 'room':
      return 'Video ルーム';
    case 'incoming':
      return '着信';
    case 'outgoing':
      return '発信';
    case 'application':
      return '発信に使う TwiML App';
    case 'callParams':
      return 'TwiML App に送るパラメーター';
    case 'callParam':
      return 'TwiML App に送るパラメーターの 1 つ';
    case 'pushCredential':
      return 'プッシュクレデンシャル';
    case 'endpoint':
      return 'エンドポイント ID（デバイス）';
    case 'service':
      return `${grantName} サービス`;
    case 'deploymentRole':
      return 'サービス内のロール';
    case 'workspace':
      return 'TaskRouter ワークスペース';
    case 'worker':
      return 'TaskRouter ワーカー';
    case 'workerRole':
      return 'ワークスペース内のロール';
    case 'playback':
      return 'Playback の付与の内容';
    case 'otherGrantField':
      return `このページが認識しない ${grantName} の付与のオプション`;
  }
}

export function describeConsequence(consequence: Consequence): string {
  switch (consequence.code) {
    case 'otherShape':
      return `値の型が異なります：1 つ目は${KINDS[consequence.params.first]}、2 つ目は${KINDS[consequence.params.second]}です。Twilio が読み取れるのはどちらか一方だけです。`;
    case 'otherAlgorithm':
      return '別のアルゴリズムで署名されています。Twilio のドキュメントで使用が明記されているのは HS256 だけです。';
    case 'otherType':
      return 'トークンの種類が異なります。公式ライブラリはすべて「JWT」を書き込みます。';
    case 'otherContentType':
      return 'コンテンツタイプが異なります。Twilio がアクセストークンとして読み取るのは「twilio-fpa;v=1」のものだけです。';
    case 'otherRegion':
      return 'API キーを別のリージョンで探します（twr がなければ us1）。API キーは 1 つのリージョンにしか存在しません。';
    case 'notReadByTwilio':
      return 'Twilio はこの項目を読み取りません。この違いだけでは何も変わりません。';
    case 'ownTokenId':
      return '通常の違いです。トークンごとに固有の ID（API キー SID、ハイフン、発行時刻）があります。';
    case 'otherApiKey':
      return '別の API キーで署名されています。キーごとにシークレットが異なり、キーは sub のアカウントに属している必要があります。';
    case 'otherAccount':
      return '別のアカウント向けです。iss の API キーはこのアカウントに属している必要があります。';
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
    case 'actsAsSomeoneElse':
      return '別のユーザーとして振る舞います。ほかの参加者には別のアイデンティティが表示され、通話やメッセージも別のユーザーに届きます。';
    case 'identityOnOneSide':
      return `アイデンティティがあるのは ${SIDES[consequence.params.side]}のトークンだけです。Video、Voice、Chat、Sync はアイデンティティのないトークンを拒否します（エラー 20106）。`;
    case 'grantOnOneSide':
      return `この付与があるのは ${SIDES[consequence.params.side]}のトークンだけです。もう一方ではこの製品を使えません。`;
    case 'otherRoom':
      return '別のルームに限定されています。各トークンで参加できるのはそれぞれのルームだけです。';
    case 'roomOnOneSide':
      return `1 つのルームに限定されているのは ${SIDES[consequence.params.side]}のトークンだけです。もう一方はどのルームにも参加できます。`;
    case 'incomingOnOneSide':
      return `着信を受けられるのは ${SIDES[consequence.params.side]}のトークンだけです。`;
    case 'outgoingOnOneSide':
      return `発信できるのは ${SIDES[consequence.params.side]}のトークンだけです。`;
    case 'otherApplication':
      return '発信が別の TwiML App に送られるため、Twilio は別の Voice URL にリクエストします。';
    case 'otherCallParams':
      return '発信のたびに TwiML App が受け取るパラメーターが異なります。';
    case 'otherPushCredential':
      return '通知に別のプッシュクレデンシャルを使います。プッシュクレデンシャルは 1 つのプラットフォームの 1 つのアプリ専用です。';
    case 'otherEndpoint':
      return 'エンドポイント ID が異なるため、サービスからは別のデバイスに見えます。';
    case 'otherService':
      return '別のサービス向けです。クライアントが見られるのはそのサービスのデータだけです。';
    case 'otherDeploymentRole':
      return 'サービス内のロールが異なり、権限も異なります。';
    case 'otherWorkspace':
      return '別の TaskRouter ワークスペース向けです。';
    case 'otherWorker':
      return '別の TaskRouter ワーカーとして動作します。';
    case 'otherWorkerRole':
      return 'ワークスペース内のロールが異なります。';
    case 'otherPlayback':
      return '別のストリームまたはプレーヤー向けです。Playback の付与は Twilio の API がプレーヤーごとに作成します。';
  }
}
