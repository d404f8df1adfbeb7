import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';
import { loadPrism } from '@ruby/prism';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { SnippetId } from '../../src/features/snippets/snippet.ts';

/**
 * A real parser for each snippet language, installed by npm, so a program is checked on any
 * machine with Node: the languages' official tree-sitter grammars (their own WASM builds) run
 * by web-tree-sitter, and Ruby's own parser, Prism, as WASM. Node.js programs are also compiled
 * by V8, which knows the early errors a grammar does not (a duplicate `__proto__`, for one).
 *
 * @example
 * ```ts
 * const problems = await syntaxProblems('go', goSnippet.code(input));
 * expect(problems).toEqual([]); // else each says where: "12:4 MISSING }"
 * ```
 */

export interface SyntaxProblem {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  /** Which parser said so, and what. */
  readonly message: string;
}

const require = createRequire(import.meta.url);

const GRAMMARS: Readonly<Record<Exclude<SnippetId, 'ruby'>, string>> = {
  node: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  java: 'tree-sitter-java/tree-sitter-java.wasm',
  csharp: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  // The grammar that reads a whole file: text, then `<?php` and code.
  php: 'tree-sitter-php/tree-sitter-php.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
};

const parsers = new Map<SnippetId, Promise<Parser>>();

/** One parser per language and test file; loading a grammar is the slow part. */
function parserFor(id: Exclude<SnippetId, 'ruby'>): Promise<Parser> {
  let parser = parsers.get(id);
  if (!parser) {
    parser = (async () => {
      await Parser.init();
      const language = await Language.load(require.resolve(GRAMMARS[id]));
      return new Parser().setLanguage(language);
    })();
    parsers.set(id, parser);
  }
  return parser;
}

let prism: ReturnType<typeof loadPrism> | undefined;

/** Parses `source` with the language's tree-sitter grammar; the caller deletes the tree. */
export async function parseTree(id: Exclude<SnippetId, 'ruby'>, source: string): Promise<Tree> {
  const tree = (await parserFor(id)).parse(source);
  if (!tree) throw new Error(`tree-sitter gave no tree for ${id}`);
  return tree;
}

/** Ruby's own parser, Prism, on `source`. */
export async function parseRuby(source: string) {
  prism ??= loadPrism();
  return (await prism)(source);
}

/** Every ERROR and MISSING node, where it starts. */
function treeProblems(root: Node): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) {
      const { row, column } = node.startPosition;
      const what = node.isMissing
        ? `MISSING ${node.type}`
        : `ERROR at ${JSON.stringify(node.text.slice(0, 40))}`;
      problems.push({ line: row + 1, column: column + 1, message: `tree-sitter: ${what}` });
      if (node.isError) return;
    }
    if (node.hasError) for (const child of node.children) visit(child);
  };
  visit(root);
  return problems;
}

/** Line and column of a UTF-8 byte offset, as Prism reports them. */
function positionOfByte(source: string, offset: number): { line: number; column: number } {
  const before = Buffer.from(source).subarray(0, offset).toString();
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** V8's own compile, as CommonJS wraps a file: syntax and early errors, nothing run. */
function v8Problems(source: string): SyntaxProblem[] {
  try {
    compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], {
      filename: 'snippet.js',
    });
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the line only in the stack: "snippet.js:12".
    const line = /^snippet\.js:(\d+)/m.exec(error instanceof Error ? (error.stack ?? '') : '');
    return [{ line: Number(line?.[1] ?? 0), column: 1, message: `V8: ${message}` }];
  }
}

/** What the language's parser finds wrong with `source`; an empty list for a program that parses. */
export async function syntaxProblems(id: SnippetId, source: string): Promise<SyntaxProblem[]> {
  if (id === 'ruby') {
    const result = await parseRuby(source);
    return result.errors.map(({ message, location }) => ({
      ...positionOfByte(source, location.startOffset),
      message: `Prism: ${message}`,
    }));
  }
  const tree = await parseTree(id, source);
  try {
    const problems = treeProblems(tree.rootNode);
    return id === 'node' ? [...problems, ...v8Problems(source)] : problems;
  } finally {
    tree.delete();
  }
}

/** `line:column message`, one problem a line, with the source line under it. */
export function formatProblems(source: string, problems: readonly SyntaxProblem[]): string {
  const lines = source.split('\n');
  return problems
    .map(
      ({ line, column, message }) => `${line}:${column} ${message}\n    ${lines[line - 1] ?? ''}`,
    )
    .join('\n');
}
