import { describe, expect, it } from 'vitest';
import corpusJson from '../../test/corpus/corpus.json' with { type: 'json' };
import type { Corpus } from '../../test/corpus/corpusTypes.ts';
import { LAZY_NAMESPACES } from '../../test/support/lazyNamespaces.ts';
import { diagnoseToken } from '../token/diagnose/diagnoseToken.ts';
import {
  finding,
  type Finding,
  type FindingCode,
  type FindingParams,
} from '../token/diagnose/findings.ts';
import { TOKEN_FIELDS } from '../token/fields.ts';
import type { InputProblem } from '../token/problems.ts';
import type { ConsequenceCode, ConsequenceParams, DifferingPlace } from '../token/compare/index.ts';
import {
  GRANTS,
  LEGACY_GRANTS,
  LIBRARIES,
  optionsOf,
  type LegacyGrantKey,
} from '../token/grants/index.ts';
import type { PasteReading } from '../token/paste/index.ts';
import { HEADER_FIELDS, PAYLOAD_CLAIMS, type TokenPlace } from '../token/place.ts';
import { signedBy } from '../token/compare/index.ts';
import { compare as compareEn } from './en/compare.ts';
import { describeFinding as describeFindingEn } from './en/pieces/findings.ts';
import { en } from './en.ts';
import { compare as compareJa } from './ja/compare.ts';
import { describeFinding as describeFindingJa } from './ja/pieces/findings.ts';
import { problems as problemsJa } from './ja/problems.ts';
import { ja } from './ja.ts';

const describeProblemJa = problemsJa.describe;

/** Every file of each language's folder, as lazyWords.ts finds them. */
const ENGLISH = import.meta.glob<Readonly<Record<string, unknown>>>('./en/*.ts', { eager: true });
const JAPANESE_FILES = import.meta.glob<Readonly<Record<string, unknown>>>('./ja/*.ts', {
  eager: true,
});

/** The word tree and each of its lazily loaded namespaces, English beside Japanese. */
const PAIRS = [
  { name: 'messages', en, ja },
  ...LAZY_NAMESPACES.map((name) => ({
    name,
    en: ENGLISH[`./en/${name}.ts`]?.[name],
    ja: JAPANESE_FILES[`./ja/${name}.ts`]?.[name],
  })),
];

describe('the language folders', () => {
  it('hold the same files, and every namespace in each', () => {
    const names = (files: object) => Object.keys(files).map((file) => file.slice(5));
    expect(names(JAPANESE_FILES)).toEqual(names(ENGLISH));
    for (const pair of PAIRS) {
      expect(typeof pair.en, pair.name).toBe('object');
      expect(typeof pair.ja, pair.name).toBe('object');
    }
  });
});

/** Every leaf by its dotted path; functions are leaves, objects are walked. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, leafValue] of leaves(child, path ? `${path}.${key}` : key)) {
        found.set(leaf, leafValue);
      }
    }
  } else {
    found.set(path, value);
  }
  return found;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** A Japanese sentence, without the marks of a value that went missing. */
