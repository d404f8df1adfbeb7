/**
 * How many cases each fuzz property runs in one `npm test`, kept in one place so the total (about
 * 16,000) is visible and a slow property is tuned here rather than in its test.
 *
 * Seeds are random on every run (fast-check's default), so each run explores new cases. A
 * failure prints its `seed` and `path`; replay it with
 * `fc.assert(property, { ...fuzzRuns('name'), seed, path, endOnFailure: true })`.
 *
 * @example
 * ```ts
 * await fc.assert(fc.asyncProperty(request, check), fuzzRuns('coreHostileRequest'));
 * ```
 */
export const FUZZ_RUNS = {
  // The token core: createAccessToken.fuzz.test.ts
  coreHostileRequest: 1_500,
  coreNumberBounds: 800,
  coreLengthBounds: 500,
  coreBadCharacterPosition: 500,
  corePlaybackJson: 500,
  coreOutgoingParams: 300,
  // The form's schema: generateFormSchema.fuzz.test.ts
  schemaHostileForm: 1_200,
  schemaAnyValue: 400,
  schemaAcceptsWhatSigns: 600,
  schemaMatchesTwilioNode: 800,
  schemaNumberText: 500,
  schemaOutgoingParamsText: 300,
  // The inspector on any paste: diagnoseToken.fuzz.test.ts
  inspectAnyString: 1_000,
  inspectBase64urlSegments: 500,
  inspectRandomJwt: 600,
  inspectTimeBounds: 500,
  inspectWithSecret: 400,
  decodeAnyString: 400,
  normalizeAnyString: 500,
  // The inspector on tokens the core made: cleanTokens.fuzz.test.ts
  cleanTokenInspectsClean: 500,
  cleanTokenWrapped: 400,
  cleanTokenTruncated: 300,
  cleanTokenAtSizeLimit: 200,
  // Two tokens side by side: compareTokens.fuzz.test.ts
  compareAnyPastes: 600,
  compareRandomJwts: 600,
  compareCleanTokens: 300,
  // A token back into the form: formFromToken.fuzz.test.ts
  formFromCleanToken: 400,
  formFromAnyToken: 400,
  // The share-safe report: report.fuzz.test.ts
  reportCleanTokens: 300,
  reportLeakingClaims: 200,
  reportAnyToken: 300,
  // Which library made a token: identifyLibrary.fuzz.test.ts
  identifyAnyPaste: 600,
  identifyHostileJson: 150,
  identifyShuffledMembers: 400,
  identifyLibraryLike: 400,
  // The Code tab's highlighter: highlight.fuzz.test.ts
  highlightFormPrograms: 300,
  highlightAnyText: 1_000,
} as const satisfies Record<string, number>;

export type FuzzProperty = keyof typeof FUZZ_RUNS;

/**
 * Per test, far above what a property needs on a slow machine (Vitest's default is 5 s), so only
 * a hang fails on time.
 */
export const FUZZ_TIMEOUT_MS = 120_000;

/** The fast-check parameters of one property: its share of the budget, with a random seed. */
export function fuzzRuns(property: FuzzProperty): { readonly numRuns: number } {
  return { numRuns: FUZZ_RUNS[property] };
}
