/**
 * The few comments a snippet carries. They are user-facing text, so they live here as one typed
 * object the i18n layer can replace; the generators only choose where each one goes.
 *
 * @example
 * ```ts
 * nodeSnippet.code(input, SNIPPET_COMMENTS_EN);
 * ```
 */
export interface SnippetComments {
  /** Above the lines that read the credentials. */
  readonly credentials: string;
  /** Where the chosen algorithm is not HS256 and the library cannot sign with anything else. */
  readonly hs256Only: string;
  /** twilio-go only, where a TTL under an hour is set as an expiry time instead. */
  readonly goShortTtl: string;
}

export const SNIPPET_COMMENTS_EN: SnippetComments = {
  credentials:
    'Reads your credentials from the environment, so the API Key Secret stays out of code.',
  hs256Only: 'This library signs with HS256 only, so the algorithm chosen on the page is not used.',
  goShortTtl:
    'twilio-go raises a TTL under one hour to 3600 seconds, so the expiry time is set directly.',
};

export const SNIPPET_COMMENTS_JA: SnippetComments = {
  credentials:
    '認証情報は環境変数から読み込みます。API キーシークレットをコードに書かずに済みます。',
  hs256Only:
    'このライブラリは HS256 でしか署名できないため、ページで選んだアルゴリズムは使われません。',
  goShortTtl:
    'twilio-go は 1 時間未満の TTL を 3600 秒に引き上げるため、有効期限の時刻を直接設定します。',
};
