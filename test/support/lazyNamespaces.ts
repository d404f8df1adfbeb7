import type { LazyNamespace } from '../../src/i18n/lazyWords.ts';

const ALL: Record<LazyNamespace, true> = {
  code: true,
  compare: true,
  decoded: true,
  history: true,
  inspect: true,
  notices: true,
  problems: true,
  setup: true,
  trust: true,
  warnings: true,
};

/**
 * Every namespace that loads with its part of the page, for tests that walk them all. The
 * compiler keeps it in step with `LazyNamespaces` both ways: a name missing here, or one the
 * type lacks, fails the typecheck.
 */
export const LAZY_NAMESPACES = Object.keys(ALL) as LazyNamespace[];
