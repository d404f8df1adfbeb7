import type { DecodedToken } from '../decode.ts';
import { nameList } from '../diagnose/nameList.ts';
import { handMadeLayout, wrongWriting } from './handMade.ts';
import type {
  Confidence,
  EscapedCharacter,
  Evidence,
  Identification,
  Library,
  RuleOutReason,
} from './identification.ts';
import { LIBRARY_LAYOUTS, type LibraryLayout } from './libraries/index.ts';
import { customClaims } from './libraries/php.ts';
import { fitsGrantsOrder, fitsOrder } from './memberOrder.ts';
import { notLibrarySigns } from './notLibrary.ts';
import { readTokenFacts, type TokenFacts } from './tokenFacts.ts';

/**
 * Which of Twilio's helper libraries made a token, from how it is written: the order of the
 * header's and the payload's members, which claims are there, the number in `jti`, the order of
 * `grants`, how strings are escaped, and each library's habits. Says so when no helper library
 * made it ("hand-made"), and when it cannot tell. Never throws; time linear in the token.
 *
 * With `unknown`, `confidence` is always `likely`: there is nothing to be sure of.
 *
 * @example
 * ```ts
 * const { verdict, library, evidence, quirks } = identifyLibrary(decodeToken(jwt));
 * verdict; // 'library'
 * library; // 'go'
 * quirks; // [{ code: 'ttlRaisedToHour' }, { code: 'nbfIsIssueTime' }]
 * ```
 */
export function identifyLibrary(decoded: DecodedToken): Identification {
  const facts = readTokenFacts(decoded);
  if (!facts) return cannotTell([{ code: 'unreadable' }]);

  const signs = notLibrarySigns(facts);
  if (signs.length > 0) return handMade(facts, 'certain', signs);

  const orders = orderEvidence(facts);
  const fitting = LIBRARY_LAYOUTS.filter(
    (layout) => fitsHeader(layout, facts) && fitsPayload(layout, facts),
  ).map((layout) => ({ layout, ...judge(layout, facts) }));
  const consistent = fitting.filter((fit) => fit.rulesOut === undefined);
  const [only] = consistent;
  if (only && consistent.length === 1) {
    const { layout } = only;
    return {
      verdict: 'library',
      library: layout.library,
      candidates: [],
      confidence: layout.derivedFromSource ? 'likely' : 'certain',
      evidence: [
        ...orders,
        ...only.evidence,
        ...(layout.derivedFromSource ? [{ code: 'derivedFromSource' } as const] : []),
      ],
      quirks: layout.quirks(facts),
    };
  }
  if (consistent.length > 1) {
    return cannotTell(
      orders,
      consistent.map((fit) => fit.layout.library),
    );
  }
  const rulings = fitting.flatMap(({ layout, rulesOut, character }): Evidence[] =>
    rulesOut === undefined
      ? []
      : [
          {
            code: 'rulesOut',
            library: layout.library,
            reason: rulesOut,
            ...(character ? { character } : {}),
          },
        ],
  );
  const made = handMade(facts, 'likely', [...orders, ...rulings]);
  return made.verdict === 'handMade' ? made : cannotTell([...orders, ...rulings]);
}

function cannotTell(evidence: readonly Evidence[], candidates: readonly Library[] = []) {
  return {
    verdict: 'unknown',
    candidates,
    confidence: 'likely',
    evidence,
    quirks: [],
  } as const satisfies Identification;
}

/**
 * Not made by a helper library: `certain` when the token has something none of them writes,
 * `likely` when it only has a layout none of them writes. Named after a generic JWT library when
 * its layout fits; without one, a `likely` answer is `unknown` instead (an older library version
 * may have written it).
 */
function handMade(
  facts: TokenFacts,
  confidence: Confidence,
  evidence: readonly Evidence[],
): Identification {
  const layout = handMadeLayout(facts);
  if (!layout && confidence === 'likely') return cannotTell(evidence);
  const [single] = layout?.writers ?? [];
  const named = layout?.writers.length === 1 && single !== undefined;
  return {
    verdict: 'handMade',
    ...(named ? { handMadeWith: single } : {}),
    candidates: layout && !named ? layout.writers : [],
    confidence,
    // The layout first: it is what the verdict names.
    evidence: [...(layout ? [{ code: 'handMadeLayout', ...layout } as const] : []), ...evidence],
    quirks: [],
  };
}