function expectJapaneseSentence(text: string) {
  expect(text).toMatch(JAPANESE);
  expect(text).toMatch(/。$/);
  expect(text).not.toMatch(/undefined|NaN|\[object/);
}

const SAMPLE_TEXT = [['Voice'], ['アカウント SID, TTL（秒）']];
const CLAIM_VALUES = [
  [{ text: 'daily-standup' }],
  [{ text: '{"room":"daily-standup"}', options: ['room'] }],
  [{ text: '{}', options: [] }],
  [{ text: '42' }],
];

/**
 * Sample arguments for every sentence of the token's words, found by their keys: each `claim`
 * takes a value's text, each `onOneSide` a side, each meaning function a grant's name.
 */
const tokenWordSamples = Object.fromEntries(
  [...leaves(en)].flatMap(([path, value]): [string, readonly (readonly unknown[])[]][] => {
    if (typeof value !== 'function') return [];
    if (path.endsWith('.claim')) return [[`messages.${path}`, CLAIM_VALUES]];
    if (path.endsWith('.onOneSide')) return [[`messages.${path}`, [['1 つ目'], ['second']]]];
    if (path === 'token.grantMeaning' || path === 'token.otherGrantField.meaning') {
      return [[`messages.${path}`, SAMPLE_TEXT]];
    }
    return [];
  }),
);

/** Every place a token's field can have, with each grant's options and old keys. */
const PLACES: readonly TokenPlace[] = [
  ...HEADER_FIELDS.map((field) => ({ kind: 'header', field }) as const),
  ...PAYLOAD_CLAIMS.map((claim) => ({ kind: 'claim', claim }) as const),
  { kind: 'identity' },
  ...GRANTS.flatMap((grant) => [
    { kind: 'grant', grant: grant.name } as const,
    ...optionsOf(grant).map(
      ([option]) => ({ kind: 'option', grant: grant.name, option, part: 'whole' }) as const,
    ),
    { kind: 'otherGrantField', grant: grant.name } as const,
  ]),
  ...(Object.keys(LEGACY_GRANTS) as LegacyGrantKey[]).flatMap((key) => [
    { kind: 'legacyGrant', key } as const,
    { kind: 'otherGrantField', grant: key } as const,
  ]),
  { kind: 'otherHeader' },
  { kind: 'otherClaim' },
  { kind: 'unknownGrant' },
];

/** The places whose words say what a difference there does. */
const DIFFERING = PLACES.filter(
  (place): place is DifferingPlace =>
    (place.kind === 'header' && ['alg', 'typ', 'cty', 'twr'].includes(place.field)) ||
    (place.kind === 'claim' && ['iss', 'sub', 'jti'].includes(place.claim)) ||
    place.kind === 'identity' ||
    place.kind === 'option',
);
const OPTIONS = PLACES.filter(
  (place): place is Extract<TokenPlace, { kind: 'option' }> => place.kind === 'option',
);

/** Arguments to call each message function with, by `<pair>.<path>`. */
/** One reading of every kind that says something, each source and older kind among them. */
const PASTE_SAMPLES: readonly (readonly [PasteReading, boolean])[] = [
  [{ kind: 'jwt', token: 'eyJ', older: { kind: 'capability' } }, false],
  [{ kind: 'jwt', token: 'eyJ', older: { kind: 'chatEra' } }, false],
  [{ kind: 'jwt', token: 'eyJ', older: { kind: 'foreign', issuer: 'https://id.example' } }, false],
  [{ kind: 'jwt', token: 'eyJ', older: { kind: 'foreign' } }, false],
  [{ kind: 'jwt', token: 'eyJ' }, true],
  ...(
    [
      { kind: 'json', path: 'data.token' },
      { kind: 'url', part: 'query', key: 'token' },
      { kind: 'url', part: 'fragment', key: 'access_token' },
      { kind: 'header' },
      { kind: 'curl' },
      { kind: 'pythonStr' },
      { kind: 'text' },
    ] as const
  ).map((source) => [{ kind: 'extracted', token: 'eyJ', source }, false] as const),
  [{ kind: 'twiml' }, false],
  [{ kind: 'html', title: '502 Bad Gateway' }, false],
  [{ kind: 'html' }, false],
  [{ kind: 'twilioError', code: 20003, status: 401 }, false],
  [{ kind: 'twilioError' }, false],
  [{ kind: 'json', keys: ['identity', 'ok'] }, false],
  [{ kind: 'json', keys: [] }, false],
  [{ kind: 'sid', prefix: 'AC', letters: 'AC' }, false],
  [{ kind: 'sid', prefix: 'SK', letters: 'SK' }, false],
  [{ kind: 'sid', prefix: 'CR', letters: 'CR' }, false],
  [{ kind: 'sid', prefix: 'CA', letters: 'CA' }, false],
  [{ kind: 'sid', letters: 'ZZ' }, false],
  [{ kind: 'secret' }, false],
  [{ kind: 'printedObject', library: 'node', form: 'serialized' }, false],
  ...LIBRARIES.map(
    (library) => [{ kind: 'printedObject', library, form: 'printed' }, false] as const,
  ),
];

const SAMPLE_ARGS: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  'messages.app.languageUnavailable': [['日本語']],
  'messages.timeInput.ttlReadAs': [[14_400], [5400], [90], [1]],
  'messages.timeInput.nbfReadAs': [[1_796_231_400]],
  'problems.describe': [
    ['identity', { code: 'required' }],
    ['ttl', { code: 'outOfRange', min: 1, max: 86_400 }],
  ],
  'warnings.describe': [
    [{ code: 'secretLength', length: 31, expected: 32 }],
    [{ code: 'secretLength', length: 1, expected: 32 }],
    [{ code: 'ttlAboveVideoAdvice' }],
    [{ code: 'regionNotForVideo' }],
    [{ code: 'regionUnknown' }],
    [{ code: 'regionUnknown', suggestion: 'ie1' }],
    [{ code: 'algorithmNotHs256' }],
    [{ code: 'identityBlank' }],
    [{ code: 'identityPadded' }],
    [{ code: 'identityHidden', position: 4, codePoint: 'U+202E', bidi: true }],
    [{ code: 'identityHidden', position: 1, codePoint: 'U+200B', bidi: false }],
  ],
  'messages.generate.grantGroup': SAMPLE_TEXT,
  'messages.generate.presetApplied': [['Video ルーム'], ['Conversations']],
  'messages.generate.unexpectedFailure': [['OperationError']],
  'messages.result.announce': [['alice'], ['山田']],
  'messages.firstVisit.preview.expiresAfter': [['4 時間']],
  'messages.firstVisit.preview.duration': [
    [{ hours: 4, minutes: 0, seconds: 0 }],
    [{ hours: 0, minutes: 1, seconds: 30 }],
  ],
  'messages.firstVisit.preview.videoSession': [['署名から4時間']],
  'messages.firstVisit.twilioError': [[53201]],
  'messages.firstVisit.preview.grantList': [[['ビデオ']], [['ビデオ', 'ボイス']]],
  'decoded.expiresIn': [['5 分']],
  'decoded.shortVideoToken': [['1 時間', '4 時間']],
  'decoded.expiredAgo': [['5 分']],
  'decoded.formatDuration': [[0], [59], [60], [3600], [3660], [-90], [90061]],
  'decoded.moreRows': [[1], [1500]],
  ...tokenWordSamples,
  'history.remaining': [['5 分']],
  'history.ago': [['5 分']],
  'history.madeAt': [['12:34']],
  'history.copyLabel': [['alice', '12:34']],
  'history.inspectLabel': [['alice', '12:34']],
  'code.file': [['token.js']],
  'code.copy': [['Node.js']],
  'code.copyInstall': [['Python']],
  'code.routes.copyEnv': [['Node.js']],
  'code.routes.copyRun': [['Python']],
  'code.routes.copyCurl': [['Go']],
  'code.routes.comments.rules': [[128]],
  'code.routes.comments.room': [[128]],
  'code.status.emptyField': [['Identity']],
  'code.status.invalidField': [['TTL（秒）']],
  'inspect.twilioError': [[20104]],
  'inspect.errorLink': [[20104]],
  'inspect.describeFinding': [[finding('empty', {})]],
  // Every verdict, evidence and quirk is worded in madeBy.test.ts; one of each here.
  'inspect.madeBy.showMore': [[1], [12]],
  'inspect.madeBy.verdict': [
    [
      {
        verdict: 'library',
        library: 'go',
        candidates: [],
        confidence: 'certain',
        evidence: [],
        quirks: [],
      },
    ],
  ],
  'inspect.madeBy.describeEvidence': [[{ code: 'twrNull' }]],
  'inspect.madeBy.describeQuirk': [[{ code: 'nbfIsIssueTime' }, 'python']],
  'inspect.report.intro': [
    [{ shortenSids: true, maskIdentity: true, at: '2026-11-28T09:00:00Z' }],
    [{ shortenSids: false, maskIdentity: false, at: '2026-11-28T09:00:00Z' }],
  ],
  'inspect.report.describeTimes': [
    [
      {
        lifetime: { seconds: 3600, from: 'iat' },
        validFrom: { kind: 'atOnce' },
        status: { state: 'valid', secondsLeft: 60 },
      },
    ],
    [
      {
        lifetime: { seconds: -5, from: 'nbf' },
        validFrom: { kind: 'noIssueTime' },
        status: { state: 'expired', secondsAgo: 600 },
      },
    ],
    [{ validFrom: { kind: 'atOnce' }, status: { state: 'notYetValid', secondsAhead: 30 } }],
    [{ validFrom: { kind: 'atOnce' }, status: { state: 'noExpiry' } }],
  ],
  'inspect.editInGenerate.describe': [
    [{ kind: 'field', part: 'header', path: 'kid' }],
    [{ kind: 'field', part: 'payload', path: 'aud' }],
    [{ kind: 'grant', key: 'fax' }],
    [{ kind: 'grant', key: 'ip_messaging', replacedBy: 'chat' }],
    [{ kind: 'option', path: 'grants.video.x' }],
    [{ kind: 'rewritten', path: 'typ' }],
    [{ kind: 'lifetime' }],
  ],
  'inspect.paste.copyTokenOf': [['最初のトークン']],
  'inspect.paste.heading': PASTE_SAMPLES,
  'inspect.paste.body': PASTE_SAMPLES,
  'compare.unreadable': [[['first']], [['second']], [['first', 'second']]],
  'compare.different': [[0], [1], [1200]],
  // Only a finished check is worded: every way the two sides can come out.
  'compare.signedBy': (
    [
      ['verified', 'verified'],
      ['verified', 'mismatch'],
      ['mismatch', 'verified'],
      ['mismatch', 'mismatch'],
      ['unsupportedAlgorithm', 'mismatch'],
      ['verified', 'malformed'],
      ['malformed', 'unsupportedAlgorithm'],
    ] as const
  ).map(([first, second]) => [signedBy(true, { first, second })]),
  'compare.rewritten': [[['header']], [['header', 'payload']]],
  'compare.beyondDepth': [[['payload']], [['header', 'payload']]],
  'compare.moreDifferences': [
    [50, 51],
    [50, 3000],
  ],
  'compare.inHeader': [['署名アルゴリズム']],
  'compare.validFromText': [
    [{ kind: 'atOnce' }],
    [{ kind: 'afterIssue', seconds: 0 }],
    [{ kind: 'afterIssue', seconds: 600 }],
    [{ kind: 'afterIssue', seconds: -30 }],
    [{ kind: 'noIssueTime' }],
    [{ kind: 'unreadable' }],
  ],
  'compare.lifetimeText': [
    [{ seconds: 3600, from: 'iat' }],
    [{ seconds: 86_400, from: 'nbf' }],
    [undefined],
  ],
  'compare.status': [
    [{ state: 'valid', secondsLeft: 3540 }],
    [{ state: 'expired', secondsAgo: 180 }],
    [{ state: 'notYetValid', secondsAhead: 600 }],
    [{ state: 'noExpiry' }],
  ],
  'compare.describeMeaning': PLACES.map((place) => [place]),
  'compare.describeConsequence': [
    [{ code: 'differs', params: { place: OPTIONS[0] } }],
    [{ code: 'optionOnOneSide', params: { place: OPTIONS[0], side: 'first' } }],
  ],
};

