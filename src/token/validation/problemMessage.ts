import type { InputProblem } from '../problems.ts';

/**
 * A problem as the text of a zod issue, and back. zodResolver hands react-hook-form only an
 * issue's `message`, so the problem travels through it as JSON; the form reads it back with
 * {@link readProblem} and words it in the reader's language at render. Nothing here is prose.
 *
 * @example
 * ```ts
 * ctx.addIssue({ code: 'custom', message: problemMessage({ code: 'required' }) });
 * readProblem(fieldState.error?.message); // { code: 'required' }
 * ```
 */
export function problemMessage(problem: InputProblem): string {
  return JSON.stringify(problem);
}

/** The problem a field error carries, or undefined for an error that carries none. */
export function readProblem(message: string | undefined): InputProblem | undefined {
  if (message === undefined || !message.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(message);
    return isProblem(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isProblem(value: unknown): value is InputProblem {
  return (
    typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string'
  );
}
