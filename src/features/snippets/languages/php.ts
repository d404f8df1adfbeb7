import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, phpString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import {
  nameIn,
  paramsWith,
  snippetGrants,
  type SnippetGrant,
  type SnippetOption,
} from '../snippetGrants.ts';

const I = '    ';

const PHP: LiteralSyntax = {
  string: phpString,
  null: 'null',
  true: 'true',
  false: 'false',
  objectOpen: '[',
  objectClose: ']',
  // An empty PHP array encodes as `[]`; only an object encodes as `{}`.
  emptyObject: 'new \\stdClass()',
  entry: (key, value) => `${phpString(key)} => ${value}`,
  arrayOpen: '[',
  arrayClose: ']',
  emptyArray: '[]',
  indent: I,
  // twilio-php takes the grant and the parameters as arrays, so only nested objects can be cast.
  listKeyedObjectOpen: '(object) [',
};

export function grantStatements(grant: SnippetGrant): string[] {
  const { className } = grant.grant;
  const variable = `$${className.charAt(0).toLowerCase()}${className.slice(1)}`;
  const lines = [`${variable} = new ${className}();`];
  const call = (item: SnippetOption, args: string) => {
    lines.push(`${variable}->${nameIn('php', item)}(${args});`);
  };
  for (const item of grant.options) {
    switch (item.kind) {
      case 'switch':
        call(item, 'true');
        break;
      case 'text': {
        // The parameters' setter takes the option they are sent with: one call for both.
        const params = paramsWith(grant, item.option);
        if (params) {
          const literal = jsonLiteral(Object.fromEntries(params.value), PHP, '');
          call(params, `${phpString(item.value)}, ${literal}`);
        } else {
          call(item, phpString(item.value));
        }
        break;
      }
      case 'params':
        break;
      case 'json':
        // An empty Playback grant already becomes `{}` in the token.
        if (Object.keys(item.value).length > 0) call(item, jsonLiteral(item.value, PHP, ''));
        break;
    }
  }
  lines.push(`$token->addGrant(${variable});`);
  return lines;
}

/**
 * twilio-php. The region is the constructor's sixth argument and `toJWT()` takes the algorithm;
 * the token carries no `iat`.
 */
export const phpSnippet: Snippet = {
  id: 'php',
  name: 'PHP',
  // twilio-php 8.12.0, 2026-08-14: https://github.com/twilio/twilio-php/blob/main/CHANGES.md
  install: 'composer require twilio/sdk:^8.12',
  filename: 'token.php',
  language: 'php',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const grants = snippetGrants(input.grants);
    const args = [
      ...CREDENTIAL_ENV.map((name) => `getenv(${phpString(name)})`),
      String(input.ttl),
      phpString(input.identity),
      ...(input.region ? [phpString(input.region)] : []),
    ];
    const algorithm = input.algorithm === DEFAULT_ALGORITHM ? '' : phpString(input.algorithm);
    return [
      '<?php',
      '',
      "require __DIR__ . '/vendor/autoload.php';",
      '',
      'use Twilio\\Jwt\\AccessToken;',
      ...grants.map(({ grant }) => `use Twilio\\Jwt\\Grants\\${grant.className};`),
      '',
      `// ${commentText(comments.credentials)}`,
      '$token = new AccessToken(',
      ...args.map((arg, index) => `${I}${arg}${index === args.length - 1 ? '' : ','}`),
      ');',
      ...(input.nbf === undefined ? [] : [`$token->setNbf(${input.nbf});`]),
      ...grants.flatMap((grant) => ['', ...grantStatements(grant)]),
      '',
      `echo $token->toJWT(${algorithm}) . PHP_EOL;`,
      '',
    ].join('\n');
  },
};
