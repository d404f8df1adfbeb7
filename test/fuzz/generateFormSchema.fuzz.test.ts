import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problems } from '../../src/i18n/en/problems.ts';
import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { TOKEN_FIELDS, type TokenField } from '../../src/token/fields.ts';
import type { InputProblem } from '../../src/token/problems.ts';
import {
  generateFormSchema,
  GENERATE_FORM_DEFAULTS,
  type GenerateFormInput,
  type GenerateFormValues,
} from '../../src/token/validation/generateFormSchema.ts';
import { MAX_NUMERIC_DATE, MAX_TTL_SECONDS } from '../../src/token/validation/rules.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import { twilioNodeToken } from '../support/twilioOracle.ts';
import { readProblem } from '../../src/token/validation/problemMessage.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { filledForm } from './filledForm.ts';
import { hostileForm } from './formModel.ts';
import { hostileText, notPlainDecimal, numberNear, typedNumber } from './hostile.ts';
import { clockAt, NUMERIC_DATE_BOUNDS, TTL_BOUNDS } from './requests.ts';
import { expectRoundTrip, outcomeOf } from './roundTrip.ts';

interface Reported {
  readonly field: string;
  /** Absent for zod's own issues (a wrong type, an unknown algorithm). */
  readonly problem?: InputProblem;
}

interface Parsed {
  /** The form's values for the core, when the schema accepts. */
  readonly data?: GenerateFormValues;
  /** Empty when the schema accepts. */
  readonly issues: readonly Reported[];
}

const schema = generateFormSchema;

/**
 * The one place this file calls the schema, so a change in how the schema reports problems is
 * made here alone.
 */
function parseForm(form: unknown): Parsed {
  const result = schema.safeParse(form);
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.map((issue): Reported => {
    const field = issue.path.map(String).join('.');
    const problem = readProblem(issue.message);
    if (!problem) return { field };
    // The app's English must word every problem the schema reports, at its field.
    expect(TOKEN_FIELDS).toContain(field);
    expect(problems.describe(field as TokenField, problem).trim()).not.toBe('');
    return { field, problem };
  });
  return { issues };
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
          for (const { field } of parseForm(form).issues) {
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
          for (const { field } of parseForm(form).issues) {
            expect(field === '' || keys.includes(field.split('.')[0] ?? '')).toBe(true);
          }
        }),
        fuzzRuns('schemaAnyValue'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws where the core would not: what it accepts, the core signs',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileForm, fc.nat(999), async ({ form, issuedAt }, millis) => {
          const { data } = parseForm(form);
          if (!data) return;
          const outcome = await outcomeOf({ ...data, clock: clockAt(issuedAt, millis) });
          // The one rule that needs the clock: the schema cannot know when the token is signed.
          if ('error' in outcome) expect(outcome.error.problem.code).toBe('notBeforeAfterExpiry');
        }),
        fuzzRuns('schemaAcceptsWhatSigns'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('the generate form schema, on a form filled in for a request', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'makes the token twilio-node makes for that request, byte for byte',
    async () => {
      await fc.assert(
        fc.asyncProperty(filledForm, async ({ request, form, issuedAt }) => {
          const { data, issues } = parseForm(form);
          expect(issues).toEqual([]);
          if (!data) return;
          const ours = await createAccessToken({ ...data, clock: () => issuedAt * 1000 });
          vi.useFakeTimers({ toFake: ['Date'] });
          vi.setSystemTime(issuedAt * 1000);
          try {
            expect(ours.jwt).toBe(twilioNodeToken(request));
          } finally {
            vi.useRealTimers();
          }
        }),
        fuzzRuns('schemaMatchesTwilioNode'),
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
          const issues = parseForm({ ...valid, [field]: text }).issues.filter(
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
          const { data, issues } = parseForm(form);
          expect(issues).toEqual([]);
          if (!data) return;
          expect(data.grants.voice?.outgoingApplicationParams).toEqual({ ...asked });
          const input = { ...data, clock: clockAt(1_800_000_000, 0) };
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
    const params = parseForm(form).data?.grants.voice?.outgoingApplicationParams;
    expect(params).toEqual(JSON.parse('{"__proto__":"x","to":"alice"}'));
  });
});
