import type { Root, RootContent } from 'hast';

/**
 * The text of a hast tree, read in order: what a browser shows for it. Test code only.
 *
 * @example
 * ```ts
 * expect(hastText(highlight(code, 'go'))).toBe(code);
 * ```
 */
export function hastText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => hastText(child)).join('') : '';
}
