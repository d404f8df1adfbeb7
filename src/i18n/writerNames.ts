import type { Writer } from '../token/fingerprint/index.ts';

/** Each library by the name its project goes by: the same in every language. */
export const WRITER_NAMES: Readonly<Record<Writer, string>> = {
  node: 'twilio-node',
  python: 'twilio-python',
  java: 'twilio-java',
  csharp: 'twilio-csharp',
  php: 'twilio-php',
  ruby: 'twilio-ruby',
  go: 'twilio-go',
  jsonwebtoken: 'jsonwebtoken',
  pyjwt: 'PyJWT',
  'golang-jwt': 'golang-jwt',
  'ruby-jwt': 'ruby-jwt',
  jjwt: 'jjwt',
};
