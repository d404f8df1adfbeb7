import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, pythonString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { nameIn, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

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
  return grant.options.map((item) => {
    const key = nameIn('python', item);
    switch (item.kind) {
      case 'switch':
        return `${key}=True`;
      case 'text':
        return `${key}=${pythonString(item.value)}`;
      case 'params':
        return `${key}=${jsonLiteral(Object.fromEntries(item.value), PYTHON, indent)}`;
      case 'json':
        // PlaybackGrant() without a grant would put `null` in the token; ours has `{}`.
        return `${key}=${jsonLiteral(item.value, PYTHON, indent)}`;
    }
  });
}

export function addGrant(grant: SnippetGrant): string {
  const { className } = grant.grant;
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
  // twilio-python 9.11.0, 2026-08-11: https://github.com/twilio/twilio-python/blob/main/CHANGES.md
  // (the tests run the program against Debian's python3-twilio; AccessToken is the same there).
  install: 'pip install "twilio>=9,<10"',
  filename: 'token.py',
  language: 'python',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const grants = snippetGrants(input.grants);
    const classes = grants.map(({ grant }) => grant.className);
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
