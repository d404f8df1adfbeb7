import type { RouteWords } from '../../en/pieces/routes.ts';

/** サーバールートとエッジ用プログラムの日本語。`code` 名前空間の一部。 */
export const routes: RouteWords = {
  program: 'プログラム',
  script: 'スクリプト',
  serverRoute: 'サーバールート',
  intro:
    'Web サーバーに置くルートです。GET /token?identity=… は、フォームと同じ規則で identity を確かめ、{"identity": …, "token": …} を JSON で返します（キャッシュさせません）。トークンのそれ以外の内容はフォームのとおりです。',
  env: '同じフォルダーに .env として保存',
  envNote:
    'SID はフォームの値です。プレースホルダーを API キーシークレットに置き換え、.env はバージョン管理に入れないでください。',
  run: '実行',
  tryIt: '試す',
  copyEnv: (language) => `${language} の .env をコピー`,
  copyRun: (language) => `${language} の実行コマンドをコピー`,
  copyCurl: (language) => `${language} の curl コマンドをコピー`,
  secretPlaceholder: 'your_api_key_secret',
  comments: {
    checkUser:
      'TODO: トークンを渡す前に、利用者が誰か（ログインやセッション）を確かめてください。このままでは、このルートに届く人なら誰でもトークンを受け取れます。',
    rules: (max) =>
      `このグラントでのフォームの規則：identity は必須、${max} 文字以内、制御文字なし。`,
    room: (max) =>
      `Video グラントのルームはリクエストから受け取ります。空または指定なしならどのルームでも可、${max} 文字以内。`,
    framework: {
      node: 'Express：Node.js で小さな Web アプリを書くときの定番フレームワークです。',
      python:
        'Flask：小さな JSON エンドポイントを書くときの Python の定番マイクロフレームワークです。python-dotenv を入れると、flask コマンドが .env を読み込みます。',
      java: 'Javalin：依存関係ひとつと数行で JSON エンドポイントが書け、Spring Boot のようなプロジェクト設定が要りません。',
      csharp:
        'ASP.NET Core の Minimal API：.NET 標準の小さな HTTP エンドポイントの書き方で、Twilio 以外のパッケージは要りません。',
      php: '素の PHP を PHP の組み込み Web サーバーで動かします。エンドポイントひとつならフレームワークは要りません。',
      ruby: 'Sinatra：小さなエンドポイントを書くときの Ruby の定番マイクロフレームワークです。',
      go: '標準ライブラリの net/http：JSON エンドポイントひとつなら Go ではこれが定番です。',
      edge: 'jose と WebCrypto だけを使い、Node.js の API は使わないため、twilio-node が読み込めない Cloudflare Workers、Deno、Bun でも動きます。',
    },
  },
};
