import type { TokenPartWords } from '../../tokenWords.ts';

const NOT_KNOWN = () => 'このアプリが認識しないクレームです。';

/** The header fields and claims of a token in Japanese, once. */
export const tokenParts: TokenPartWords = {
  header: {
    alg: {
      claim: ({ text }) =>
        `署名アルゴリズム：${text}。ヘッダーとペイロードに対する、API キーシークレットを鍵とした HMAC です。`,
      meaning: '署名アルゴリズム',
      difference:
        '別のアルゴリズムで署名されています。Twilio のドキュメントで使用が明記されているのは HS256 だけです。',
    },
    typ: {
      claim: () => 'トークンの種類：JSON Web Token（JWT）です。',
      meaning: 'トークンの種類',
      difference: 'トークンの種類が異なります。公式ライブラリはすべて「JWT」を書き込みます。',
    },
    cty: {
      claim: () =>
        'この JWT が Twilio のアクセストークンであることを示すコンテンツタイプです（「first-party auth」のバージョン 1）。',
      meaning: 'コンテンツタイプ（Twilio トークンのバージョン）',
      difference:
        'コンテンツタイプが異なります。Twilio がアクセストークンとして読み取るのは「twilio-fpa;v=1」のものだけです。',
    },
    twr: {
      claim: ({ text }) =>
        `API キーの Twilio リージョン：${text}。Twilio はトークンをこのリージョンにルーティングします。`,
      meaning: 'API キーのリージョン',
      difference:
        'API キーを別のリージョンで探します（twr がなければ us1）。API キーは 1 つのリージョンにしか存在しません。',
    },
    kid: {
      claim: () => 'キー ID：署名に使った鍵の名前です。Twilio は読み取りません。',
      meaning: 'キー ID',
    },
    crit: {
      claim: () =>
        '検証する側が理解しなければならない拡張です。Twilio はどれにも対応していません。',
      meaning: '読み手が理解すべき拡張',
    },
  },
  claims: {
    iss: {
      claim: () => '発行者：このトークンに署名したシークレットの API キー SID です。',
      meaning: 'API キー SID（署名したキー）',
      difference:
        '別の API キーで署名されています。キーごとにシークレットが異なり、キーは sub のアカウントに属している必要があります。',
    },
    sub: {
      claim: () => 'サブジェクト：このトークンでアクセスできるアカウントのアカウント SID です。',
      meaning: 'アカウント SID',
      difference:
        '別のアカウント向けです。iss の API キーはこのアカウントに属している必要があります。',
    },
    grants: {
      claim: () => '付与：アイデンティティと、このトークンで許可されることです。',
      meaning: 'すべての付与',
    },
    iat: { claim: () => '発行日時：トークンが作成された時刻です。', meaning: '発行日時' },
    nbf: {
      claim: () =>
        '有効開始時刻：この時刻になるまで、Twilio はトークンを拒否します（エラー 20105）。',
      meaning: '有効開始時刻',
    },
    exp: {
      claim: () => '有効期限：この時刻を過ぎると、Twilio はトークンを拒否します（エラー 20104）。',
      meaning: '有効期限',
    },
    jti: {
      claim: () => '一意のトークン ID：API キー SID、ハイフン、発行時刻をつなげたものです。',
      meaning: 'トークン ID',
      difference:
        '通常の違いです。トークンごとに固有の ID（API キー SID、ハイフン、発行時刻）があります。',
    },
  },
  identity: {
    claim: () =>
      'アイデンティティ：クライアントとして振る舞うユーザーです。ほかの参加者にも表示されます。',
    meaning: 'アイデンティティ',
    difference:
      '別のユーザーとして振る舞います。ほかの参加者には別のアイデンティティが表示され、通話やメッセージも別のユーザーに届きます。',
  },
  legacyGrants: {
    ip_messaging: {
      name: 'IP Messaging（旧式）',
      claim: () =>
        '旧式の IP Messaging の付与：Chat の付与に置き換えられており、現在の SDK では無視されます。',
    },
    rtc: {
      name: 'RTC（旧式）',
      claim: () => '旧式の RTC の付与（Conversations ベータ版）：現在の SDK では無視されます。',
    },
  },
  grantMeaning: (grantName) => `${grantName} の付与`,
  otherHeader: { claim: NOT_KNOWN, meaning: 'Twilio が使わないヘッダー項目' },
  otherClaim: { claim: NOT_KNOWN, meaning: 'Twilio が使わないクレーム' },
  unknownGrant: { claim: NOT_KNOWN, meaning: 'Twilio が認識しない付与' },
  otherGrantField: {
    claim: NOT_KNOWN,
    meaning: (grantName) => `このページが認識しない ${grantName} の付与のオプション`,
  },
};
