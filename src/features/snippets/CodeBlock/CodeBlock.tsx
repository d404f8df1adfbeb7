import '@mantine/core/styles/Code.css';
import { Code } from '@mantine/core';
import type { RootContent } from 'hast';
import { Fragment, useMemo, type ReactNode } from 'react';
import classes from './CodeBlock.module.css';
import { highlight } from './highlight.ts';

/**
 * highlight.js scopes and the colour each gets; a scope not listed keeps the text colour. Five
 * colours, each AA on the block's background in both schemes (see CodeBlock.module.css).
 */
const SCOPE_CLASS = new Map<string, string | undefined>([
  ['keyword', classes.keyword],
  ['meta', classes.keyword],
  ['title', classes.name],
  ['type', classes.name],
  ['built_in', classes.name],
  ['number', classes.constant],
  ['literal', classes.constant],
  ['symbol', classes.constant],
  ['attr', classes.constant],
  ['string', classes.string],
  ['regexp', classes.string],
  ['comment', classes.comment],
]);

export interface CodeBlockProps {
  /** The program or command, shown exactly as it is copied. */
  code: string;
  /** A language name of `HIGHLIGHT_LANGUAGES`; any other is shown plain. */
  language: string;
  /**
   * The block's accessible name. A named block can also take focus, so a keyboard user can
   * scroll a long program.
   */
  label?: string;
}

/** A Mantine code block, highlighted when the language is known and the code not too long. */
export function CodeBlock({ code, language, label }: CodeBlockProps) {
  const tokens = useMemo(() => highlight(code, language), [code, language]);
  return (
    <Code
      block
      className={classes.block}
      aria-label={label}
      tabIndex={label === undefined ? undefined : 0}
    >
      {tokens ? renderTokens(tokens.children) : code}
    </Code>
  );
}

/** Spans for the scopes that have a colour, plain text for the rest, in order. */
function renderTokens(nodes: readonly RootContent[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return null;
    const children = renderTokens(node.children);
    const className = scopeClass(node.properties.className);
    return className === undefined ? (
      <Fragment key={index}>{children}</Fragment>
    ) : (
      <span key={index} className={className}>
        {children}
      </span>
    );
  });
}

/** A token's first class is its scope (`title` of `title.class`). */
function scopeClass(className: unknown): string | undefined {
  const scope: unknown = Array.isArray(className) ? className[0] : undefined;
  return typeof scope === 'string' ? SCOPE_CLASS.get(scope) : undefined;
}
