import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { MAX_TOKEN_LENGTH } from '../../src/token/diagnose/limits.ts';
import type { StringHeaderField } from '../../src/token/diagnose/findings.ts';
import { MAX_JSON_DEPTH } from '../../src/token/json/readJson.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, FROZEN_NOW_MS } from './fixtures.ts';

/**
 * Tokens whose JSON is written by hand to be hostile, filled to the inspector's size limit, each
 * with what its construction says the inspector must find. JSON.stringify cannot write a key
 * twice or a byte order mark, so the texts are assembled here. Test code only.
 */

export const HOSTILE_JSON_NOW = FROZEN_NOW_MS / 1000;

/** A JSON value's text, and whether it is a string. */
interface ValueText {
  readonly text: string;
  readonly isString: boolean;
}

const stringValue = (text: string): ValueText => ({ text: JSON.stringify(text), isString: true });
const otherValue = (text: string): ValueText => ({ text, isString: false });

/** What a header member or a claim may hold: right, wrong, or of the wrong type. */
const memberValue: fc.Arbitrary<ValueText> = fc.oneof(
  fc.constantFrom('HS256', 'none', 'JWT', 'twilio-fpa;v=1', 'ie1', '').map(stringValue),
  fc.string({ unit: 'binary', maxLength: 40 }).map(stringValue),
  fc
    .constantFrom(
      '{"toString":"HS256"}',
      '{"valueOf":1,"toString":null}',
      '["HS256"]',
      '[]',
      '{}',
      'null',
      'true',
      '256',
      '1e400',
      '-0',
    )
    .map(otherValue),
);

/** The bulk that fills a token to the limit, in one of the shapes that strain a reader. */
export type BulkShape =
  | 'deepArrays'
  | 'deepObjects'
  | 'deepMixed'
  | 'manyKeys'
  | 'duplicateKeys'
  | 'longString'
  | 'hiddenString'
  | 'hugeArray';

interface Bulk {
  readonly text: string;
  /** Levels of arrays and objects, the outermost included. */
  readonly depth: number;
  readonly duplicates: boolean;
  readonly isString: boolean;
}

/** A value of at most `bytes` bytes of UTF-8 in that shape. */
function bulk(shape: BulkShape, bytes: number): Bulk {
  const fit = (unit: number) => Math.max(0, Math.floor(bytes / unit));
  switch (shape) {
    case 'deepArrays': {
      const n = Math.max(1, fit(2));
      return {
        text: `${'['.repeat(n)}${']'.repeat(n)}`,
        depth: n,
        duplicates: false,
        isString: false,
      };
    }
    case 'deepObjects': {
      const n = fit(6);
      return {
        text: `${'{"a":'.repeat(n)}0${'}'.repeat(n)}`,
        depth: n,
        duplicates: false,
        isString: false,
      };
    }
    case 'deepMixed': {
      const n = fit(8);
      return {
        text: `${'[{"a":'.repeat(n)}0${'}]'.repeat(n)}`,
        depth: 2 * n,
        duplicates: false,
        isString: false,
      };
    }
    case 'manyKeys': {
      const keys = Array.from({ length: fit(10) }, (_, i) => `"k${String(i)}":0`);
      return { text: `{${keys.join(',')}}`, depth: 1, duplicates: false, isString: false };
    }
    case 'duplicateKeys': {
      const n = Math.max(2, fit(6));
      return {
        text: `{${Array<string>(n).fill('"k":0').join(',')}}`,
        depth: 1,
        duplicates: true,
        isString: false,
      };
    }
    case 'longString':
      return {
        text: JSON.stringify('x'.repeat(fit(1) - 2)),
        depth: 0,
        duplicates: false,
        isString: true,
      };
    case 'hiddenString':
      // Bidi overrides, zero-width spaces and a lone surrogate, escaped and raw.
      return {
        text: `"${'\\u202e\u200b\\ud800\u2066'.repeat(fit(18))}"`,
        depth: 0,
        duplicates: false,
        isString: true,
      };
    case 'hugeArray':
      return {
        text: `[${Array<string>(fit(2)).fill('0').join(',')}]`,
        depth: 1,
        duplicates: false,
        isString: false,
      };
  }
}

