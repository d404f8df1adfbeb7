import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ArrayNode,
  AssocNode,
  FalseNode,
  FloatNode,
  HashNode,
  IntegerNode,
  KeywordHashNode,
  NilNode,
  StringNode,
  TrueNode,
  Visitor,
  type CallNode,
  type Node as RubyNode,
} from '@ruby/prism';
import type { Node } from 'web-tree-sitter';
import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { run } from '../support/run.ts';
import { parseRuby, parseTree } from './parsers.ts';

/**
 * Literal read-back for the PHP and Ruby programs, which cannot run here without their Twilio
 * libraries: every literal argument in the generated program (found by the language's parser,
 * so the pieces are the program's own text) is evaluated by the real interpreter and printed as
 * JSON by the language's own encoder, the one its Twilio library signs with. What comes back
 * must hold every value the input meant. A PHP array that became a list, a number that lost
 * precision or an escape read differently would show.
 *
 * @example
 * ```ts
 * const values = await readBackPhp(phpSnippet.code(input), dir);
 * for (const value of meantValues(input)) expect(values).toContainEqual(value);
 * ```
 */

const PHP_LITERALS = new Set([
  'string',
  'encapsed_string',
  'integer',
  'float',
  'boolean',
  'null',
  'unary_op_expression',
  'array_creation_expression',
  'object_creation_expression',
  'cast_expression',
]);

/** The source text of each literal argument in a PHP program, in order. */
export async function phpLiteralArguments(source: string): Promise<string[]> {
  const tree = await parseTree('php', source);
  try {
    return tree.rootNode
      .descendantsOfType('argument')
      .map((argument: Node) => argument.namedChildren.at(-1))
      .filter((node): node is Node => node != null && PHP_LITERALS.has(node.type))
      .map((node) => node.text);
  } finally {
    tree.delete();
  }
}

const RUBY_LITERALS = [
  StringNode,
  IntegerNode,
  FloatNode,
  HashNode,
  ArrayNode,
  TrueNode,
  FalseNode,
  NilNode,
] as const;

/** The source text of each literal argument in a Ruby program, keyword arguments included. */
export async function rubyLiteralArguments(source: string): Promise<string[]> {
  const result = await parseRuby(source);
  const bytes = Buffer.from(source);
  const pieces: string[] = [];
  const take = (node: RubyNode) => {
    if (RUBY_LITERALS.some((type) => node instanceof type)) {
      const { startOffset, length } = node.location;
      pieces.push(bytes.subarray(startOffset, startOffset + length).toString());
    }
  };
  class Arguments extends Visitor {
    override visitCallNode(node: CallNode) {
      for (const argument of node.arguments_?.arguments_ ?? []) {
        if (!(argument instanceof KeywordHashNode)) take(argument);
        else for (const pair of argument.elements) if (pair instanceof AssocNode) take(pair.value);
      }
      super.visitCallNode(node);
    }
  }
  result.value.accept(new Arguments());
  return pieces;
}

/** Evaluates the pieces in PHP and reads them back through json_encode. */
export async function readBackPhp(source: string, dir: string): Promise<unknown[]> {
  const pieces = await phpLiteralArguments(source);
  const program = `<?php\n$values = [\n${pieces.join(',\n')}\n];\necho json_encode($values, JSON_THROW_ON_ERROR);\n`;
  return evaluate(program, join(dir, 'read-back.php'), 'php');
}

/** Evaluates the pieces in Ruby and reads them back through JSON.generate. */
export async function readBackRuby(source: string, dir: string): Promise<unknown[]> {
  const pieces = await rubyLiteralArguments(source);
  const program = `require 'json'\nvalues = [\n${pieces.join(',\n')}\n]\nprint JSON.generate(values)\n`;
  return evaluate(program, join(dir, 'read-back.rb'), 'ruby');
}

async function evaluate(program: string, file: string, command: string): Promise<unknown[]> {
  await writeFile(file, program);
  const { stdout } = await run(command, [file]);
  return JSON.parse(stdout) as unknown[];
}

/**
 * Every value of the input a program must pass to its library, as the token carries it (through
 * JSON, so -0 is 0): the identity, region and times, each text option, the Voice parameters and
 * a non-empty Playback grant.
 */
export function meantValues(input: SnippetInput): unknown[] {
  const values: unknown[] = [input.identity, input.ttl];
  if (input.nbf !== undefined) values.push(input.nbf);
  if (input.region) values.push(input.region);
  for (const options of Object.values(input.grants) as (object | undefined)[]) {
    for (const [name, value] of Object.entries(options ?? {}) as [string, unknown][]) {
      if (typeof value === 'string' && value !== '') values.push(value);
      if (name === 'outgoingApplicationParams' || name === 'grant') values.push(value);
    }
  }
  return values
    .filter((value) => typeof value !== 'object' || Object.keys(value ?? {}).length > 0)
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown);
}
