import { compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { API_KEY_SECRET } from '../support/fixtures.ts';
import { CSHARP_SAMPLES } from './csharp.ts';
import { GO_SAMPLES } from './go.ts';
import { HAND_MADE_SAMPLES } from './handMade.ts';
import { JAVA_SAMPLES } from './java.ts';
import type { LibrarySample } from './librarySample.ts';
import { PHP_SAMPLES } from './php.ts';
import { PYTHON_SAMPLES } from './python.ts';
import { RUBY_SAMPLES } from './ruby.ts';

const ALL: Readonly<Record<string, Readonly<Record<string, LibrarySample>>>> = {
  python: PYTHON_SAMPLES,
  java: JAVA_SAMPLES,
  csharp: CSHARP_SAMPLES,
  php: PHP_SAMPLES,
  ruby: RUBY_SAMPLES,
  go: GO_SAMPLES,
  handMade: HAND_MADE_SAMPLES,
};

const cases = Object.entries(ALL).flatMap(([set, samples]) =>
  Object.entries(samples).map(([name, { token }]) => ({ name: `${set} ${name}`, token })),
);

// The samples are what the libraries wrote: signed with the fixtures' secret, never edited since.
describe('the committed sample tokens', () => {
  it.for(cases)('$name is intact', async ({ token }) => {
    const key = new TextEncoder().encode(API_KEY_SECRET);
    await expect(compactVerify(token, key)).resolves.toBeDefined();
  });
});
