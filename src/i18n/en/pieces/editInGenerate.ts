import type { LeftBehind } from '../../../token/formFromToken.ts';

/**
 * "Edit in Generate" in English: the button, and what the form cannot hold of a token, each
 * named before the switch. The switch is exhaustive, so a new kind fails the typecheck until it is
 * worded here.
 *
 * @example
 * ```ts
 * editInGenerate.describe({ kind: 'field', part: 'payload', path: 'aud' }); // 'Claim “aud”'
 * ```
 */
export const editInGenerate = {
  button: 'Edit in Generate',
  anyway: 'Edit in Generate anyway',
  cancel: 'Cancel',
  leftBehindTitle: 'The form cannot hold all of this token',
  leftBehindIntro:
    'These will not be in the token the form makes. Add them to your own code if you need them:',
  describe(item: LeftBehind): string {
    switch (item.kind) {
      case 'field':
        return item.part === 'header' ? `Header field “${item.path}”` : `Claim “${item.path}”`;
      case 'grant':
        return item.replacedBy
          ? `Grant “${item.key}”, an old name of “${item.replacedBy}”: switch that grant on in the form if you need it`
          : `Grant “${item.key}”, which the form has no section for`;
      case 'option':
        return `“${item.path}”, which no field of the form holds`;
      case 'rewritten':
        return `Header field “${item.path}”: the form writes its own value`;
      case 'lifetime':
        return 'The lifetime: the token has no exp, or neither iat nor nbf, so the form keeps its TTL';
    }
  },
};

export type EditInGenerateWords = typeof editInGenerate;
