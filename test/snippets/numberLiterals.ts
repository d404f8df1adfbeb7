import type { Node } from 'web-tree-sitter';
import type { SnippetId } from '../../src/features/snippets/snippet.ts';
import { parseTree, type SyntaxProblem } from './parsers.ts';

/**
 * The one compile error a grammar cannot see and a number from the Playback grant can cause: a
 * literal too large for its type. Go gives an untyped integer constant the type `int` (64 bits
 * here) when it goes into an `interface{}`; C# types an unsuffixed integer as int, uint, long or
 * ulong by size and fails beyond; Java's is an `int` unless suffixed `L`. We ask each integer
 * literal to fit a signed 64-bit integer (Java: 32 bits without `L`), which is a little
 * stricter than C#, whose ulong range we never need; and each float literal to be a finite
 * double, as all three compilers do.
 *
 * @example
 * ```ts
 * await numberLiteralProblems('go', 'package main\nvar x interface{} = 9223372036854775808\n');
 * // [{ line: 2, column: 20, message: 'int_literal 9223372036854775808 overflows int64' }]
 * ```
 */

const INT64_MAX = 2n ** 63n - 1n;
const INT32_MAX = 2n ** 31n - 1n;

interface Rule {
  readonly integer: readonly string[];
  readonly float: readonly string[];
}

const RULES: Partial<Record<SnippetId, Rule>> = {
  go: { integer: ['int_literal'], float: ['float_literal'] },
  csharp: { integer: ['integer_literal'], float: ['real_literal'] },
  java: {
    integer: ['decimal_integer_literal'],
    float: ['decimal_floating_point_literal'],
  },
};

function integerProblem(id: SnippetId, node: Node): string | undefined {
  const text = node.text.replaceAll('_', '');
  const suffix = /[lLuU]+$/.exec(text)?.[0] ?? '';
  const digits = text.slice(0, text.length - suffix.length);
  if (!/^\d+$/.test(digits)) return undefined; // hex, octal and binary: never written by us
  const value = BigInt(digits);
  const max = id === 'java' && suffix === '' ? INT32_MAX : INT64_MAX;
  // -2^63 is legal in all three, but only right after a minus; we never write it.
  if (value > max)
    return `${node.type} ${node.text} overflows ${max === INT32_MAX ? 'int' : 'int64'}`;
  return undefined;
}

function floatProblem(node: Node): string | undefined {
  const value = Number(node.text.replaceAll('_', '').replace(/[fFdDmM]$/, ''));
  return Number.isFinite(value) ? undefined : `${node.type} ${node.text} is not a finite double`;
}

/** Number literals that parse but would not compile; empty for languages without such limits. */
export async function numberLiteralProblems(
  id: SnippetId,
  source: string,
): Promise<SyntaxProblem[]> {
  const rule = RULES[id];
  if (!rule || id === 'ruby') return [];
  const tree = await parseTree(id, source);
  try {
    const problems: SyntaxProblem[] = [];
    const check = (nodes: Node[], problemOf: (node: Node) => string | undefined) => {
      for (const node of nodes) {
        const message = problemOf(node);
        const { row, column } = node.startPosition;
        if (message) problems.push({ line: row + 1, column: column + 1, message });
      }
    };
    check(tree.rootNode.descendantsOfType([...rule.integer]), (node) => integerProblem(id, node));
    check(tree.rootNode.descendantsOfType([...rule.float]), floatProblem);
    return problems;
  } finally {
    tree.delete();
  }
}
