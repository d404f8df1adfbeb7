import { SNIPPET_COMMENTS_EN } from '../../features/snippets/comments.ts';

/** The Code tab's words: the `code` namespace, loaded with the tab. */
export const code = {
  title: 'Server code for this token',
  intro:
    'The same token, made by your own server with Twilio’s official helper library. The program reads your credentials from the environment variables TWILIO_ACCOUNT_SID, TWILIO_API_KEY and TWILIO_API_SECRET: the secret never appears in the code.',
  languages: 'Languages',
  install: 'Install',
  file: (name: string) => `Save as ${name}`,
  copy: (language: string) => `Copy ${language} code`,
  copyInstall: (language: string) => `Copy ${language} install command`,
  copied: 'Copied',
  copyFailed: 'Could not copy: select the code and copy it by hand.',
  /** The comments written into the generated programs. */
  comments: SNIPPET_COMMENTS_EN,
  fixForm: (fields: readonly string[]) =>
    `The code follows the form, which has a problem in: ${fields.join(', ')}. Fix it in the Generate tab to see the code.`,
};

export type CodeWords = typeof code;