export interface HostileJsonToken {
  readonly token: string;
  /** What the inspector must report, from how the token was written. */
  readonly expected: {
    readonly duplicateIn: ReadonlySet<'header' | 'payload'>;
    readonly byteOrderMarkIn: ReadonlySet<'header' | 'payload'>;
    readonly tooDeepIn: ReadonlySet<'header' | 'payload'>;
    /** Header members whose value (the last, if written twice) is not a string. */
    readonly notStrings: ReadonlySet<StringHeaderField>;
    readonly crit: boolean;
    /** Unknown grants, when the bulk is made of them. */
    readonly unknownGrants: number;
  };
}

const HEADER_FIELDS = ['alg', 'typ', 'cty', 'twr', 'kid'] as const;
const ISSUED = HOSTILE_JSON_NOW - 60;
const CLAIMS: readonly (readonly [string, string])[] = [
  ['jti', `"${API_KEY_SID}-${String(ISSUED)}"`],
  ['iat', String(ISSUED)],
  ['exp', String(ISSUED + 3600)],
  ['iss', `"${API_KEY_SID}"`],
  ['sub', `"${ACCOUNT_SID}"`],
];
/** Room for the dots and an HS256 signature, and for base64url's rounding up, twice. */
const SIGNATURE_ROOM = 52;

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const utf8Length = (text: string) => Buffer.byteLength(text);
const object = (members: readonly (readonly [string, string])[]) =>
  `{${members.map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`;
const hasDuplicate = (keys: readonly string[]) => new Set(keys).size < keys.length;

type Place = 'header' | 'claim' | 'grants' | 'grant';
type Part = 'header' | 'payload';

