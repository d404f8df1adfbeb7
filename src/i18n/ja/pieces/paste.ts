import type { Library } from '../../../token/grants/grant.ts';
import {
  SIGNING_METHOD,
  sidPlacement,
  type OlderToken,
  type PasteReading,
  type TokenSource,
} from '../../../token/paste/index.ts';
import type { PasteWords } from '../../en/pieces/paste.ts';
import { WRITER_NAMES } from '../../writerNames.ts';
import { sidNames } from './sidNames.ts';

const quoted = (list: readonly string[]) => list.map((item) => `「${item}」`).join('、');

function sourceText(source: TokenSource): string {
  switch (source.kind) {
    case 'json':
      return `これは JSON で、トークンは「${source.path}」にあります。クライアントでは応答からこのキーを読み取り、その値だけを渡してください。`;
    case 'url':
      return source.part === 'query'
        ? `これは URL またはクエリ文字列で、トークンはクエリ（「${source.key}=」）にあります。`
        : `これは URL で、トークンはフラグメント（「#${source.key}=」）にあります。`;
    case 'header':
      return 'これはリクエストヘッダーで、トークンは Authorization の行にあります。';
    case 'curl':
      return 'これはトークンを含む curl コマンドです。';
    case 'pythonStr':
      return 'これは twilio-python の AccessToken を出力したもの（str(token)）で、トークンが「<AccessToken …>」で囲まれています。トークンだけを返す token.to_jwt() を送ってください。';
    case 'text':
      return 'ほかのテキストの中からトークンが見つかりました。';
  }
}

function printedText(library: Library): string {
  switch (library) {
    case 'python':
      return 'Python がトークンではなく、オブジェクトの repr()「<twilio.jwt.access_token.AccessToken object at 0x…>」を出力しています。';
    case 'node':
      return 'JavaScript がトークンの代わりにオブジェクトを文字列にした「[object Object]」になっています。';
    case 'java':
      return 'Java がトークンではなく、オブジェクトの toString()（クラス名 @ ハッシュコード）を出力しています。';
    case 'csharp':
      return '.NET がトークンではなく、オブジェクトの ToString()、つまり型名 Twilio.Jwt.AccessToken.Token を出力しています。';
    case 'php':
      return 'PHP がトークンではなく、オブジェクトの内容（print_r または var_dump）を出力しています。twilio-php の __toString() は署名するので、echo $token ならトークンが出力されます。';
    case 'ruby':
      return 'Ruby がトークンではなく、オブジェクトの inspect「#<Twilio::JWT::AccessToken …>」を出力しています。';
    case 'go':
      return 'Go がトークンではなく、AccessToken 構造体のフィールドを出力しています。';
  }
}

function olderText(older: OlderToken): string {
  switch (older.kind) {
    case 'capability':
      return 'これは Twilio Client の Capability Token（scope クレームがあり、grants がない）で、古い種類のトークンです。Twilio はこれを非推奨とし、Access Token への移行を案内しています。Auth Token ではなく API キーで署名した、Voice グラント付きの Access Token を作成してください。';
    case 'chatEra':
      return 'このトークンのグラントは ip_messaging で、IP Messaging（のちの Programmable Chat）のものです。Twilio は 2022 年 7 月 25 日に Programmable Chat を終了し、Conversations に移行しました。Conversations の SDK を使い、Conversations サービスの Chat グラントを付けてください。';
    case 'foreign':
      return `この JWT は Twilio の Access Token ではありません。Twilio のコンテンツタイプ（cty「twilio-fpa;v=1」）も grants もありません${older.issuer === undefined ? '' : `。発行者は「${older.issuer}」です`}。ほかのサービス向けに作られたもので、Twilio の SDK には、サーバーが Twilio のライブラリで作るトークンが必要です。`;
  }
}

function sidText(reading: Extract<PasteReading, { kind: 'sid' }>): PasteWords {
  const { prefix, letters } = reading;
  const advice =
    'クライアント SDK に必要なのは Access Token です。サーバーで、アカウント SID、API キー SID、API キーシークレットから Twilio のライブラリで作成してください。';
  if (prefix === undefined) {
    return {
      heading: `これは Twilio の SID（${letters}…）で、トークンではありません`,
      body: [`SID は Twilio のリソースを 1 つ指す識別子です。${advice}`],
    };
  }
  const { place, options } = sidPlacement(prefix);
  const where = {
    sub: 'これはサーバー側で、トークンの対象となるアカウント（トークンの sub クレーム）として使います。',
    iss: 'これはサーバー側で、シークレットと組にしてトークンの署名に使います（トークンの iss クレーム）。',
    grant: `これはトークンのグラントのオプションに入れます：${quoted(options)}。`,
    none: 'Access Token がこの SID を含むことはありません。',
  }[place];
  return {
    heading: `これは ${sidNames[prefix]}（${prefix}…）で、トークンではありません`,
    body: [where, advice],
  };
}

