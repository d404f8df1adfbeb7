import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, phpString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { GRANT_CLASS, pascalCase, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

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

function grantStatements(grant: SnippetGrant): string[] {
  const className = GRANT_CLASS[grant.name];
  const variable = `$${className.charAt(0).toLowerCase()}${className.slice(1)}`;
  const lines = [`${variable} = new ${className}();`];
  if (grant.incomingAllow) lines.push(`${variable}->setIncomingAllow(true);`);
  for (const [option, value] of grant.text) {
    if (option === 'outgoingApplicationSid' && grant.outgoingApplicationParams) {
      const params = jsonLiteral(Object.fromEntries(grant.outgoingApplicationParams), PHP, '');
      lines.push(`${variable}->setOutgoingApplication(${phpString(value)}, ${params});`);
    } else {
      lines.push(`${variable}->set${pascalCase(option)}(${phpString(value)});`);
    }
  }
  // An empty Playback grant already becomes `{}` in the token.
  if (grant.playback && Object.keys(grant.playback).length > 0) {
    lines.push(`${variable}->setGrant(${jsonLiteral(grant.playback, PHP, '')});`);
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
  install: 'composer require twilio/sdk',
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
      ...grants.map((grant) => `use Twilio\\Jwt\\Grants\\${GRANT_CLASS[grant.name]};`),
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
