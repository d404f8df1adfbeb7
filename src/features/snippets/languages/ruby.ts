import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, rubyString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { nameIn, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

const I = '  ';

const RUBY: LiteralSyntax = {
  string: rubyString,
  null: 'nil',
  true: 'true',
  false: 'false',
  objectOpen: '{',
  objectClose: '}',
  emptyObject: '{}',
  entry: (key, value) => `${rubyString(key)} => ${value}`,
  arrayOpen: '[',
  arrayClose: ']',
  emptyArray: '[]',
  indent: I,
};

export function grantStatements(grant: SnippetGrant): string[] {
  const { className } = grant.grant;
  const variable = className.replace(/(?<!^)[A-Z]/g, (letter) => `_${letter}`).toLowerCase();
  const lines = [`${variable} = Twilio::JWT::AccessToken::${className}.new`];
  for (const item of grant.options) {
    const value =
      item.kind === 'switch'
        ? 'true'
        : item.kind === 'text'
          ? rubyString(item.value)
          : item.kind === 'params'
            ? jsonLiteral(Object.fromEntries(item.value), RUBY, '')
            : // Without a grant the library would write `null`; the page's token has `{}`.
              jsonLiteral(item.value, RUBY, '');
    lines.push(`${variable}.${nameIn('ruby', item)} = ${value}`);
  }
  lines.push(`token.add_grant(${variable})`);
  return lines;
}

/**
 * twilio-ruby. `to_jwt` has no algorithm choice (always HS256); without `nbf` it writes `nbf` as
 * the current time, and it writes no `iat`.
 */
export const rubySnippet: Snippet = {
  id: 'ruby',
  name: 'Ruby',
  // twilio-ruby 7.11.1, 2026-08-13: https://github.com/twilio/twilio-ruby/blob/main/CHANGES.md
  install: "gem install twilio-ruby -v '~> 7.11'",
  filename: 'token.rb',
  language: 'ruby',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const grants = snippetGrants(input.grants);
    const args = [
      ...CREDENTIAL_ENV.map((name) => `ENV.fetch(${rubyString(name)})`),
      `identity: ${rubyString(input.identity)}`,
      `ttl: ${input.ttl}`,
      ...(input.nbf === undefined ? [] : [`nbf: ${input.nbf}`]),
      ...(input.region ? [`region: ${rubyString(input.region)}`] : []),
    ];
    return [
      "require 'twilio-ruby'",
      '',
      `# ${commentText(comments.credentials)}`,
      'token = Twilio::JWT::AccessToken.new(',
      ...args.map((arg, index) => `${I}${arg}${index === args.length - 1 ? '' : ','}`),
      ')',
      ...grants.flatMap((grant) => ['', ...grantStatements(grant)]),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM ? [] : [`# ${commentText(comments.hs256Only)}`]),
      'puts token.to_jwt',
      '',
    ].join('\n');
  },
};
