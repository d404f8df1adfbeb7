/**
 * What the Code tab says about its program beside the code: the placeholders it holds until the
 * form is complete (each field a button to it), and when it no longer makes the token on screen.
 */
export const codeStatus = {
  placeholdersTitle: 'The code has placeholders',
  placeholdersIntro: 'Fill in or fix these fields in the Generate tab, and the code follows:',
  /** A button that opens the Generate tab at the field. */
  emptyField: (label: string) => `${label}: empty`,
  invalidField: (label: string) => `${label}: needs fixing`,
  fieldList: 'Fields to complete',
  stale:
    'This code no longer makes the token on the Generate tab: the form has changed since that token was generated.',
};

export type CodeStatusWords = typeof codeStatus;
