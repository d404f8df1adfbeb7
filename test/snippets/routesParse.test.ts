import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROUTE_COMMENTS_EN, type RouteComments } from '../../src/features/snippets/comments.ts';
import { ROUTES } from '../../src/features/snippets/routes/index.ts';
import { phpRoute } from '../../src/features/snippets/routes/php.ts';
import { requestRules } from '../../src/features/snippets/routes/requestRules.ts';
import { ROOM_STAND_IN } from '../../src/features/snippets/routes/route.ts';
import { rubyRoute } from '../../src/features/snippets/routes/ruby.ts';
import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { CREDENTIAL_ENV } from '../../src/features/snippets/snippetInput.ts';
import { code as japaneseCode } from '../../src/i18n/ja/code.ts';
import { API_KEY_SECRET } from '../support/fixtures.ts';
import { tempDir } from '../support/run.ts';
import { describeWith, PHP, probe, RUBY } from '../support/tools.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from './configs.ts';
import { numberLiteralProblems } from './numberLiterals.ts';
import { formatProblems, syntaxProblems } from './parsers.ts';
import { meantValues, readBackPhp, readBackRuby } from './readBack.ts';

/**
 * Every server route, for every configuration, with English and Japanese comments, goes through
 * its language's real parser, as the scripts do (syntax.test.ts); the PHP and Ruby routes'
 * literals are read back by php and ruby (readBack.test.ts). The Node.js and Python routes also
 * run, in routes.test.ts.
 */

vi.setConfig({ testTimeout: 30_000 });

const COMMENTS: Readonly<Record<'en' | 'ja', RouteComments>> = {
  en: ROUTE_COMMENTS_EN,
  ja: { ...japaneseCode.comments, ...japaneseCode.routes.comments },
};

const cases = ROUTES.flatMap((route) =>
  CONFIG_NAMES.flatMap((config) =>
    (['en', 'ja'] as const).map((language) => ({ route, config, language })),
  ),
);

describe('every server route parses', () => {
  it.each(cases)(
    '$route.name, $config, $language comments',
    async ({ route, config, language }) => {
      const source = route.code(SNIPPET_CONFIGS[config], COMMENTS[language]);
      const problems = [
        ...(await syntaxProblems(route.id, source)),
        ...(await numberLiteralProblems(route.id, source)),
      ];
      expect(formatProblems(source, problems)).toBe('');
    },
  );
});

describe('what every server route says', () => {
  const input = SNIPPET_CONFIGS['all-grants'];

  it.each(ROUTES)('$name reads the credentials from the environment only', (route) => {
    const code = route.code({ ...input, identity: API_KEY_SECRET });
    for (const name of CREDENTIAL_ENV) expect(code).toContain(name);
    // The identity comes from the request: the form's is not in the program.
    expect(code).not.toContain(API_KEY_SECRET);
  });

  it.each(ROUTES)('$name takes the room from the request, never the form’s', (route) => {
    const code = route.code(input);
    expect(code).not.toContain(ROOM_STAND_IN);
    expect(code).not.toContain(input.grants.video.room);
    const withoutVideo = route.code(SNIPPET_CONFIGS['chat-sync']);
    expect(withoutVideo).not.toMatch(/\broom\b/i);
  });

  it.each(ROUTES)(
    '$name states the limits the form would apply, and marks the user check',
    (route) => {
      for (const config of CONFIG_NAMES) {
        const code = route.code(SNIPPET_CONFIGS[config]);
        const { identityMax } = requestRules(SNIPPET_CONFIGS[config].grants);
        expect(code).toContain(ROUTE_COMMENTS_EN.rules(identityMax));
        expect(code).toMatch(
          new RegExp(`(?:IDENTITY_MAX|IdentityMax|identityMax) = ${identityMax}\\b`),
        );
        expect(code).toContain(ROUTE_COMMENTS_EN.checkUser);
        expect(code).toContain(ROUTE_COMMENTS_EN.framework[route.id]);
        expect(code).toMatch(/no[-_]store/);
      }
    },
  );
});

/** What the route must pass to its library: the input's values, apart from the request's. */
function meantByRoute(input: SnippetInput): unknown[] {
  const fromRequest = new Set<unknown>([input.identity, input.grants.video?.room]);
  return meantValues(input).filter((value) => !fromRequest.has(value));
}

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const [php, ruby] = await Promise.all([probe(PHP), probe(RUBY)]);

describeWith(php, 'the PHP route’s literals, read back by php', () => {
  it.for(CONFIG_NAMES)('%s', async (config) => {
    const input = SNIPPET_CONFIGS[config];
    // The answers are arrays holding variables, which have no value outside a request.
    const source = phpRoute
      .code(input)
      .split('\n')
      .filter((line) => !/^\s*answer\(/.test(line))
      .join('\n');
    const values = await readBackPhp(source, dir.path);
    for (const value of meantByRoute(input)) expect(values).toContainEqual(value);
  });
});

describeWith(ruby, 'the Ruby route’s literals, read back by ruby', () => {
  it.for(CONFIG_NAMES)('%s', async (config) => {
    const input = SNIPPET_CONFIGS[config];
    const values = await readBackRuby(rubyRoute.code(input), dir.path);
    for (const value of meantByRoute(input)) expect(values).toContainEqual(value);
  });
});
