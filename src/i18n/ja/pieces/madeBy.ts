import type {
  EscapedCharacter,
  Evidence,
  GrantsOrder,
  HandMadeShape,
  Identification,
  Library,
  NotLibraryReason,
  Quirk,
  RuleOutReason,
  Writer,
} from '../../../token/fingerprint/index.ts';
import type { NameList } from '../../../token/diagnose/findings.ts';
import type { MadeByWords } from '../../en/pieces/madeBy.ts';
import { WRITER_NAMES } from '../../writerNames.ts';

/**
 * 検査タブの「作成元ライブラリ」欄の日本語：トークンを作ったライブラリ、その根拠、このトークンに
 * 関わるライブラリの癖。switch は網羅的なので、根拠や癖のコードが増えると、ここで訳すまで型検査が
 * 通りません。
 */

const LANGUAGES: Record<Library, string> = {
  node: 'Node.js',
  python: 'Python',
  java: 'Java',
  csharp: 'C#',
  php: 'PHP',
  ruby: 'Ruby',
  go: 'Go',
};

const and = (items: readonly string[]) =>
  new Intl.ListFormat('ja-JP', { style: 'long', type: 'conjunction' }).format(items);
const or = (items: readonly string[]) =>
  new Intl.ListFormat('ja-JP', { style: 'long', type: 'disjunction' }).format(items);

const named = (writers: readonly Writer[]) => writers.map((writer) => WRITER_NAMES[writer]);

/** `alg、typ、cty`、または `k0、k1 … ほか 690 件` */
const order = ({ names, total }: NameList) =>
  names.join('、') + (total > names.length ? ` ほか ${String(total - names.length)} 件` : '');

const quoted = ({ names, total }: NameList) =>
  and([
    ...names.map((name) => `「${name}」`),
    ...(total > names.length ? [`ほか ${String(total - names.length)} 件`] : []),
  ]);

const CHARACTERS: Record<EscapedCharacter, string> = {
  slash: '「/」',
  nonAscii: 'ASCII 以外の文字',
  html: '「<」「>」「&」',
};

const ESCAPES: Record<EscapedCharacter, string> = {
  slash: '「/」が「\\/」と書かれています。PHP の json_encode の書き方です。',
  nonAscii:
    'ASCII 以外の文字が \\u エスケープで書かれています（é は \\u00e9）。PHP の json_encode や Python の json.dumps の書き方です。',
  html: '「<」「>」「&」が \\u003c、\\u003e、\\u0026 と書かれています。Go の encoding/json の書き方です。',
};

const GRANTS_ORDERS: Record<GrantsOrder, (members: string) => string> = {
  identityFirst: (members) => `grants では identity が先頭です（${members}）。`,
  identityLast: (members) =>
    `grants では identity が最後です（${members}）。twilio-python はここに置きます。`,
  sorted: (members) =>
    `grants は名前順に並んでいます（${members}）。Go はマップをこの順で書きます。`,
  javaHashMap: (members) => `grants は Java の HashMap の順序です（${members}）。`,
};

function ruledOut(
  library: Library,
  reason: RuleOutReason,
  character: EscapedCharacter | undefined,
): string {
  const name = WRITER_NAMES[library];
  const what = CHARACTERS[character ?? 'slash'];
  switch (reason) {
    case 'algorithm':
      return `${name} はこのアルゴリズムでは署名しません`;
    case 'region':
      return `${name} はこの twr を書きません`;
    case 'grantsOrder':
      return `${name} は grants を別の順序で書きます`;
    case 'escapedByLibrary':
      return `${name} なら${what}をエスケープしたはずです`;
    case 'plainInLibrary':
      return `${name} は${what}をエスケープせずそのまま書きます`;
    case 'jtiNotRounded':
      return 'twilio-java の jti の数値は必ず丸められています（現在は 128 秒単位）';
    case 'customClaim':
      return 'twilio-php が追加するクレームは必ず文字列です';
  }
}

