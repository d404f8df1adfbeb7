import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, pythonString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { GRANT_CLASS, snakeCase, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

const INDENT = '    ';

const PYTHON: LiteralSyntax = {
  string: pythonString,
  null: 'None',
  true: 'True',
  false: 'False',
  objectOpen: '{',
  objectClose: '}',
  emptyObject: '{}',
  entry: (key, value) => `${pythonString(key)}: ${value}`,
  arrayOpen: '[',
  arrayClose: ']',
  emptyArray: '[]',
  indent: INDENT,
};

/** Keyword arguments, as `name=value` source. */
function keywords(grant: SnippetGrant, indent: string): string[] {
  const args: string[] = [];
  if (grant.incomingAllow) args.push('incoming_allow=True');
  for (const [option, value] of grant.text) {
    args.push(`${snakeCase(option)}=${pythonString(value)}`);
    if (option === 'outgoingApplicationSid' && grant.outgoingApplicationParams) {
      const params = Object.fromEntries(grant.outgoingApplicationParams);
      args.push(`outgoing_application_params=${jsonLiteral(params, PYTHON, indent)}`);
    }
  }
  // PlaybackGrant() without a grant would put `null` in the token; ours has `{}`.
  if (grant.playback) args.push(`grant=${jsonLiteral(grant.playback, PYTHON, indent)}`);
  return args;
}

function addGrant(grant: SnippetGrant): string {
  const className = GRANT_CLASS[grant.name];
  const inline = keywords(grant, '');
  const [only] = inline;
  if (inline.length === 0) return `token.add_grant(${className}())`;
  if (inline.length === 1 && only !== undefined && !only.includes('\n')) {
    return `token.add_grant(${className}(${only}))`;
  }
  const inner = INDENT.repeat(2);
  const lines = keywords(grant, inner).map((arg) => `${inner}${arg},`);
  return ['token.add_grant(', `${INDENT}${className}(`, ...lines, `${INDENT})`, ')'].join('\n');
}

/**
 * twilio-python. Its `to_jwt()` has no algorithm argument (the signing algorithm is fixed at
 * HS256), and without `nbf` it writes `nbf` as the current time.
 */
export const pythonSnippet: Snippet = {
  id: 'python',
  name: 'Python',
  install: 'pip install twilio',
  filename: 'token.py',
  language: 'python',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const grants = snippetGrants(input.grants);
    const classes = grants.map((grant) => GRANT_CLASS[grant.name]);
    const tokenArgs = [
      ...CREDENTIAL_ENV.map((name) => `os.environ[${pythonString(name)}]`),
      `identity=${pythonString(input.identity)}`,
      `ttl=${input.ttl}`,
      ...(input.nbf === undefined ? [] : [`nbf=${input.nbf}`]),
      ...(input.region ? [`region=${pythonString(input.region)}`] : []),
    ];
    return [
      'import os',
      '',
      'from twilio.jwt.access_token import AccessToken',
      ...(classes.length > 0
        ? [`from twilio.jwt.access_token.grants import ${classes.join(', ')}`]
        : []),
      '',
      `# ${commentText(comments.credentials)}`,
      'token = AccessToken(',
      ...tokenArgs.map((arg) => `${INDENT}${arg},`),
      ')',
      '',
      ...grants.map(addGrant),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM ? [] : [`# ${commentText(comments.hs256Only)}`]),
      'print(token.to_jwt())',
      '',
    ].join('\n');
  },
};
