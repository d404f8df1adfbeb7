import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblemEn } from '../../src/i18n/problemsEn.ts';
import { TOKEN_FIELDS, type TokenField } from '../../src/token/fields.ts';
import type { InputProblem } from '../../src/token/problems.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import {
  generateFormSchema,
  GENERATE_FORM_DEFAULTS,
  type DescribeProblem,
  type GenerateFormInput,
} from '../../src/token/validation/generateFormSchema.ts';
import {
  DEFAULT_TTL_SECONDS,
  MAX_NUMERIC_DATE,
  MAX_TTL_SECONDS,
} from '../../src/token/validation/rules.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { hostileForm, requestFromForm } from './formModel.ts';
import { hostileText, notPlainDecimal, numberNear, typedNumber } from './hostile.ts';
import { clockAt, NUMERIC_DATE_BOUNDS, TTL_BOUNDS } from './requests.ts';
import { expectRoundTrip, outcomeOf } from './roundTrip.ts';

/**
 * Words each problem with the app's English (which must not fail on it), but reports it as JSON,
 * so a property can read back which field and problem the schema meant.
 */
const describeAsData: DescribeProblem = (field, problem) => {
  if (describeProblemEn(field, problem).trim() === '') {
    throw new Error(`No words for ${field}: ${problem.code}`);
  }
  return JSON.stringify({ field, problem });
};
const schema = generateFormSchema(describeAsData);

interface Reported {
  readonly field: string;
  /** Absent for zod's own issues (a wrong type, an unknown algorithm). */
  readonly problem?: InputProblem;
}

type ParseResult = ReturnType<typeof schema.safeParse>;

/** The schema's issues, read back; an empty list when it accepts. */
function reportedIssues(result: ParseResult): Reported[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (!issue.message.startsWith('{')) return { field };
    const data = JSON.parse(issue.message) as { field: TokenField; problem: InputProblem };
    expect(data.field).toBe(field);
    return { field, problem: data.problem };
  });
}

const valid: GenerateFormInput = {
  ...GENERATE_FORM_DEFAULTS,
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: 'alice',
};

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** `value`, with any member at any depth, or the whole, left out or replaced by anything. */
function withAnyParts(value: unknown): fc.Arbitrary<unknown> {
  const same =
    typeof value === 'object' && value !== null
      ? fc.record(
          Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withAnyParts(item)])),
          { requiredKeys: [] },
        )
      : fc.constant(value);
  return fc.oneof({ arbitrary: same, weight: 4 }, { arbitrary: anything, weight: 1 });
}