const NOT_LIBRARY: Record<NotLibraryReason, (name: string) => string> = {
  spacedJson: () => 'JSON にスペースや改行があります。ヘルパーライブラリはどれも詰めて書きます。',
  duplicateKeys: () => '同じキーが 2 回書かれています。ヘルパーライブラリはそうしません。',
  byteOrderMark: () =>
    'JSON がバイトオーダーマークで始まっています。ヘルパーライブラリはこれを書きません。',
  headerMember: (name) =>
    `ヘッダーに「${name}」があります。ヘルパーライブラリが書くのは alg、typ、cty、twr だけです。`,
  cty: () => 'ヘッダーに cty「twilio-fpa;v=1」がありません。ヘルパーライブラリはどれも書きます。',
  typ: () => 'ヘッダーに typ「JWT」がありません。ヘルパーライブラリはどれも書きます。',
  algorithm: () => 'ヘルパーライブラリが使わないアルゴリズムで署名されています。',
  region: () => 'twr が文字列でも null でもありません。',
  missingClaim: (name) => `${name} がありません。ヘルパーライブラリはどれも書きます。`,
  claimType: (name) => `${name} の型が、ヘルパーライブラリの書くものと違います。`,
  jtiShape: () =>
    'jti が「API キー SID、ハイフン、秒単位の時刻」の形ではありません。ヘルパーライブラリはどれもこの形で書きます。',
};

const SHAPES: Record<HandMadeShape, (writers: string) => string> = {
  jsonwebtokenClaims: (writers) =>
    `トークン自身のクレームの後に iat、続いて exp、iss、sub、jti があります。${writers} が追加する順序です。`,
  sortedMembers: (writers) => `ヘッダーもクレームも名前順に並んでいます。${writers} の書き方です。`,
  sortedHeader: (writers) =>
    `ヘッダーだけが名前順に並んでいます。${writers}（2.5 以降）の書き方です。`,
  algLast: (writers) => `typ がなく、alg が最後にあります。${writers} が書くヘッダーです。`,
};

