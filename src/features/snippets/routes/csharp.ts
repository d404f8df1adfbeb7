import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, csharpString } from '../escape.ts';
import { grantItem } from '../languages/csharp.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { snippetGrants } from '../snippetGrants.ts';
import { requestRules } from './requestRules.ts';
import {
  DEFAULT_PORT,
  indented,
  roomFromRequest,
  withRoomStandIn,
  type RouteProgram,
} from './route.ts';

const I = '    ';

/**
 * twilio-csharp 7 in an ASP.NET Core minimal API (`dotnet new web`, whose implicit usings bring
 * WebApplication, Results and LINQ). `Token` takes an expiry time, not a TTL, and signs HS256.
 */
export const csharpRoute: RouteProgram<SnippetId> = {
  id: 'csharp',
  name: 'C#',
  install:
    'dotnet new web -o TokenServer && cd TokenServer && dotnet add package Twilio --version 7.14.9',
  filename: 'Program.cs',
  language: 'csharp',
  run: 'set -a && . ./.env && set +a && dotnet run',
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const args = [
      ...CREDENTIAL_ENV.map((name) => `Environment.GetEnvironmentVariable("${name}")`),
      'identity: identity',
      `expiration: DateTime.UtcNow.AddSeconds(${input.ttl})`,
      ...(input.nbf === undefined
        ? []
        : [`nbf: DateTimeOffset.FromUnixTimeSeconds(${input.nbf}).UtcDateTime`]),
      'grants: grants',
      ...(input.region ? [`region: ${csharpString(input.region)}`] : []),
    ];
    const checks = [
      'Check(query, "identity", IdentityMax, true)',
      ...(rules.room ? ['Check(query, "room", RoomMax, false)'] : []),
    ];
    const handler = [
      'context.Response.Headers.CacheControl = "no-store";',
      'var query = context.Request.Query;',
      `var problem = ${checks.join(' ?? ')};`,
      'if (problem is not null) return Results.BadRequest(new { error = problem });',
      'string identity = query["identity"].ToString();',
      ...(rules.room
        ? ['string? room = query["room"].ToString() is { Length: > 0 } given ? given : null;']
        : []),
      '',
      `// ${commentText(comments.checkUser)}`,
      '',
      'var grants = new HashSet<IGrant>',
      '{',
      ...grants.flatMap(grantItem).map((line) => roomFromRequest(line, csharpString, 'room')),
      '};',
      '',
      `// ${commentText(comments.credentials)}`,
      'var token = new Token(',
      ...args.map((arg, index) => `${I}${arg}${index === args.length - 1 ? ');' : ','}`),
      ...(input.algorithm === DEFAULT_ALGORITHM ? [] : [`// ${commentText(comments.hs256Only)}`]),
      'return Results.Json(new { identity, token = token.ToJwt() });',
    ];
    return [
      `// ${commentText(comments.framework.csharp)}`,
      'using System.Text.RegularExpressions;',
      'using Twilio.Jwt.AccessToken;',
      '',
      `// ${commentText(comments.rules(rules.identityMax))}`,
      `const int IdentityMax = ${rules.identityMax};`,
      ...(rules.room
        ? [
            `// ${commentText(comments.room(rules.room.max))}`,
            `const int RoomMax = ${rules.room.max};`,
          ]
        : []),
      '',
      'var app = WebApplication.Create(args);',
      '',
      'app.MapGet("/token", (HttpContext context) =>',
      '{',
      ...indented(handler, I),
      '});',
      '',
      `var port = Environment.GetEnvironmentVariable("PORT") ?? "${DEFAULT_PORT}";`,
      'app.Run($"http://localhost:{port}");',
      '',
      'static string? Check(IQueryCollection query, string name, int max, bool required)',
      '{',
      `${I}var values = query[name];`,
      `${I}if (values.Count > 1) return $"{name} must be given once";`,
      `${I}var value = values.ToString();`,
      `${I}if (value.Length == 0) return required ? $"{name} is required" : null;`,
      `${I}if (Regex.IsMatch(value, @"\\p{Cc}|\\p{Cs}"))`,
      `${I}{`,
      `${I}${I}return $"{name} must not contain control characters or broken Unicode";`,
      `${I}}`,
      `${I}if (value.EnumerateRunes().Count() > max) return $"{name} must be at most {max} characters";`,
      `${I}return null;`,
      '}',
      '',
    ].join('\n');
  },
};
