import type { Finding } from '../../diagnose/findings.ts';

/**
 * One rule of one product, checked on a token's `grants` as the product would read it. The
 * inspector runs it on any pasted token; Generate runs the same rule on the token the form
 * describes, before signing, and shows each finding at the field its `at` names. A rule reads
 * untrusted JSON: it type-checks what it reads and never throws.
 */
export type GrantRule = (grants: Readonly<Record<string, unknown>>) => Finding[];

/** The grant's value under `key`, when it is an object. */
export function grantValue(
  grants: Readonly<Record<string, unknown>>,
  key: string,
): Readonly<Record<string, unknown>> | undefined {
  const value = Object.hasOwn(grants, key) ? grants[key] : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The identity, when it is text the product could read. */
export function identityOf(grants: Readonly<Record<string, unknown>>): string | undefined {
  const { identity } = grants;
  return typeof identity === 'string' && identity !== '' ? identity : undefined;
}

/** The text's characters as code points: an emoji is one, as people count characters. */
export function charactersOf(text: string): string[] {
  const characters: string[] = [];
  for (const character of text) characters.push(character);
  return characters;
}

export function characterCount(text: string): number {
  return charactersOf(text).length;
}

export const IDENTITY_PATH = ['grants', 'identity'] as const;
