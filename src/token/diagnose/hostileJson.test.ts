import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFinding as describeFindingEn } from '../../i18n/en/pieces/findings.ts';
import { describeFinding as describeFindingJa } from '../../i18n/ja/pieces/findings.ts';
import { claimRows, MAX_CLAIM_ROWS } from '../claimRows.ts';
import { formatJson, MAX_FORMATTED_LENGTH } from '../json/formatJson.ts';
import { API_KEY_SECRET } from '../../../test/support/fixtures.ts';
import { HOSTILE_JSON_NOW, hostileJsonToken } from '../../../test/support/hostileJson.ts';
import { diagnoseToken } from './diagnoseToken.ts';
import { diagnoseWithSecret } from './diagnoseWithSecret.ts';
import { FINDING_RULES, type Finding, type FindingCode } from './findings.ts';
import { MAX_TOKEN_LENGTH } from './limits.ts';
import { MAX_LISTED_NAMES } from './nameList.ts';

const options = { now: HOSTILE_JSON_NOW };
/** Characters no display text may hold as they are. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const ofCode = <C extends FindingCode>(findings: readonly Finding[], code: C) =>
  findings.filter((item): item is Extract<Finding, { code: C }> => item.code === code);

describe('the inspector, on tokens whose JSON is written to break it', () => {
  it('reports every problem the token was written with, and is never fooled into "verified"', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJsonToken, async ({ token, expected }) => {
        expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
        const diagnosis = await diagnoseWithSecret(token, API_KEY_SECRET, options);
        const { findings, signature } = diagnosis;
        for (const item of findings) {
          expect(item.severity).toBe(FINDING_RULES[item.code].severity);
        }
        expect(diagnosis.decoded).toBeDefined();

        const parts = (code: 'duplicateKey' | 'byteOrderMark' | 'nestedTooDeep') =>
          new Set(ofCode(findings, code).map((item) => item.params.part));
        expect(parts('duplicateKey')).toEqual(expected.duplicateIn);
        expect(parts('byteOrderMark')).toEqual(expected.byteOrderMarkIn);
        expect(parts('nestedTooDeep')).toEqual(expected.tooDeepIn);
        const notStrings = ofCode(findings, 'headerFieldNotString').map(
          (item) => item.params.field,
        );
        expect(new Set(notStrings)).toEqual(expected.notStrings);
        expect(ofCode(findings, 'criticalHeader')).toHaveLength(expected.crit ? 1 : 0);

        // However many unknown grants, one finding names a few and counts them all.
        const unknown = ofCode(findings, 'unknownGrant');
        if (expected.unknownGrants > 0) {
          expect(unknown).toHaveLength(1);
          expect(unknown[0]?.params.total).toBe(expected.unknownGrants);
          expect(unknown[0]?.params.names.length).toBeLessThanOrEqual(MAX_LISTED_NAMES);
        }

        // A token read two ways is neither clean nor verified, whoever signed it.
        if (expected.duplicateIn.size > 0) {
          expect(signature).not.toBe('verified');
          expect(findings.some((item) => item.severity === 'error')).toBe(true);
        }
        // Every finding is a bounded sentence in both languages.
        expect(findings.length).toBeLessThan(40);
        for (const item of findings) {
          for (const text of [describeFindingEn(item), describeFindingJa(item)]) {
            expect(text.length).toBeLessThan(2000);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('renders any of them: claim rows and JSON text, bounded and free of hidden characters', () => {
    fc.assert(
      fc.property(hostileJsonToken, ({ token }) => {
        const { decoded } = diagnoseToken(token, options);
        if (!decoded) throw new Error('every hostile token here is a readable JWT');
        const { rows, omitted } = claimRows(decoded.header, decoded.payload);
        expect(rows.length).toBeLessThanOrEqual(MAX_CLAIM_ROWS);
        expect(omitted).toBeGreaterThanOrEqual(0);
        for (const row of rows) {
          expect(row.path).not.toMatch(HIDDEN);
          expect(row.text).not.toMatch(HIDDEN);
          expect(row.text.length).toBeLessThan(4000);
        }
        for (const part of [decoded.header, decoded.payload]) {
          const text = formatJson(part);
          expect(text.length).toBeLessThanOrEqual(MAX_FORMATTED_LENGTH + 1);
          // Line breaks are the layout's; any other hidden character is escaped.
          expect(text.replaceAll('\n', '')).not.toMatch(HIDDEN);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
