import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, jsString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { nameIn, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

const INDENT = '  ';

/**
 * An object literal's key. `__proto__: x`, quoted or not, sets the object's prototype instead of
 * adding a key, so the token would silently lack it; only a computed key adds it as a member.
 */
const jsKey = (key: string): string => {
  if (key === '__proto__') return `[${jsString(key)}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : jsString(key);
};

const JS: LiteralSyntax = {
  string: jsString,
  null: 'null',
  true: 'true',
  false: 'false',
  objectOpen: '{',
  objectClose: '}',
  emptyObject: '{}',
  entry: (key, value) => `${jsKey(key)}: ${value}`,
  arrayOpen: '[',
  arrayClose: ']',
  emptyArray: '[]',
  indent: INDENT,
};

/** The grant's constructor options, as `key: value` source pairs. */
function options(grant: SnippetGrant, indent: string): [string, string][] {
  return grant.options.map((item) => {
    const key = nameIn('node', item);
    switch (item.kind) {
      case 'switch':
        return [key, 'true'];
      case 'text':
        return [key, jsString(item.value)];
      case 'params':
        return [key, jsonLiteral(Object.fromEntries(item.value), JS, indent)];
      case 'json':
        return [key, jsonLiteral(item.value, JS, indent)];
    }
  });
}

export function addGrant(grant: SnippetGrant): string {
  const { className } = grant.grant;
  const inline = options(grant, '');
  const [only] = inline;
  if (!only) return `token.addGrant(new ${className}());`;
  if (inline.length === 1 && !only[1].includes('\n')) {
    return `token.addGrant(new ${className}({ ${only[0]}: ${only[1]} }));`;
  }
  const inner = INDENT.repeat(2);
  const lines = options(grant, inner).map(([key, value]) => `${inner}${key}: ${value},`);
  return ['token.addGrant(', `${INDENT}new ${className}({`, ...lines, `${INDENT}}),`, ');'].join(
    '\n',
  );
}

/** twilio-node: every option the page has, algorithm included. */
export const nodeSnippet: Snippet = {
  id: 'node',
  name: 'Node.js',
  // twilio-node 6 is the major the tests run (package.json's devDependency); its changelog:
  // https://github.com/twilio/twilio-node/blob/main/CHANGES.md
  install: 'npm install twilio@6',
  filename: 'token.js',
  language: 'javascript',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const grants = snippetGrants(input.grants);
    const classes = grants.map(({ grant }) => grant.className);
    const tokenOptions = [
      `identity: ${jsString(input.identity)}`,
      `ttl: ${input.ttl}`,
      ...(input.nbf === undefined ? [] : [`nbf: ${input.nbf}`]),
      ...(input.region ? [`region: ${jsString(input.region)}`] : []),
    ];
    const algorithm = input.algorithm === DEFAULT_ALGORITHM ? '' : jsString(input.algorithm);
    return [
      "const twilio = require('twilio');",
      '',
      'const { AccessToken } = twilio.jwt;',
      ...(classes.length > 0 ? [`const { ${classes.join(', ')} } = AccessToken;`] : []),
      '',
      `// ${commentText(comments.credentials)}`,
      'const token = new AccessToken(',
      ...CREDENTIAL_ENV.map((name) => `${INDENT}process.env.${name},`),
      `${INDENT}{`,
      ...tokenOptions.map((option) => `${INDENT.repeat(2)}${option},`),
      `${INDENT}},`,
      ');',
      '',
      ...grants.map(addGrant),
      '',
      `console.log(token.toJwt(${algorithm}));`,
      '',
    ].join('\n');
  },
};