describe('the generate form schema, on any form', () => {
  it(
    'never throws, and reports every problem at a real field',
    () => {
      fc.assert(
        fc.property(hostileForm, ({ form }) => {
          for (const { field } of reportedIssues(schema.safeParse(form))) {
            expect(TOKEN_FIELDS).toContain(field);
          }
        }),
        fuzzRuns('schemaHostileForm'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on values of any type, and reports them under the form’s own keys',
    () => {
      const keys = Object.keys(valid);
      fc.assert(
        fc.property(withAnyParts(valid), (form) => {
          for (const { field } of reportedIssues(schema.safeParse(form))) {
            expect(field === '' || keys.includes(field.split('.')[0] ?? '')).toBe(true);
          }
        }),
        fuzzRuns('schemaAnyValue'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'agrees with the core: what it accepts signs, what it refuses the core refuses at that field',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileForm, fc.nat(999), async ({ form, issuedAt }, millis) => {
          const clock = clockAt(issuedAt, millis);
          const result = schema.safeParse(form);
          const issues = reportedIssues(result);
          const { request, unmapped } = requestFromForm(form);
          const input = { ...(result.success ? result.data : request), clock };
          const outcome = await outcomeOf(input);
          // The schema's output is the request the form stands for: the mapping is faithful.
          if (result.success) expect(result.data).toEqual(request);
          if ('token' in outcome) {
            expect(issues.filter(({ field }) => !unmapped.has(field as TokenField))).toEqual([]);
            if (result.success) await expectRoundTrip(input, outcome.token);
            return;
          }
          const { field, problem } = outcome.error;
          const atField = issues.filter((issue) => issue.field === field);
          if (problem.code === 'notBeforeAfterExpiry') {
            // The one rule that needs the clock: the schema cannot know when the token is signed.
            expect(atField).toEqual([]);
            expect(input.nbf).toBeGreaterThanOrEqual(issuedAt + (input.ttl ?? DEFAULT_TTL_SECONDS));
            return;
          }
          expect(atField.length).toBeGreaterThan(0);
          const problems = atField.flatMap((issue) => (issue.problem ? [issue.problem] : []));
          if (problems.length > 0) expect(problems).toContainEqual(problem);
        }),
        fuzzRuns('schemaAgreesWithCore'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('the generate form schema, on typed numbers', () => {
  it(
    'takes a TTL and Not before typed as whole numbers exactly inside their bounds',
    () => {
      const typed = fc.tuple(
        fc.constantFrom('ttl', 'nbf'),
        fc.oneof(
          fc
            .tuple(
              fc.constantFrom(...TTL_BOUNDS, ...NUMERIC_DATE_BOUNDS),
              fc.integer({ min: -2, max: 2 }),
            )
            .chain(([bound, offset]) => typedNumber(bound + offset)),
          notPlainDecimal,
          numberNear(NUMERIC_DATE_BOUNDS).map(String),
        ),
      );
      fc.assert(
        fc.property(typed, ([field, text]) => {
          const issues = reportedIssues(schema.safeParse({ ...valid, [field]: text })).filter(
            (issue) => issue.field === field,
          );
          const [min, max] = field === 'ttl' ? [1, MAX_TTL_SECONDS] : [0, MAX_NUMERIC_DATE];
          // What a person reads as a number: digits, perhaps a sign and a fraction, nothing else.
          const plain = /^[+-]?\d+(\.\d+)?$/.test(text.trim());
          const value = Number(text.trim());
          const problems = issues.map((issue) => issue.problem);
          if (!plain || !Number.isInteger(value)) {
            expect(problems).toEqual([{ code: 'notWholeNumber' }]);
          } else if (value < min || value > max) {
            expect(problems).toEqual([{ code: 'outOfRange', min, max }]);
          } else {
            expect(problems).toEqual([]);
          }
        }),
        fuzzRuns('schemaNumberText'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('the generate form schema, on outgoing parameters', () => {
  it(
    'carries name=value lines into the token exactly, whatever the names',
    async () => {
      const oneLine = (text: string) => !/[\r\n]/.test(text) && text.trim() === text;
      const name = fc
        .oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf'))
        .filter((text) => text !== '' && oneLine(text) && !text.includes('='));
      const value = hostileText.filter(oneLine);
      const params = fc.dictionary(name, value, { minKeys: 1, maxKeys: 5 });
      const newline = fc.constantFrom('\n', '\r\n', '\n\n', '\n \n');
      await fc.assert(
        fc.asyncProperty(params, newline, async (asked, separator) => {
          const text = Object.entries(asked)
            .map(([key, item]) => `${key}=${item}`)
            .join(separator);
          const form = {
            ...valid,
            grants: {
              ...valid.grants,
              voice: {
                ...valid.grants.voice,
                enabled: true,
                outgoingApplicationSid: 'AP0123456789abcdef0123456789abcdef',
                outgoingApplicationParams: text,
              },
            },
          };
          const result = schema.safeParse(form);
          expect(result.success).toBe(true);
          if (!result.success) return;
          expect(result.data.grants.voice?.outgoingApplicationParams).toEqual({ ...asked });
          const input = { ...result.data, clock: clockAt(1_800_000_000, 0) };
          const outcome = await outcomeOf(input);
          expect(outcome).toHaveProperty('token');
          if ('token' in outcome) await expectRoundTrip(input, outcome.token);
        }),
        fuzzRuns('schemaOutgoingParamsText'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('counterexamples the fuzzing found, kept as examples', () => {
  it('keeps an outgoing parameter named __proto__', () => {
    const form = {
      ...valid,
      grants: {
        ...valid.grants,
        voice: {
          ...valid.grants.voice,
          enabled: true,
          outgoingApplicationSid: 'AP0123456789abcdef0123456789abcdef',
          outgoingApplicationParams: '__proto__=x\nto=alice',
        },
      },
    };
    const params = schema.parse(form).grants.voice?.outgoingApplicationParams;
    expect(params).toEqual(JSON.parse('{"__proto__":"x","to":"alice"}'));
  });
});
