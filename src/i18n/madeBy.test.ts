import { describe, expect, it } from 'vitest';
import { GO_SAMPLES } from '../../test/fingerprint/go.ts';
import { identify } from '../../test/fingerprint/identify.ts';
import type {
  EscapedCharacter,
  Evidence,
  EvidenceCode,
  GrantsOrder,
  HandMadeShape,
  Identification,
  Library,
  NotLibraryReason,
  Quirk,
  QuirkCode,
  RuleOutReason,
} from '../token/fingerprint/index.ts';
import { madeBy as en } from './en/pieces/madeBy.ts';
import { madeBy as ja } from './ja/pieces/madeBy.ts';

const members = (...names: string[]) => ({ names, total: names.length });
const ALL = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

const NOT_LIBRARY = ALL<NotLibraryReason>({
  spacedJson: true,
  duplicateKeys: true,
  byteOrderMark: true,
  headerMember: true,
  cty: true,
  typ: true,
  algorithm: true,
  region: true,
  missingClaim: true,
  claimType: true,
  jtiShape: true,
});
const RULE_OUTS = ALL<RuleOutReason>({
  algorithm: true,
  region: true,
  grantsOrder: true,
  escapedByLibrary: true,
  plainInLibrary: true,
  jtiNotRounded: true,
  customClaim: true,
});
const CHARACTERS = ALL<EscapedCharacter>({ slash: true, nonAscii: true, html: true });
const ORDERS = ALL<GrantsOrder>({
  identityFirst: true,
  identityLast: true,
  sorted: true,
  javaHashMap: true,
});
const SHAPES = ALL<HandMadeShape>({
  jsonwebtokenClaims: true,
  sortedMembers: true,
  sortedHeader: true,
  algLast: true,
});

/** Evidence of every code, in each form its wording takes; a new code fails the typecheck here. */
const EVIDENCE: { readonly [C in EvidenceCode]: readonly Extract<Evidence, { code: C }>[] } = {
  headerOrder: [
    { code: 'headerOrder', members: members('alg', 'typ', 'cty'), writers: ['node', 'csharp'] },
    { code: 'headerOrder', members: members('cty', 'typ', 'alg'), writers: ['java'] },
    { code: 'headerOrder', members: { names: ['k0'], total: 700 }, writers: [] },
  ],
  payloadOrder: [
    { code: 'payloadOrder', members: members('jti', 'grants'), writers: ['python'] },
    { code: 'payloadOrder', members: members('a', 'b'), writers: ['php', 'ruby'] },
    { code: 'payloadOrder', members: members('iss'), writers: [] },
  ],
  grantsOrder: ORDERS.map((order) => ({
    code: 'grantsOrder',
    members: members('voice', 'identity'),
    order,
  })),
  escaping: CHARACTERS.flatMap((character) => [
    { code: 'escaping', character, escaped: true } as const,
    { code: 'escaping', character, escaped: false } as const,
  ]),
  twrNull: [{ code: 'twrNull' }],
  jtiRounded: [{ code: 'jtiRounded', seconds: 1796222336 }],
  customClaims: [
    { code: 'customClaims', names: members('purpose') },
    { code: 'customClaims', names: { names: ['a', 'b'], total: 40 } },
  ],
  derivedFromSource: [{ code: 'derivedFromSource' }],
  rulesOut: RULE_OUTS.flatMap((reason) =>
    CHARACTERS.map(
      (character) => ({ code: 'rulesOut', library: 'php', reason, character }) as const,
    ),
  ),
  notLibrary: NOT_LIBRARY.map((reason) => ({ code: 'notLibrary', reason, name: 'kid' })),
  handMadeLayout: SHAPES.flatMap((shape) => [
    { code: 'handMadeLayout', shape, writers: ['jsonwebtoken'] } as const,
    { code: 'handMadeLayout', shape, writers: ['ruby-jwt', 'jjwt'] } as const,
  ]),
  unreadable: [{ code: 'unreadable' }],
};

const QUIRKS: { readonly [C in QuirkCode]: Extract<Quirk, { code: C }> } = {
  ttlRaisedToHour: { code: 'ttlRaisedToHour' },
  nbfIsIssueTime: { code: 'nbfIsIssueTime' },
  jtiRounded: { code: 'jtiRounded' },
  twrNull: { code: 'twrNull' },
  playerNull: { code: 'playerNull' },
  syncExtras: { code: 'syncExtras' },
  falsyIdentity: { code: 'falsyIdentity' },
  secretLength: { code: 'secretLength' },
  timesFixedAtBuild: { code: 'timesFixedAtBuild' },
};

const base = { candidates: [], evidence: [], quirks: [] } as const;
const VERDICTS: readonly Identification[] = [
  { ...base, verdict: 'library', library: 'go', confidence: 'certain' },
  { ...base, verdict: 'library', library: 'csharp', confidence: 'likely' },
  { ...base, verdict: 'handMade', confidence: 'certain' },
  { ...base, verdict: 'handMade', confidence: 'likely', handMadeWith: 'pyjwt' },
  { ...base, verdict: 'handMade', confidence: 'certain', candidates: ['ruby-jwt', 'jjwt'] },
  { ...base, verdict: 'unknown', confidence: 'likely' },
  { ...base, verdict: 'unknown', confidence: 'likely', candidates: ['python', 'go'] },
];

const LIBRARY: Library = 'python';
const sentences = (words: typeof en) => [
  ...VERDICTS.map((identification) => words.verdict(identification)),
  ...Object.values(EVIDENCE).flatMap((items: readonly Evidence[]) =>
    items.map((item) => words.describeEvidence(item)),
  ),
  ...Object.values(QUIRKS).map((quirk: Quirk) => words.describeQuirk(quirk, LIBRARY)),
];

describe('the "Made by" words', () => {
  it('word every verdict, evidence and quirk as an English sentence', () => {
    for (const text of sentences(en)) {
      expect(text).toMatch(/[.)]$/);
      expect(text).not.toMatch(/undefined|NaN|\[object| {2}/);
    }
  });

  it('word every verdict, evidence and quirk as a Japanese sentence', () => {
    for (const text of sentences(ja)) {
      expect(text).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
      expect(text).toMatch(/。$/);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('say what a real twilio-go token shows', () => {
    const identification = identify(GO_SAMPLES.voiceVideo.token);
    expect(en.verdict(identification)).toBe('twilio-go, Twilio’s helper library for Go.');
    expect(ja.verdict(identification)).toBe('twilio-go（Twilio の Go 用ヘルパーライブラリ）です。');
    expect(identification.evidence.map((item) => en.describeEvidence(item))).toEqual([
      'Header in the order alg, cty, typ, as twilio-python and twilio-go write it.',
      'Claims in the order exp, grants, iss, jti, nbf, sub, as twilio-go writes them.',
      'grants are sorted by name (identity, video, voice), as Go writes a map.',
    ]);
  });
});
