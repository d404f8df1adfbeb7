import { ElidedJson } from './readJson.ts';

/**
 * Whether `value` is a JSON object: not null, not an array, and not the stand-in for an object
 * nested too deep to keep ({@link ElidedJson}), whose members were dropped.
 *
 * @example
 * ```ts
 * isJsonObject({ identity: 'alice' }); // true
 * isJsonObject(['alice']);             // false
 * ```
 */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof ElidedJson)
  );
}
