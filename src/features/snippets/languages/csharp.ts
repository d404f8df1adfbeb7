import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, csharpString } from '../escape.ts';
import { jsonLiteral, type LiteralSyntax } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { nameIn, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

const I = '    ';

// Nested values stay Dictionary/List, the types the library's own grants put in the payload.
const CSHARP: LiteralSyntax = {
  string: csharpString,
  null: 'null',
  true: 'true',
  false: 'false',
  objectOpen: 'new Dictionary<string, object>\n{',
  objectClose: '}',
  emptyObject: 'new Dictionary<string, object>()',
  entry: (key, value) => `[${csharpString(key)}] = ${value}`,
  arrayOpen: 'new List<object>\n{',
  arrayClose: '}',
  emptyArray: 'new List<object>()',
  indent: I,
};

const STRING_MAP: LiteralSyntax = {
  ...CSHARP,
  objectOpen: 'new Dictionary<string, string>\n{',
  emptyObject: 'new Dictionary<string, string>()',
};

/** Object-initializer assignments, as `Property = value` source. */
function assignments(grant: SnippetGrant, indent: string): string[] {
  return grant.options.map((item) => {
    const property = nameIn('csharp', item);
    switch (item.kind) {
      case 'switch':
        return `${property} = true`;
      case 'text':
        return `${property} = ${csharpString(item.value)}`;
      case 'params':
        return `${property} = ${jsonLiteral(Object.fromEntries(item.value), STRING_MAP, indent)}`;
      case 'json':
        // Without a Grant the library would write `null`; the page's token has `{}`.
        return `${property} = ${jsonLiteral(item.value, CSHARP, indent)}`;
    }
  });
}

export function grantItem(grant: SnippetGrant): string[] {
  const { className } = grant.grant;
  const inline = assignments(grant, '');
  const [only] = inline;
  if (only === undefined) return [`${I}new ${className}(),`];
  if (inline.length === 1 && !only.includes('\n')) return [`${I}new ${className} { ${only} },`];
  const inner = I.repeat(2);
  const lines = assignments(grant, inner).map((line) => `${inner}${line},`);
  return [`${I}new ${className}`, `${I}{`, ...lines, `${I}},`];
}

/**
 * twilio-csharp, as a .NET 6+ top-level program. `Token` takes an expiry time rather than a TTL,
 * has no algorithm choice (always HS256) and writes no `iat`.
 */
export const csharpSnippet: Snippet = {
  id: 'csharp',
  name: 'C#',
  // twilio-csharp 7.14.9, 2026-05-07: https://github.com/twilio/twilio-csharp/blob/main/CHANGES.md
  install: 'dotnet add package Twilio --version 7.14.9',
  filename: 'Program.cs',
  language: 'csharp',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const grants = snippetGrants(input.grants);
    const args = [
      ...CREDENTIAL_ENV.map((name) => `Environment.GetEnvironmentVariable("${name}")`),
      `identity: ${csharpString(input.identity)}`,
      `expiration: DateTime.UtcNow.AddSeconds(${input.ttl})`,
      ...(input.nbf === undefined
        ? []
        : [`nbf: DateTimeOffset.FromUnixTimeSeconds(${input.nbf}).UtcDateTime`]),
      'grants: grants',
      ...(input.region ? [`region: ${csharpString(input.region)}`] : []),
    ];
    return [
      'using System;',
      'using System.Collections.Generic;',
      'using Twilio.Jwt.AccessToken;',
      '',
      'var grants = new HashSet<IGrant>',
      '{',
      ...grants.flatMap(grantItem),
      '};',
      '',
      `// ${commentText(comments.credentials)}`,
      'var token = new Token(',
      ...args.map((arg, index) => `${I}${arg}${index === args.length - 1 ? ');' : ','}`),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM ? [] : [`// ${commentText(comments.hs256Only)}`]),
      'Console.WriteLine(token.ToJwt());',
      '',
    ].join('\n');
  },
};
