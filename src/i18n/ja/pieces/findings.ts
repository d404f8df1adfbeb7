import type { DecodeFailure } from '../../../token/decode.ts';
import type {
  Finding,
  IdentityProduct,
  InputCleanup,
  JsonKind,
  NameList,
  SidIssue,
  StringHeaderField,
} from '../../../token/diagnose/findings.ts';
import type { SidPrefix } from '../../../token/sid.ts';
import { sidNames as SID_NAMES } from './sidNames.ts';
import { utcText } from '../../utcText.ts';
import { formatDuration } from '../decoded.ts';

/**
 * The inspector's findings in Japanese: what is wrong and how to fix it, in です/ます style. The
 * switch is exhaustive, so a new finding code fails the typecheck until it is worded here too.
 *
 * @example
 * ```ts
 * describeFinding({ code: 'expired', severity: 'error', twilioError: 20104,
 *   params: { exp: 1795856220, now: 1795856400, secondsAgo: 180 } });
 * // 'トークンは 3 分前に有効期限が切れています（exp 2026-11-28 08:57:00 UTC）。…'
 * ```
 */

const CLEANUPS: Record<InputCleanup, string> = {
  quotes: '引用符',
  bearer: '「Bearer」プレフィックス',
  innerWhitespace: '改行とスペース',
};

const PRODUCTS: Record<IdentityProduct, string> = {
  video: 'Video',
  voice: 'Voice',
  chat: 'Conversations',
  sync: 'Sync',
};

const PARTS = { header: 'ヘッダー', payload: 'ペイロード', signature: '署名' } as const;

const list = (items: readonly string[]) =>
  new Intl.ListFormat('ja-JP', { style: 'long', type: 'conjunction' }).format(items);

const count = (value: number) => value.toLocaleString('ja-JP');

/** 「k0」、「k1」、ほか 690 件 */
const names = ({ names: listed, total }: NameList) =>
  list([
    ...listed.map((name) => `「${name}」`),
    ...(total > listed.length ? [`ほか ${count(total - listed.length)} 件`] : []),
  ]);

const KINDS: Record<JsonKind, string> = {
  string: '文字列',
  number: '数値',
  boolean: '真偽値（true または false）',
  null: 'JSON の空の値',
  array: '配列（[…]）',
  object: 'オブジェクト（{…}）',
};

const HEADER_FIELD_FIX: Record<StringHeaderField, string> = {
  alg: 'alg を「HS256」に設定してください。',
  typ: 'typ を「JWT」に設定してください。',
  cty: 'cty を「twilio-fpa;v=1」に設定してください。',
  twr: 'twr を API キーのリージョン（「ie1」など）に設定するか、省略してください。',
  kid: 'Twilio は kid を読まないため、省略してください。',
};

const sidName = (prefix: SidPrefix) => `${SID_NAMES[prefix]}（${prefix}…）`;

/** A half-width space between Japanese text and a name that starts with Latin letters. */
const spaced = (text: string) => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

/** How a SID claim falls short, as a clause about `subject` ("iss が…", "grants.chat.service_sid が…"). */
function sidProblem(subject: string, issue: SidIssue): string {
  switch (issue.kind) {
    case 'missing':
      return `${subject} がありません`;
    case 'notString':
      return `${subject} が文字列ではありません`;
    case 'wrongKind':
      return `${subject} が${spaced(sidName(issue.found))}になっています`;
    case 'malformed':
      return `${subject} が正しい形式の SID ではありません（英大文字 2 文字に続けて、0-9 と a-f の 32 文字）`;
  }
}

function describeNotJwt(failure: DecodeFailure): string {
  switch (failure.reason) {
    case 'segmentCount':
      return failure.count === 1
        ? 'これは JWT ではありません。アクセストークンは、ドットでつながれた 3 つの部分（header.payload.signature）でできています。SID やシークレットではなく、トークンそのものを貼り付けてください。'
        : `これは JWT ではありません。アクセストークンはドットでつながれた 3 つの部分でできていますが、これには ${count(failure.count)} つあります。トークン全体をもう一度コピーしてください。`;
    case 'emptySegment':
      return failure.part === 'signature'
        ? 'トークンに署名がありません（最後のドットの後ろが空です）。Twilio は署名のないトークンを拒否します。HS256 と API キーシークレットで署名してください。'
        : `トークンの${PARTS[failure.part]}が空です。トークン全体をもう一度コピーしてください。`;
    case 'notBase64url':
      return `トークンの${PARTS[failure.part]}が base64url ではありません（使えるのは A-Z、a-z、0-9、「-」、「_」だけで、「=」は使えません）。途中で切れたか変更された可能性があるので、トークンをもう一度コピーしてください。`;
    case 'notJson':
      return `トークンの${PARTS[failure.part]}をデコードしても JSON テキストになりません。途中で切れたか変更された可能性があるので、トークンをもう一度コピーしてください。`;
    case 'notObject':
      return `トークンの${PARTS[failure.part]}は JSON ですが、オブジェクト（{…}）ではありません。Twilio のライブラリでトークンを生成してください。`;
  }
}