function olderHeading(older: OlderToken): string {
  return {
    capability: 'これは Capability Token で、Access Token ではありません',
    chatEra: 'これは IP Messaging（Programmable Chat）のトークンです',
    foreign: 'これはほかのサービスの JWT です',
  }[older.kind];
}

/** 「何を貼り付けたか」を日本語で。 */
export function describePaste(reading: PasteReading, cleaned: boolean): PasteWords | undefined {
  switch (reading.kind) {
    case 'empty':
    case 'unknown':
      return undefined;
    case 'jwt':
      if (reading.older) {
        return { heading: olderHeading(reading.older), body: [olderText(reading.older)] };
      }
      return cleaned
        ? {
            heading: '整えたトークン',
            body: ['一緒に貼り付けられた引用符、「Bearer 」、改行を除いたトークンです。'],
          }
        : undefined;
    case 'extracted':
      return {
        heading: '貼り付けた内容から取り出したトークン',
        body: [
          sourceText(reading.source),
          '取り出したトークンを下に表示し、単独で貼り付けた場合と同じように診断します。',
          ...(reading.older ? [olderText(reading.older)] : []),
        ],
      };
    case 'twiml':
      return {
        heading: 'これは TwiML で、トークンではありません',
        body: [
          'TwiML は Twilio の Webhook が応答に使う XML（<Response>…</Response>）です。トークンの URL が TwiML を返しています。クライアントにはトークンを返すエンドポイントを指定し、この URL は TwiML App の Voice URL として使ってください。',
        ],
      };
    case 'html':
      return {
        heading: 'これは HTML ページで、トークンではありません',
        body: [
          `トークンの URL が${reading.title === undefined ? '' : `「${reading.title}」という`} Web ページを返しています。多くはエラーページかログインページです。ブラウザーでその URL を開いて内容を確かめ、サーバーやルートを直して、トークンを返すようにしてください。`,
        ],
      };
    case 'twilioError':
      return {
        heading:
          reading.code === undefined
            ? 'これは Twilio REST API のエラーで、トークンではありません'
            : `これは Twilio エラー ${reading.code} で、トークンではありません`,
        body: [
          `Twilio の REST API がエラーを返しています${reading.status === undefined ? '' : `（HTTP ステータス ${reading.status}）`}。これを返した処理は Twilio の呼び出しに失敗し、トークンは作られていません。エラーの内容を調べてその呼び出しを直し、エラーではなくトークンを返すようにしてください。`,
        ],
      };
    case 'json':
      return {
        heading: 'これはトークンを含まない JSON です',
        body: [
          `${reading.keys.length > 0 ? `${quoted(reading.keys)}を含みますが、` : ''}「token」「accessToken」「access_token」「jwt」の下にも、その 1 階層下にも、トークンらしい文字列（eyJ…）がありません。トークンのエンドポイントが返す内容を確認してください。Access Token を含める必要があります。`,
        ],
      };
    case 'sid':
      return sidText(reading);
    case 'secret':
      return {
        heading: 'これは Auth Token か API キーシークレットのようで、トークンではありません',
        body: [
          '英数字 32 文字で、Auth Token や API キーシークレットと同じ形です。どちらもサーバーだけに置くものです。API キーシークレットは Access Token の署名に、Auth Token はサーバーから Twilio への呼び出しの認証に使います。',
          'どちらもクライアント（ブラウザー、アプリ、ログ）に渡してはいけません。渡ってしまった場合は、Twilio Console で再発行してください。ここでトークンの署名を確認するには、API キーシークレットを専用の欄に入力してください。',
        ],
      };
    case 'printedObject':
      return reading.form === 'serialized'
        ? {
            heading: 'これは twilio-node の AccessToken をシークレットごとシリアライズしたものです',
            body: [
              'AccessToken オブジェクトを JSON.stringify（または res.json）すると、トークンではなく、API キーシークレットを含むフィールドが書き出されます。代わりに token.toJwt() を送ってください。',
              'API キーシークレットはクライアントに渡してはいけません。この応答が渡ってしまった場合は、Twilio Console でその API キーを削除し、新しく作成してください。',
            ],
          }
        : {
            heading: `これは ${WRITER_NAMES[reading.library]} の AccessToken オブジェクトで、署名せずに出力されています`,
            body: [
              printedText(reading.library),
              `AccessToken の ${SIGNING_METHOD[reading.library]} を呼び、その戻り値（トークンの文字列）を送ってください。`,
            ],
          };
  }
}

export const paste = {
  title: '貼り付けた内容',
  tokenLabel: '使うトークン',
  copyToken: 'このトークンをコピー',
  copyTokenOf: (side: string) => `このトークンをコピー（${side}）`,
  copyFailed: 'コピーできませんでした。トークンを選択して手動でコピーしてください。',
  /** The heading of what `describePaste` says; empty when it says nothing. */
  heading: (reading: PasteReading, cleaned: boolean) =>
    describePaste(reading, cleaned)?.heading ?? '',
  /** Its sentences, as one paragraph. */
  body: (reading: PasteReading, cleaned: boolean) =>
    describePaste(reading, cleaned)?.body.join(' ') ?? '',
};