/** 「作成元ライブラリ」欄の日本語。検査タブとともに読み込まれます。 */
export const madeBy: MadeByWords = {
  heading: '作成元ライブラリ',
  evidenceLabel: '判断の根拠',
  quirksHeading: 'このトークンへの影響',
  showMore: (count: number) => `ほか ${String(count)} 件を表示`,
  showFewer: '表示を減らす',

  verdict({ verdict, library, handMadeWith, candidates, confidence }: Identification): string {
    switch (verdict) {
      case 'library': {
        if (library === undefined) return 'どのライブラリで作られたか判別できません。';
        const name = `${WRITER_NAMES[library]}（Twilio の ${LANGUAGES[library]} 用ヘルパーライブラリ）です。`;
        return confidence === 'certain' ? name : `おそらく ${name}`;
      }
      case 'handMade': {
        const lead =
          confidence === 'certain'
            ? 'Twilio のヘルパーライブラリではありません。JWT ライブラリを使って手作りされたトークンです。'
            : 'Twilio のヘルパーライブラリではないようです。JWT ライブラリを使って手作りされたトークンに見えます。';
        if (handMadeWith !== undefined) {
          return `${lead}書式は ${WRITER_NAMES[handMadeWith]} のものです。`;
        }
        if (candidates.length > 0) return `${lead}書式は ${or(named(candidates))} が書くものです。`;
        return lead;
      }
      case 'unknown':
        return candidates.length > 0
          ? `判別できません。${or(named(candidates))} のどれでも同じトークンになります。`
          : 'どのライブラリで作られたか判別できません。';
    }
  },

  describeEvidence(item: Evidence): string {
    switch (item.code) {
      case 'headerOrder':
        return item.writers.length > 0
          ? `ヘッダーのメンバーの順序は ${order(item.members)} で、${and(named(item.writers))} が書く順序と同じです。`
          : `ヘッダーのメンバーの順序は ${order(item.members)} で、この順序で書く Twilio のヘルパーライブラリはありません。`;
      case 'payloadOrder':
        return item.writers.length > 0
          ? `クレームの順序は ${order(item.members)} で、${and(named(item.writers))} が書く順序と同じです。`
          : `クレームの順序は ${order(item.members)} で、この順序で書く Twilio のヘルパーライブラリはありません。`;
      case 'grantsOrder':
        return GRANTS_ORDERS[item.order](order(item.members));
      case 'escaping':
        return item.escaped
          ? ESCAPES[item.character]
          : `${CHARACTERS[item.character]}はそのまま書かれています。`;
      case 'twrNull':
        return 'ヘッダーに "twr": null があります。リージョンを指定しなかったときにこう書くのは twilio-ruby だけです。';
      case 'jtiRounded':
        return `jti の数値 ${String(item.seconds)} は、twilio-java の float 演算と同じく丸められています（現在は 128 秒単位）。`;
      case 'customClaims':
        return `${quoted(item.names)}がライブラリ自身のクレームより前にあります。twilio-php の addClaim() はここに置きます。`;
      case 'derivedFromSource':
        return 'twilio-csharp の書式はソースコードから読み取ったもので、ここでは .NET を実行して確かめていません。';
      case 'rulesOut':
        return `${WRITER_NAMES[item.library]} の書式ですが、${ruledOut(item.library, item.reason, item.character)}。`;
      case 'notLibrary':
        return NOT_LIBRARY[item.reason](item.name ?? '');
      case 'handMadeLayout':
        return SHAPES[item.shape](and(named(item.writers)));
      case 'unreadable':
        return 'トークンが大きすぎて判別できません。';
    }
  },

  describeQuirk(quirk: Quirk, library: Library): string {
    const name = WRITER_NAMES[library];
    switch (quirk.code) {
      case 'ttlRaisedToHour':
        return 'twilio-go は 1 時間より短いトークンを作りません。3,600 秒未満の TTL は 3,600 秒に引き上げられます。短い TTL を指定したのにこのトークンが 1 時間有効なのはそのためです。';
      case 'nbfIsIssueTime':
        return `${name} はトークンを作るときに nbf をサーバーの時計の時刻にします。サーバーの時計が Twilio より進んでいると、トークンは「まだ有効ではない」とされます（エラー 20105）。サーバーの時計を同期してください。`;
      case 'jtiRounded':
        return 'twilio-java は jti の時刻を 128 秒単位に丸めます。jti からトークンの作成時刻はわからず、同じキーで 128 秒以内に作ったトークンは同じ jti になります。';
      case 'twrNull':
        return 'twilio-ruby はリージョンを指定しないと "twr": null を書きます（5.42.0 以降）。このトークンはリージョンを指定していません。';
      case 'playerNull':
        return `${name} は grant を指定しない Playback グラントを null と書きます。twilio-node と twilio-php は {} と書きます。`;
      case 'syncExtras':
        return 'Sync グラントに deployment_role_sid と push_credential_sid を書くのは twilio-php だけです。ほかのライブラリにはこのオプションがありません。';
      case 'falsyIdentity':
        return 'このトークンには identity がありません。twilio-php は PHP で偽とみなされる identity（"0" や ""）を書きません。指定したのに見当たらないのはそのためです。';
      case 'secretLength':
        return 'twilio-csharp は 32 バイト未満の API キーシークレットを受け付けません（エラー IDX10720）。ほかのライブラリは受け付けます。';
      case 'timesFixedAtBuild':
        return 'twilio-csharp は jti の時刻と既定の有効期限を ToJwt() ではなく Token の作成時に決めます。Token を保持して使い回すと、毎回同じ jti と exp が書かれます。';
    }
  },
};