const NOT_SECONDS = '1970 年からの秒数（数値）ではありません';

export function describeFinding(finding: Finding): string {
  switch (finding.code) {
    case 'empty':
      return '検査するアクセストークンを貼り付けてください。';
    case 'tooLarge':
      return `貼り付けられたテキストは ${count(finding.params.length)} 文字あります。アクセストークンは長くても数千文字なので、先頭の ${count(finding.params.maxLength)} 文字だけを読み取ります。トークンだけを貼り付けてください。`;
    case 'notJwt':
      return describeNotJwt(finding.params.failure);
    case 'inputCleaned':
      return `トークンを読み取る前に、${list(finding.params.removed.map((item) => CLEANUPS[item]))}を取り除きました。Twilio の SDK には、これらを除いた、余分な文字のないトークンを渡してください。`;
    case 'byteOrderMark':
      return `トークンの${PARTS[finding.params.part]}の先頭にバイトオーダーマーク（U+FEFF）があります。トークン内の JSON には付けてはならず、多くのパーサーはこれを拒否します。Twilio のライブラリでトークンを生成してください。`;
    case 'duplicateKey':
      return `トークンの${PARTS[finding.params.part]}で、同じキーが 2 回以上書かれています（${names(finding.params)}）。どちらの値を採用するかはパーサーによって異なる（alg を「none」と読むものも「HS256」と読むものもある）ため、このトークンは信頼できません。署名も検証しません。Twilio のライブラリでトークンを生成してください。`;
    case 'nestedTooDeep':
      return `トークンの${PARTS[finding.params.part]}では、配列やオブジェクトが ${count(finding.params.maxDepth)} 階層を超えて入れ子になっています（Twilio のトークンは数階層です）。表示はその階層までで、それより深い値は […] または {…} と表示します。`;
    case 'headerFieldNotString':
      return `ヘッダーの ${finding.params.field} が${KINDS[finding.params.found]}になっていますが、JWT のヘッダーの値は文字列です。${HEADER_FIELD_FIX[finding.params.field]}`;
    case 'criticalHeader':
      return finding.params.total === 0
        ? 'ヘッダーに crit があります。crit は検証側が理解しなければならない拡張を示しますが、Twilio が対応する拡張はないため、JWS の標準に従う検証ではトークンが拒否されます。crit を削除してください。'
        : `ヘッダーの crit に、検証側が理解しなければならない拡張として${names(finding.params)}が指定されています。Twilio が対応する拡張はないため、JWS の標準に従う検証ではトークンが拒否されます。crit を削除してください。`;
    case 'algorithmMissing':
      return 'ヘッダーに alg がないため、トークンの署名方法がわかりません。HS256 と API キーシークレットで署名してください。';
    case 'algorithmNone':
      return 'ヘッダーの alg が「none」です。トークンは署名なしと宣言しており、Twilio はこれを拒否します。HS256 と API キーシークレットで署名してください。';
    case 'algorithmNotHmac':
      return `ヘッダーの alg は「${finding.params.alg}」ですが、Twilio が受け付けるのは API キーシークレットによる HMAC 署名だけです。HS256 でトークンに署名してください。`;
    case 'algorithmNotHs256':
      return `トークンは ${finding.params.alg} で署名されています。twilio-node では使えますが、Twilio のドキュメントに記載されているのは HS256 だけです。SDK が ${finding.params.alg} を受け付けるとわかっている場合を除き、HS256 を使ってください。`;
    case 'contentTypeInvalid':
      return finding.params.found === undefined
        ? `ヘッダーに cty がないため、Twilio はアクセストークンとして認識しません。cty を「${finding.params.expected}」に設定するか、Twilio のライブラリでトークンを生成してください。`
        : `ヘッダーの cty は「${finding.params.found}」ですが、Twilio では正確に「${finding.params.expected}」である必要があります。修正するか、Twilio のライブラリでトークンを生成してください。`;
    case 'typeMissing':
      return 'ヘッダーに typ がありません。JWT では省略できますが、Twilio のライブラリはどれも「JWT」を書き込みます。SDK がエラーを出す場合は追加してください。';
    case 'typeNotJwt':
      return `ヘッダーの typ は「${finding.params.found}」ですが、Twilio のライブラリは「JWT」を書き込みます。typ を「JWT」に設定してください。`;
    case 'issuerInvalid':
      return finding.params.issue.kind === 'wrongKind' && finding.params.issue.found === 'AC'
        ? 'iss がアカウント SID（AC…）になっています。このトークンは Auth Token で署名されています。Twilio Console で API キーを作成し、その SID（SK…）とシークレットで署名してください。'
        : `${sidProblem('iss', finding.params.issue)}。iss には、トークンに署名したシークレットの API キー SID（SK…）を指定する必要があります。Twilio Console からコピーしてください。`;
    case 'subjectInvalid':
      return `${sidProblem('sub', finding.params.issue)}。sub には、API キーを所有するアカウントのアカウント SID（AC…）を指定する必要があります。Twilio Console からコピーしてください。`;
    case 'jtiMissing':
      return 'トークンに jti（一意の ID）がありません。Twilio のライブラリは API キー SID、ハイフン、時刻をつなげて書き込みます。Twilio のライブラリでトークンを生成してください。';
    case 'jtiMismatch':
      return `jti「${finding.params.jti}」が、Twilio のライブラリが書き込む形式のように「${finding.params.expectedPrefix}」で始まっていません。Twilio のライブラリでトークンを生成するか、jti を iss とハイフンで始めてください。`;
    case 'expiryMissing':
      return finding.params.found === 'absent'
        ? 'トークンに exp（有効期限）がないため、Twilio はこれを拒否します。Twilio のライブラリが TTL から設定するのと同じように、exp を 24 時間以内の時刻に設定してください。'
        : `exp が${NOT_SECONDS}。そのため Twilio はトークンの有効期限を判断できません。24 時間以内の時刻を数値で指定してください。`;
    case 'expired':
      return finding.params.secondsAgo === 0
        ? `トークンはちょうど今、有効期限を迎えます（exp ${utcText(finding.params.exp)}）。新しいトークンを生成してください。トークンの有効期間は最長 24 時間です。`
        : `トークンは ${formatDuration(finding.params.secondsAgo)}前に有効期限が切れています（exp ${utcText(finding.params.exp)}）。新しいトークンを生成してください。トークンの有効期間は最長 24 時間です。`;
    case 'notBeforeNotNumber':
      return `nbf が${NOT_SECONDS}。数値で指定するか、省略してください（Twilio では必須ではありません）。`;
    case 'notYetValid':
      return `トークンはあと ${formatDuration(finding.params.secondsAhead)}経たないと有効になりません（nbf ${utcText(finding.params.nbf)}）。これは許容される時計のずれ ${count(finding.params.skewSeconds)} 秒を超えています。nbf を省略するか現在時刻に設定し、サーバーの時計も確認してください。`;
    case 'neverValid':
      return `nbf（${utcText(finding.params.nbf)}）が exp（${utcText(finding.params.exp)}）より前ではない${finding.params.nbf > finding.params.exp ? `（${formatDuration(finding.params.nbf - finding.params.exp)}後）` : ''}ため、このトークンが有効になることはありません。nbf を exp より前に設定するか、省略してください。`;
    case 'issuedAtNotNumber':
      return `iat が${NOT_SECONDS}。数値で指定するか、省略してください（Twilio では必須ではありません）。`;
    case 'issuedInFuture':
      return `iat がこのデバイスの時計より ${formatDuration(finding.params.secondsAhead)}先になっています（iat ${utcText(finding.params.iat)}）。トークンを作成したサーバーの時計がずれている可能性が高く、iat を確認する SDK には未来のトークンに見えます。NTP などでサーバーの時計を合わせてください。`;
    case 'issuedAfterExpiry':
      return `iat（${utcText(finding.params.iat)}）が exp（${utcText(finding.params.exp)}）より ${formatDuration(finding.params.iat - finding.params.exp)}後です。トークンが期限切れの後に作られたことになります。Twilio のライブラリが TTL から求めるように、exp を iat より後にしてください。`;
    case 'lifetimeTooLong': {
      const from = { iat: ' iat から', nbf: ' nbf から', now: '現在から' }[finding.params.from];
      return `トークンの有効期間が${from} ${formatDuration(finding.params.lifetimeSeconds)}ありますが、Twilio は有効期間が 24 時間を超えるトークンを拒否します。TTL を ${count(finding.params.maxSeconds)} 秒以下にしてください。`;
    }
    case 'grantsMissing':
      return finding.params.found === 'absent'
        ? 'トークンに grants がないため、何も許可されません。grants にアイデンティティと、使用する SDK の付与（video、voice、chat など）を追加してください。'
        : 'grants が JSON オブジェクトではありません。{"identity": "alice", "video": {}} のような形にしてください。';
    case 'noGrant':
      return 'トークンにはアイデンティティ以外の付与がないため、どの SDK もこのトークンを拒否します。video、voice、chat など、使用する SDK の付与を追加してください。';
    case 'identityMissing': {
      const { found, neededBy } = finding.params;
      const state = { absent: 'ありません', empty: '空です', notString: '文字列ではありません' }[
        found
      ];
      return `${list(neededBy)} の付与にはアイデンティティが必要ですが、grants.identity が${state}。アプリでユーザーを識別している名前を設定してください。`;
    }
    case 'grantNotObject': {
      const { grant, path } = finding.params;
      return `grants.${grant}${path === undefined ? '' : `.${path}`} は JSON オブジェクトである必要があります。それ以外の値は Twilio に無視されるか、拒否されます。オプションのない付与には {} を使ってください。`;
    }
    case 'grantSidInvalid': {
      const { grant, field, expected, issue } = finding.params;
      const wanted = field === 'room' ? `${sidName(expected)}またはルーム名` : sidName(expected);
      return `${sidProblem(`grants.${grant}.${field}`, issue)}。ここには${spaced(wanted)}を指定する必要があります。Twilio Console から正しい SID をコピーしてください。`;
    }
    case 'unknownGrant':
      return finding.params.total === 1
        ? `Twilio には${names(finding.params)}という付与がないため、無視されます。名前を確認してください。Twilio の付与は video、voice、chat、data_sync、task_router、player です。`
        : `Twilio が認識しない付与が ${count(finding.params.total)} 件あり、無視されます：${names(finding.params)}。名前を確認してください。Twilio の付与は video、voice、chat、data_sync、task_router、player です。`;
    case 'legacyGrant':
      return `「${finding.params.grant}」は「${finding.params.replacement}」の付与の古い名前で、更新されていないライブラリが書き込むものです。「${finding.params.replacement}」を書き込むように、Twilio のライブラリを更新してください。`;
    case 'identityTooLong': {
      const { product, length, max } = finding.params;
      return `${PRODUCTS[product]} が受け付けるアイデンティティは最大 ${count(max)} 文字ですが、このアイデンティティは ${count(length)} 文字あります。ユーザー ID など、短いアイデンティティにしてください。`;
    }
    case 'identityMayBeTooLongForVideo': {
      const { length, doubled, max } = finding.params;
      return `Video が受け付けるアイデンティティは最大 ${count(max)} 文字で、2 バイト文字は 2 文字として数えます。このアイデンティティは ${count(length)} 文字ですが、ASCII 以外の文字を 2 文字と数えると ${count(doubled)} 文字になり、Video に拒否される可能性があります（エラー 53201）。短くするか、ASCII だけのアイデンティティにしてください。`;
    }
    case 'identityNotVoiceSafe':
      return `Twilio のドキュメントでは、Voice のアイデンティティに使えるのは英数字とアンダースコアだけですが、${count(finding.params.position)} 文字目が「${finding.params.character}」です。Voice SDK が無効なクライアント名として拒否する可能性があります（エラー 31105）。A-Z、a-z、0-9、_ だけを使ってください。`;
    case 'voiceCannotCall':
      return 'この Voice の付与では、発信も（発信用アプリケーション SID がありません）着信も（着信が許可されていません）できません。発信用の TwiML App SID を追加するか、着信を許可するか、その両方を設定してください。';
    case 'chatWithoutService':
      return 'この Chat の付与にはサービスの指定がありません。Twilio の Conversations のガイドでは、クライアントに使わせる Chat サービスの SID（IS…）が必要とされています。追加してください。';
    case 'playbackRetired':
      return `Playback の付与は Twilio Live 用ですが、Twilio Live は ${finding.params.endedOn} にサービスを終了しました。この付与を使えるプレーヤーはもうありません。`;
    case 'signatureLength':
      return `署名は ${count(finding.params.bytes)} バイトですが、${finding.params.alg} では ${count(finding.params.expectedBytes)} バイトになります。トークンが途中で切れたか、変更されています。トークン全体をもう一度コピーしてください。`;
    case 'signatureMismatch':
      return '署名がこの API キーシークレットと一致しません。トークンが別のシークレットで署名されたか、署名後に変更されています。シークレットが iss の API キー SID のものか確認してください。';
  }
}