/** Hostile header members and claims, BOMs, and a bulk filling the token to the limit. */
export const hostileJsonToken: fc.Arbitrary<HostileJsonToken> = fc
  .record({
    // Each member once, replacing the usual one in place; then perhaps one key written again.
    header: fc.uniqueArray(
      fc.tuple(fc.constantFrom<string>(...HEADER_FIELDS, 'crit', 'x'), memberValue),
      { selector: ([key]) => key, maxLength: 5 },
    ),
    headerAgain: fc.option(fc.tuple(fc.constantFrom(...HEADER_FIELDS, 'crit'), memberValue), {
      nil: undefined,
      freq: 2,
    }),
    claims: fc.uniqueArray(fc.tuple(fc.constantFrom('exp', 'nbf', 'jti', 'x'), memberValue), {
      selector: ([key]) => key,
      maxLength: 3,
    }),
    claimAgain: fc.option(fc.tuple(fc.constantFrom('exp', 'iss', 'grants', 'y'), memberValue), {
      nil: undefined,
      freq: 2,
    }),
    headerBom: fc.boolean(),
    payloadBom: fc.boolean(),
    shape: fc.constantFrom<BulkShape>(
      'deepArrays',
      'deepObjects',
      'deepMixed',
      'manyKeys',
      'duplicateKeys',
      'longString',
      'hiddenString',
      'hugeArray',
    ),
    /** Where the bulk goes: as `alg`, as a claim, as many grants, or as the voice grant. */
    place: fc.constantFrom<Place>('header', 'claim', 'grants', 'grant'),
    fill: fc.double({ min: 0.5, max: 1, noNaN: true }),
  })
  .map(({ header, headerAgain, claims, claimAgain, headerBom, payloadBom, shape, place, fill }) => {
    const headerValues = new Map<string, ValueText>([
      ['alg', stringValue('HS256')],
      ['typ', stringValue('JWT')],
      ['cty', stringValue('twilio-fpa;v=1')],
      ...header,
    ]);
    const claimValues = new Map<string, string>([
      ...CLAIMS,
      ...claims.map(([key, value]) => [key, value.text] as const),
    ]);
    const texts = (bulkText: string) => {
      const headerMembers: (readonly [string, string])[] = [
        // As `alg`, the bulk takes the place of the usual one.
        ...[...headerValues].map(
          ([key, value]) =>
            [key, key === 'alg' && place === 'header' ? bulkText : value.text] as const,
        ),
        ...(headerAgain ? [[headerAgain[0], headerAgain[1].text] as const] : []),
      ];
      const grants =
        place === 'grants'
          ? `{"identity":"alice"${bulkText === '' ? '' : `,${bulkText}`}}`
          : `{"identity":"alice",${place === 'grant' ? `"voice":${bulkText}` : '"video":{}'}}`;
      const payloadMembers: (readonly [string, string])[] = [
        ...claimValues,
        ['grants', grants],
        ...(claimAgain ? [[claimAgain[0], claimAgain[1].text] as const] : []),
        ...(place === 'claim' ? [['bulk', bulkText] as const] : []),
      ];
      return {
        headerText: `${headerBom ? '\ufeff' : ''}${object(headerMembers)}`,
        payloadText: `${payloadBom ? '\ufeff' : ''}${object(payloadMembers)}`,
        headerKeys: headerMembers.map(([key]) => key),
        payloadKeys: payloadMembers.map(([key]) => key),
      };
    };
    const shell = texts(place === 'grants' ? '' : '0');
    const room =
      Math.floor(((MAX_TOKEN_LENGTH - SIGNATURE_ROOM) * 3) / 4) -
      utf8Length(shell.headerText) -
      utf8Length(shell.payloadText);
    const bytes = Math.floor(room * fill);
    const made = place === 'grants' ? unknownGrants(bytes) : { ...bulk(shape, bytes), grants: 0 };
    const { headerText, payloadText, headerKeys, payloadKeys } = texts(made.text);
    const input = `${b64(headerText)}.${b64(payloadText)}`;
    const signature = createHmac('sha256', API_KEY_SECRET).update(input).digest('base64url');

    // What the construction says. The last of duplicate keys is the one read.
    const bulkPart: Part = place === 'header' ? 'header' : 'payload';
    const duplicateIn = new Set<Part>();
    if (hasDuplicate(headerKeys)) duplicateIn.add('header');
    if (hasDuplicate(payloadKeys)) duplicateIn.add('payload');
    if (made.duplicates) duplicateIn.add(bulkPart);
    // The bulk's outermost value sits at level 2 in the header or a claim, 3 in grants.
    const level = place === 'header' || place === 'claim' ? 2 : 3;
    const tooDeepIn = new Set<Part>();
    if (level + made.depth - 1 > MAX_JSON_DEPTH) tooDeepIn.add(bulkPart);
    const finalHeader = new Map([...headerValues].map(([key, value]) => [key, value.isString]));
    if (place === 'header') finalHeader.set('alg', made.isString);
    if (headerAgain) finalHeader.set(headerAgain[0], headerAgain[1].isString);
    const notStrings = new Set<StringHeaderField>(
      HEADER_FIELDS.filter((field) => finalHeader.get(field) === false),
    );
    const byteOrderMarkIn = new Set<Part>();
    if (headerBom) byteOrderMarkIn.add('header');
    if (payloadBom) byteOrderMarkIn.add('payload');
    return {
      token: `${input}.${signature}`,
      expected: {
        duplicateIn,
        byteOrderMarkIn,
        tooDeepIn,
        notStrings,
        crit: finalHeader.has('crit'),
        // Unless `grants` is written again, and the last one, which is read, holds none.
        unknownGrants: claimAgain?.[0] === 'grants' ? 0 : made.grants,
      },
    };
  });

/** As many unknown grants as fit in `bytes`, written as members: `"g0":{},"g1":{},…`. */
function unknownGrants(bytes: number) {
  const grants = Math.max(1, Math.floor(bytes / 11));
  const text = Array.from({ length: grants }, (_, i) => `"g${String(i)}":{}`).join(',');
  return { text, depth: 1, duplicates: false, isString: false, grants };
}