describe.each(PAIRS)('the Japanese $name', ({ name, en: english, ja: japanese }) => {
  const enLeaves = leaves(english);
  const jaLeaves = leaves(japanese);

  it('has exactly the English keys', () => {
    expect([...jaLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('fills every text the English fills, and has a function wherever English has one', () => {
    for (const [path, value] of jaLeaves) {
      const englishValue = enLeaves.get(path);
      expect(typeof value, path).toBe(typeof englishValue);
      if (typeof value === 'string' && englishValue !== '') expect(value, path).not.toBe('');
    }
  });

  it('words something in Japanese for every call', () => {
    for (const [path, value] of jaLeaves) {
      if (typeof value !== 'function') continue;
      const samples = SAMPLE_ARGS[`${name}.${path}`];
      expect(samples, `sample arguments for ${name}.${path} in messages.test.ts`).toBeDefined();
      for (const args of samples ?? []) {
        const text: unknown = Reflect.apply(value, undefined, args);
        expect(typeof text, path).toBe('string');
        expect(text, `${path}(${JSON.stringify(args)})`).toMatch(JAPANESE);
      }
    }
  });
});

type ProblemSamples = { readonly [C in InputProblem['code']]: Extract<InputProblem, { code: C }> };

/** One problem of every code: a new code fails the typecheck until it is sampled here. */
const PROBLEMS: ProblemSamples = {
  required: { code: 'required' },
  sidWrongKind: { code: 'sidWrongKind', found: 'AC', expected: 'SK' },
  sidMalformed: { code: 'sidMalformed', expected: 'AC' },
  tooLong: { code: 'tooLong', max: 128, length: 130 },
  controlCharacter: { code: 'controlCharacter', position: 3 },
  invalidUnicode: { code: 'invalidUnicode', position: 7 },
  notWholeNumber: { code: 'notWholeNumber' },
  outOfRange: { code: 'outOfRange', min: 1, max: 86_400 },
  noGrant: { code: 'noGrant' },
  notJsonObject: { code: 'notJsonObject' },
  paramsWithoutApplication: { code: 'paramsWithoutApplication' },
  emptyParamName: { code: 'emptyParamName', line: 2 },
  badParamLine: { code: 'badParamLine', line: 3 },
  notBeforeAfterExpiry: { code: 'notBeforeAfterExpiry' },
  unsupportedAlgorithm: { code: 'unsupportedAlgorithm' },
  invalidValue: { code: 'invalidValue' },
  productRule: {
    code: 'productRule',
    finding: finding(
      'identityTooLong',
      { product: 'video', length: 130, max: 128 },
      { at: ['grants', 'identity'], twilioError: 53201 },
    ),
  },
};

describe('describeProblem (Japanese)', () => {
  const problems: InputProblem[] = [
    ...Object.values(PROBLEMS),
    // A SID name that starts with Latin letters, in the other position of the sentence.
    { code: 'sidWrongKind', found: 'SK', expected: 'AC' },
    { code: 'sidMalformed', expected: 'SK' },
  ];

  it('words every problem on every field as a Japanese sentence', () => {
    for (const field of TOKEN_FIELDS) {
      for (const problem of problems) {
        expectJapaneseSentence(describeProblemJa(field, problem));
      }
    }
  });

  it('names the field, and gives the TTL range in Japanese number format', () => {
    expect(describeProblemJa('identity', PROBLEMS.required)).toBe('アイデンティティは必須です。');
    expect(describeProblemJa('ttl', PROBLEMS.required)).toBe('TTL は必須です。');
    expect(describeProblemJa('ttl', PROBLEMS.outOfRange)).toContain('1〜86,400 秒');
    expect(describeProblemJa('nbf', PROBLEMS.outOfRange)).toContain('Unix 時間');
    expect(describeProblemJa('apiKeySid', PROBLEMS.sidWrongKind)).toBe(
      'これはアカウント SID（AC…）です。API キー SID は SK で始まります。',
    );
  });
});

type FindingSamples = { readonly [C in FindingCode]: readonly FindingParams[C][] };

const NOW = 1_795_856_400;

/** Every finding code, with a sample of each branch its wording takes. */
const FINDINGS: FindingSamples = {
  empty: [{}],
  tooLarge: [{ length: 20_000, maxLength: 16_384 }],
  notJwt: [
    { failure: { reason: 'segmentCount', count: 1 } },
    { failure: { reason: 'segmentCount', count: 5 } },
    { failure: { reason: 'emptySegment', part: 'signature' } },
    { failure: { reason: 'emptySegment', part: 'payload' } },
    { failure: { reason: 'notBase64url', part: 'header' } },
    { failure: { reason: 'notJson', part: 'payload' } },
    { failure: { reason: 'notObject', part: 'header' } },
  ],
  inputCleaned: [{ removed: ['quotes'] }, { removed: ['quotes', 'bearer', 'innerWhitespace'] }],
  byteOrderMark: [{ part: 'header' }, { part: 'payload' }],
  duplicateKey: [
    { part: 'header', names: ['alg'], total: 1 },
    { part: 'payload', names: ['grants.identity', 'exp'], total: 12 },
  ],
  nestedTooDeep: [{ part: 'payload', maxDepth: 100 }],
  headerFieldNotString: [
    { field: 'alg', found: 'object' },
    { field: 'typ', found: 'null' },
    { field: 'cty', found: 'array' },
    { field: 'twr', found: 'number' },
    { field: 'kid', found: 'boolean' },
  ],
  criticalHeader: [
    { names: [], total: 0 },
    { names: ['b64', 'exp'], total: 3 },
  ],
  algorithmMissing: [{}],
  algorithmNone: [{}],
  algorithmNotHmac: [{ alg: 'RS256' }],
  algorithmNotHs256: [{ alg: 'HS384' }],
  contentTypeInvalid: [
    { expected: 'twilio-fpa;v=1' },
    { found: 'JWT', expected: 'twilio-fpa;v=1' },
  ],
  typeMissing: [{}],
  typeNotJwt: [{ found: 'JWS' }],
  issuerInvalid: [
    { issue: { kind: 'wrongKind', found: 'AC' } },
    { issue: { kind: 'wrongKind', found: 'RM' } },
    { issue: { kind: 'missing' } },
    { issue: { kind: 'notString' } },
    { issue: { kind: 'malformed' } },
  ],
  subjectInvalid: [{ issue: { kind: 'wrongKind', found: 'SK' } }, { issue: { kind: 'missing' } }],
  jtiMissing: [{}],
  jtiMismatch: [{ jti: 'abc', expectedPrefix: 'SK0123-' }],
  expiryMissing: [{ found: 'absent' }, { found: 'notNumber' }],
  expired: [
    { exp: NOW, now: NOW, secondsAgo: 0 },
    { exp: NOW - 180, now: NOW, secondsAgo: 180 },
    { exp: NOW - 400_000, now: NOW, secondsAgo: 400_000 },
  ],
  notBeforeNotNumber: [{}],
  notYetValid: [{ nbf: NOW + 600, now: NOW, secondsAhead: 600, skewSeconds: 60 }],
  neverValid: [
    { nbf: NOW, exp: NOW },
    { nbf: -1e300, exp: 1e300 },
  ],
  issuedAtNotNumber: [{}],
  issuedInFuture: [{ iat: NOW + 600, now: NOW, secondsAhead: 600 }],
  issuedAfterExpiry: [{ iat: NOW, exp: NOW - 60 }],
  lifetimeTooLong: [
    { lifetimeSeconds: 90_000, from: 'iat', maxSeconds: 86_400 },
    { lifetimeSeconds: 90_000, from: 'nbf', maxSeconds: 86_400 },
    { lifetimeSeconds: 2_592_000, from: 'now', maxSeconds: 86_400 },
  ],
  grantsMissing: [{ found: 'absent' }, { found: 'notObject' }],
  noGrant: [{}],
  identityMissing: [
    { found: 'absent', neededBy: ['video'] },
    { found: 'empty', neededBy: ['video', 'chat'] },
    { found: 'notString', neededBy: ['voice', 'chat', 'data_sync'] },
  ],
  grantNotObject: [{ grant: 'video' }, { grant: 'voice', path: 'outgoing' }],
  grantSidInvalid: [
    { grant: 'video', field: 'room', expected: 'RM', issue: { kind: 'wrongKind', found: 'CA' } },
    {
      grant: 'voice',
      field: 'outgoing.application_sid',
      expected: 'AP',
      issue: { kind: 'wrongKind', found: 'SK' },
    },
    { grant: 'chat', field: 'service_sid', expected: 'IS', issue: { kind: 'malformed' } },
    { grant: 'task_router', field: 'worker_sid', expected: 'WK', issue: { kind: 'notString' } },
  ],
  unknownGrant: [
    { names: ['vidoe'], total: 1 },
    { names: ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'], total: 700 },
  ],
  legacyGrant: [
    { grant: 'ip_messaging', replacement: 'chat' },
    { grant: 'rtc', replacement: 'video' },
  ],
  identityTooLong: [
    { product: 'video', length: 129, max: 128 },
    { product: 'voice', length: 300, max: 256 },
    { product: 'chat', length: 257, max: 256 },
    { product: 'sync', length: 1000, max: 256 },
  ],
  identityMayBeTooLongForVideo: [{ length: 100, doubled: 180, max: 128 }],
  identityNotVoiceSafe: [
    { position: 6, character: '-' },
    { position: 1, character: '太' },
  ],
  voiceCannotCall: [{}],
  chatWithoutService: [{}],
  playbackRetired: [{ endedOn: '2023-11-30' }],
  signatureLength: [{ alg: 'HS256', bytes: 16, expectedBytes: 32 }],
  signatureMismatch: [{}],
};

function findingsOf<C extends FindingCode>(code: C, samples: readonly FindingParams[C][]) {
  // A generic finding is not one member of the union until its code is known.
  return samples.map((params) => finding(code, params) as Finding);
}

describe('describeFinding (Japanese)', () => {
  const samples = (Object.keys(FINDINGS) as FindingCode[]).flatMap((code) =>
    findingsOf(code, FINDINGS[code]),
  );

  it('words every finding code, in each of its branches, as a Japanese sentence', () => {
    for (const item of samples) {
      const text = describeFindingJa(item);
      expectJapaneseSentence(text);
      expect(text).not.toBe(describeFindingEn(item));
    }
  });

  it('words every finding of the corpus', () => {
    const corpus = corpusJson as Corpus;
    for (const entry of corpus.entries) {
      for (const item of diagnoseToken(entry.token, { now: corpus.now }).findings) {
        expectJapaneseSentence(describeFindingJa(item));
      }
    }
  });

  it('says how long ago a token expired, in Japanese units', () => {
    expect(
      describeFindingJa(finding('expired', { exp: NOW - 180, now: NOW, secondsAgo: 180 })),
    ).toBe(
      'トークンは 3 分前に有効期限が切れています（exp 2026-11-28 08:57:00 UTC）。新しいトークンを生成してください。トークンの有効期間は最長 24 時間です。',
    );
  });

  it('names the wrong kind of SID in Japanese', () => {
    expect(
      describeFindingJa(
        finding('grantSidInvalid', {
          grant: 'voice',
          field: 'outgoing.application_sid',
          expected: 'AP',
          issue: { kind: 'wrongKind', found: 'CR' },
        }),
      ),
    ).toBe(
      'grants.voice.outgoing.application_sid がプッシュクレデンシャル SID（CR…）になっています。ここには TwiML App SID（AP…）を指定する必要があります。Twilio Console から正しい SID をコピーしてください。',
    );
  });
});

type ConsequenceSamples = { readonly [C in ConsequenceCode]: readonly ConsequenceParams[C][] };

/** Every consequence code, with a sample of each branch its wording takes. */
const CONSEQUENCES: ConsequenceSamples = {
  otherShape: [
    { first: 'object', second: 'boolean' },
    { first: 'null', second: 'string' },
  ],
  differs: DIFFERING.map((place) => ({ place })),
  notReadByTwilio: [{}],
  issuerSubjectSwapped: [{}],
  issuedApart: [{ seconds: 7200 }, { seconds: -45 }],
  issuedAtOnOneSide: [{ side: 'first' }, { side: 'second' }],
  lifetimes: [
    { first: { seconds: 3600, from: 'iat' }, second: { seconds: 86_400, from: 'iat' } },
    { first: { seconds: 3600, from: 'nbf' } },
    {},
  ],
  sameLifetime: [{ lifetime: { seconds: 14_400, from: 'iat' } }],
  validFrom: [
    { first: { kind: 'atOnce' }, second: { kind: 'noIssueTime' } },
    { first: { kind: 'afterIssue', seconds: 0 }, second: { kind: 'afterIssue', seconds: 600 } },
    { first: { kind: 'afterIssue', seconds: -30 }, second: { kind: 'unreadable' } },
  ],
  identityOnOneSide: [{ side: 'second' }],
  grantOnOneSide: [{ side: 'first' }],
  optionOnOneSide: OPTIONS.flatMap((place) => [
    { place, side: 'first' as const },
    { place, side: 'second' as const },
  ]),
};

describe('the Compare tab’s differences (Japanese)', () => {
  const consequences = (Object.keys(CONSEQUENCES) as ConsequenceCode[]).flatMap((code) =>
    // A generic consequence is not one member of the union until its code is known.
    CONSEQUENCES[code].map(
      (params) => ({ code, params }) as Parameters<typeof compareJa.describeConsequence>[0],
    ),
  );

  it('words every consequence code, in each of its branches, as a Japanese sentence', () => {
    for (const item of consequences) {
      const text = compareJa.describeConsequence(item);
      expectJapaneseSentence(text);
      expect(text).not.toBe(compareEn.describeConsequence(item));
    }
  });

  it('names what every field is for', () => {
    for (const place of PLACES) {
      expect(compareJa.describeMeaning(place)).toMatch(JAPANESE);
      expect(compareEn.describeMeaning(place)).not.toBe(compareJa.describeMeaning(place));
    }
  });

  it('compares lifetimes in seconds and in hours, in both languages', () => {
    const lifetimes = {
      code: 'lifetimes',
      params: { first: { seconds: 3600, from: 'iat' }, second: { seconds: 86_400, from: 'iat' } },
    } as const;
    expect(compareEn.describeConsequence(lifetimes)).toBe(
      'Expires 3,600 s (1 h) after issue vs 86,400 s (24 h) after issue.',
    );
    expect(compareJa.describeConsequence(lifetimes)).toBe(
      '有効期限は、1 つ目が発行から 3,600 秒（1 時間）後、2 つ目が発行から 86,400 秒（24 時間）後です。',
    );
  });
});
