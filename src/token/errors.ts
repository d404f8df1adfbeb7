import type { TokenField } from './fields.ts';
import type { InputProblem } from './problems.ts';

/**
 * Thrown by the token core when an input is unusable. It names the field and carries the problem
 * as data, so a form can mark that field in the user's language.
 *
 * @example
 * ```ts
 * try {
 *   await createAccessToken(request);
 * } catch (error) {
 *   if (error instanceof InvalidTokenInputError) form.setError(error.field, ...);
 * }
 * ```
 */
export class InvalidTokenInputError extends Error {
  static readonly code = 'ERR_INVALID_TOKEN_INPUT';
  readonly code = InvalidTokenInputError.code;
  override readonly name = 'InvalidTokenInputError';

  constructor(
    readonly field: TokenField,
    readonly problem: InputProblem,
  ) {
    super(`Invalid ${field}: ${problem.code}`);
  }
}