function orderEvidence(facts: TokenFacts): Evidence[] {
  return [
    {
      code: 'headerOrder',
      members: nameList(facts.headerMembers),
      writers: librariesWhere((layout) => fitsHeader(layout, facts)),
    },
    {
      code: 'payloadOrder',
      members: nameList(facts.payloadMembers),
      writers: librariesWhere((layout) => fitsPayload(layout, facts)),
    },
  ];
}

function librariesWhere(test: (layout: LibraryLayout) => boolean): Library[] {
  return LIBRARY_LAYOUTS.filter(test).map((layout) => layout.library);
}

function fitsHeader(layout: LibraryLayout, facts: TokenFacts): boolean {
  return layout.header.some((order) => fitsOrder(facts.headerMembers, order));
}

function fitsPayload(layout: LibraryLayout, facts: TokenFacts): boolean {
  const members = layout.customClaimsFirst
    ? facts.payloadMembers.slice(customClaims(facts).length)
    : facts.payloadMembers;
  return fitsOrder(members, layout.payload);
}

interface Judgement {
  /** What only this library does, seen in the token. */
  readonly evidence: readonly Evidence[];
  /** Why it cannot have written the token after all. */
  readonly rulesOut?: RuleOutReason;
  readonly character?: EscapedCharacter;
}

/** Everything but the member order: algorithm, region, grants, escapes, the library's traits. */
function judge(layout: LibraryLayout, facts: TokenFacts): Judgement {
  const { header } = facts;
  if (typeof header.alg !== 'string' || !layout.algorithms.includes(header.alg)) {
    return { evidence: [], rulesOut: 'algorithm' };
  }
  if (Object.hasOwn(header, 'twr') && !writesRegion(layout, header.twr)) {
    return { evidence: [], rulesOut: 'region' };
  }
  if (!fitsGrantsOrder(facts.grantMembers, layout.grantsOrder)) {
    return { evidence: [], rulesOut: 'grantsOrder' };
  }
  for (const character of CHARACTERS) {
    const wrong = wrongWriting(facts, layout.escapes, character);
    if (wrong) return { evidence: [], rulesOut: wrong, character };
  }
  const traits = layout.traits?.(facts) ?? { evidence: [] };
  if (traits.rulesOut) return { evidence: [], rulesOut: traits.rulesOut };
  return { evidence: [...traits.evidence, ...tellingWriting(layout, facts)] };
}

const CHARACTERS: readonly EscapedCharacter[] = ['slash', 'nonAscii', 'html'];

function writesRegion(layout: LibraryLayout, twr: unknown): boolean {
  switch (layout.region) {
    case 'nonEmpty':
      return typeof twr === 'string' && twr !== '';
    case 'string':
      return typeof twr === 'string';
    case 'stringOrNull':
      return typeof twr === 'string' || twr === null;
  }
}

/**
 * The grants' order and the escapes that only some libraries write, when the token shows them:
 * identity last (Python), sorted (Go), Java's HashMap order; `\/`, `\u00e9`, `\u003c`.
 */
function tellingWriting(layout: LibraryLayout, facts: TokenFacts): Evidence[] {
  const evidence: Evidence[] = [];
  const { grantMembers } = facts;
  const order = layout.grantsOrder;
  const shows =
    order === 'identityLast'
      ? grantMembers.length >= 2 && grantMembers.includes('identity')
      : order !== 'identityFirst' && grantMembers.length >= 2;
  if (shows) evidence.push({ code: 'grantsOrder', members: nameList(grantMembers), order });
  for (const character of CHARACTERS) {
    if (layout.escapes[character] === true && facts.writing[character].escaped) {
      evidence.push({ code: 'escaping', character, escaped: true });
    }
  }
  return evidence;
}
