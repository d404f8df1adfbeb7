import { describe, expect, it } from 'vitest';
import { SNIPPET_COMMENTS_EN } from '../../src/features/snippets/comments.ts';
import { SNIPPETS } from '../../src/features/snippets/index.ts';
import type { SnippetId } from '../../src/features/snippets/snippet.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from './configs.ts';
import { numberLiteralProblems } from './numberLiterals.ts';
import { formatProblems, syntaxProblems } from './parsers.ts';
import { code as japaneseCode } from '../../src/i18n/ja/code.ts';

/**
 * Every program each generator writes, for every configuration, with English and with Japanese
 * comments, goes through its language's real parser (see parsers.ts), on any machine: no
 * interpreter or compiler needed. This is what checks Java, C# and Go, which nothing here runs.
 */

async function problemsOf(id: SnippetId, source: string): Promise<string> {
  const problems = [
    ...(await syntaxProblems(id, source)),
    ...(await numberLiteralProblems(id, source)),
  ];
  return formatProblems(source, problems);
}

const COMMENTS = { en: SNIPPET_COMMENTS_EN, ja: japaneseCode.comments } as const;

const cases = SNIPPETS.flatMap((snippet) =>
  CONFIG_NAMES.flatMap((config) =>
    (['en', 'ja'] as const).map((language) => ({ snippet, config, language })),
  ),
);

describe('every generated program parses', () => {
  it.each(cases)(
    '$snippet.name, $config, $language comments',
    async ({ snippet, config, language }) => {
      const source = snippet.code(SNIPPET_CONFIGS[config], COMMENTS[language]);
      expect(await problemsOf(snippet.id, source)).toBe('');
    },
  );
});

/**
 * Each checker, fed a program broken the way a bad escape or a bad number would break it, must
 * say so and where: a checker that passes everything would make the test above worthless.
 */
/** `line` 0: the parser's error recovery decides where the ERROR node starts. */
const BROKEN: readonly { id: SnippetId; source: string; line: number; says: RegExp }[] = [
  { id: 'node', source: "const a = 'it's';\n", line: 1, says: /tree-sitter/ },
  {
    id: 'node',
    source: 'const a = { __proto__: 1, "__proto__": 2 };\n',
    line: 1,
    says: /V8: .*__proto__/,
  },
  { id: 'python', source: 'x = {\n    "a": 1,\n', line: 0, says: /MISSING|ERROR/ },
  { id: 'python', source: "print('tab\n')\n", line: 1, says: /tree-sitter/ },
  {
    id: 'java',
    source: 'class A {\n  void f() {\n    String s = "a\\";\n  }\n}\n',
    line: 0,
    says: /tree-sitter/,
  },
  { id: 'java', source: 'class A { long x = 3000000000; }\n', line: 1, says: /overflows int$/ },
  {
    id: 'csharp',
    source: 'var x = new Dictionary<string, object>\n{\n    ["a"] = ,\n};\n',
    line: 3,
    says: /tree-sitter/,
  },
  {
    id: 'csharp',
    source: 'var x = new List<object> { 123456789012345678901234567890 };\n',
    line: 1,
    says: /integer_literal .* overflows int64/,
  },
  { id: 'php', source: "<?php\n$a = ['x' => 'it's'];\n", line: 2, says: /tree-sitter/ },
  { id: 'php', source: '<?php\n$a = new AccessToken(\n', line: 0, says: /MISSING|ERROR/ },
  { id: 'ruby', source: "x = { 'a' => 1\n", line: 0, says: /Prism/ },
  { id: 'ruby', source: "puts 'it's'\n", line: 1, says: /Prism/ },
  {
    id: 'go',
    source: 'package main\n\nfunc main() {\n\tx := map[string]interface{}{"a": 1\n}\n',
    line: 0,
    says: /tree-sitter/,
  },
  {
    id: 'go',
    source: 'package main\n\nvar x = map[string]interface{}{"a": 9223372036854775808}\n',
    line: 3,
    says: /int_literal 9223372036854775808 overflows int64/,
  },
];

describe('the checkers reject broken programs, saying where', () => {
  it.each(BROKEN)('$id: $source', async ({ id, source, line, says }) => {
    const problems = [
      ...(await syntaxProblems(id, source)),
      ...(await numberLiteralProblems(id, source)),
    ];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(says);
    // Every problem names a line; where the parser can say exactly, it must be the right one.
    for (const problem of problems) expect(problem.line).toBeGreaterThan(0);
    if (line > 0) expect(problems.map((problem) => problem.line)).toContain(line);
  });

  it('and accept the same programs once mended', async () => {
    expect(await problemsOf('node', 'const a = "it\'s";\n')).toBe('');
    expect(
      await problemsOf('csharp', 'var x = new List<object> { 1.2345678901234568e+29 };\n'),
    ).toBe('');
    expect(
      await problemsOf(
        'go',
        'package main\n\nvar x = map[string]interface{}{"a": 9.223372036854776e+18}\n',
      ),
    ).toBe('');
    expect(await problemsOf('ruby', "x = { 'a' => 1 }\n")).toBe('');
  });
});
