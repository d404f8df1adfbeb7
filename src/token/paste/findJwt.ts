/** The characters of a compact JWT: base64url and the two dots. */
const JWT_CHAR = /[A-Za-z0-9_\-.]/;
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Whether `text` is a compact JWT as a whole: three base64url segments (the signature may be
 * empty), the header starting `eyJ` as every JSON object's base64url does. Anchored with no
 * nested quantifier, so linear.
 *
 * @example
 * ```ts
 * isCompactJwt('eyJhbGciOi…'); // true when it has its three segments
 * ```
 */
export function isCompactJwt(text: string): boolean {
  return text.startsWith('eyJ') && COMPACT.test(text);
}

/**
 * The first compact JWT inside other text, found by one pass over its runs of JWT characters
 * (a regex search would restart at every `eyJ` and turn quadratic on a long run of them).
 *
 * @example
 * ```ts
 * findJwt('token: eyJa.eyJb.c, user: 7'); // 'eyJa.eyJb.c'
 * ```
 */
export function findJwt(text: string): string | undefined {
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const inRun = index < text.length && JWT_CHAR.test(text.charAt(index));
    if (inRun && start < 0) start = index;
    if (!inRun && start >= 0) {
      // A run may carry a trailing dot from a sentence: "… is eyJ….x.y."
      const run = text.slice(start, index).replace(/\.$/, '');
      if (isCompactJwt(run)) return run;
      start = -1;
    }
  }
  return undefined;
}
