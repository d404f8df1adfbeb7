import { routes } from './pieces/routes.ts';
import { codeStatus } from './pieces/codeStatus.ts';

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
  /** The comments written into the generated programs; the generators choose where each goes. */
  comments: {
    /** Above the lines that read the credentials. */
    credentials:
      'Reads your credentials from the environment, so the API Key Secret stays out of code.',
    /** Where the chosen algorithm is not HS256 and the library cannot sign with anything else. */
    hs256Only:
      'This library signs with HS256 only, so the algorithm chosen on the page is not used.',
    /** twilio-go only, where a TTL under an hour is set as an expiry time instead. */
    goShortTtl:
      'twilio-go raises a TTL under one hour to 3600 seconds, so the expiry time is set directly.',
  },
  routes,
  status: codeStatus,
};

export type CodeWords = typeof code;
