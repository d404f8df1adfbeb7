import type { FormField } from '../../token/fields.ts';
import { GRANTS } from '../../token/grants/index.ts';
import { FIELD_SPECS, REQUIRED_FIELDS } from './fields/fieldSpecs.ts';

/** A field still to fill in or fix; `grants` is the group of switches, none of them on. */
export type NeededField = FormField | 'grants';

/** Every grant's switch, in the form's order. */
export const GRANT_SWITCHES = GRANTS.map((grant) => `grants.${grant.name}.enabled` as const);

/** The form's fields in the order they are drawn, with the grants' group before its switches. */
const ORDER: readonly NeededField[] = (() => {
  const fields = Object.keys(FIELD_SPECS) as FormField[];
  const first = fields.findIndex((field) => field.startsWith('grants.'));
  return [...fields.slice(0, first), 'grants', ...fields.slice(first)];
})();

/** Where the focus goes for a needed field: the grants' group is its first switch. */
export function focusTarget(field: NeededField): FormField {
  return field === 'grants' ? (GRANT_SWITCHES[0] ?? 'identity') : field;
}

/**
 * The fields a token still waits for, in the form's order: each required field left empty, no
 * grant switched on, and each field showing a problem.
 *
 * @example
 * ```ts
 * stillNeeded(['AC…', '', '', 'alice', '14400'], [true], []); // ['apiKeySid', 'apiKeySecret']
 * ```
 */
export function stillNeeded(
  required: readonly unknown[],
  switches: readonly unknown[],
  problems: ReadonlySet<string>,
): NeededField[] {
  const needed = new Set<string>(problems);
  REQUIRED_FIELDS.forEach((field, index) => {
    const value = required[index];
    const empty = typeof value === 'string' ? value.trim() === '' : typeof value !== 'number';
    if (empty) needed.add(field);
  });
  if (!switches.some((on) => on === true)) needed.add('grants');
  return ORDER.filter((field) => needed.has(field));
}

/**
 * The paths of the problems in react-hook-form's nested `errors`: a node with a `message` is
 * one (`grants` itself when no grant is on), and its children are looked into as well.
 */
export function problemPaths(errors: unknown): Set<string> {
  const paths = new Set<string>();
  const visit = (node: unknown, path: string, depth: number) => {
    if (typeof node !== 'object' || node === null || depth > 4) return;
    const record = node as Record<string, unknown>;
    if (path !== '' && typeof record.message === 'string') paths.add(path);
    for (const [key, child] of Object.entries(record)) {
      if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
      visit(child, path === '' ? key : `${path}.${key}`, depth + 1);
    }
  };
  visit(errors, '', 0);
  return paths;
}
