import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, phpString } from '../escape.ts';
import { grantStatements } from '../languages/php.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { snippetGrants } from '../snippetGrants.ts';
import { requestRules } from './requestRules.ts';
import { DEFAULT_PORT, roomFromRequest, withRoomStandIn, type RouteProgram } from './route.ts';

const I = '    ';

/**
 * twilio-php 8 in a plain script for PHP's built-in server, which runs it for every request.
 * `setRoom()` takes a string, and an empty one leaves the room out, so an absent room is `''`.
 */
export const phpRoute: RouteProgram<SnippetId> = {
  id: 'php',
  name: 'PHP',
  install: 'composer require twilio/sdk:^8',
  filename: 'token.php',
  language: 'php',
  run: `set -a && . ./.env && set +a && php -S localhost:${DEFAULT_PORT} token.php`,
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const args = [
      ...CREDENTIAL_ENV.map((name) => `getenv(${phpString(name)})`),
      String(input.ttl),
      '$identity',
      ...(input.region ? [phpString(input.region)] : []),
    ];
    const algorithm = input.algorithm === DEFAULT_ALGORITHM ? '' : phpString(input.algorithm);
    const checks = [
      "check('identity', IDENTITY_MAX, true)",
      ...(rules.room ? ["check('room', ROOM_MAX, false)"] : []),
    ];
    return [
      '<?php',
      '',
      `// ${commentText(comments.framework.php)}`,
      "require __DIR__ . '/vendor/autoload.php';",
      '',
      'use Twilio\\Jwt\\AccessToken;',
      ...grants.map(({ grant }) => `use Twilio\\Jwt\\Grants\\${grant.className};`),
      '',
      `// ${commentText(comments.rules(rules.identityMax))}`,
      `const IDENTITY_MAX = ${rules.identityMax};`,
      ...(rules.room
        ? [
            `// ${commentText(comments.room(rules.room.max))}`,
            `const ROOM_MAX = ${rules.room.max};`,
          ]
        : []),
      '',
      'function answer(int $status, array $body): void',
      '{',
      `${I}http_response_code($status);`,
      `${I}header('Content-Type: application/json');`,
      `${I}header('Cache-Control: no-store');`,
      `${I}echo json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);`,
      '}',
      '',
      'function check(string $name, int $max, bool $required): ?string',
      '{',
      `${I}$value = $_GET[$name] ?? '';`,
      `${I}if (!is_string($value)) {`,
      `${I}${I}return "$name must be given once";`,
      `${I}}`,
      `${I}if ($value === '') {`,
      `${I}${I}return $required ? "$name is required" : null;`,
      `${I}}`,
      // Not UTF-8: preg_match_all fails, and says so with false.
      `${I}$length = preg_match_all('/./su', $value);`,
      `${I}if ($length === false || preg_match('/\\p{Cc}/u', $value)) {`,
      `${I}${I}return "$name must not contain control characters or broken Unicode";`,
      `${I}}`,
      `${I}if ($length > $max) {`,
      `${I}${I}return "$name must be at most $max characters";`,
      `${I}}`,
      `${I}return null;`,
      '}',
      '',
      "if (parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) !== '/token') {",
      `${I}answer(404, ['error' => 'not found']);`,
      `${I}exit;`,
      '}',
      `$problem = ${checks.join(' ?? ')};`,
      'if ($problem !== null) {',
      `${I}answer(400, ['error' => $problem]);`,
      `${I}exit;`,
      '}',
      "$identity = $_GET['identity'];",
      ...(rules.room ? ["$room = $_GET['room'] ?? '';"] : []),
      '',
      `// ${commentText(comments.checkUser)}`,
      '',
      `// ${commentText(comments.credentials)}`,
      '$token = new AccessToken(',
      ...args.map((arg, index) => `${I}${arg}${index === args.length - 1 ? '' : ','}`),
      ');',
      ...(input.nbf === undefined ? [] : [`$token->setNbf(${input.nbf});`]),
      ...grants.flatMap((grant) => [
        '',
        ...grantStatements(grant).map((line) => roomFromRequest(line, phpString, '$room')),
      ]),
      '',
      `answer(200, ['identity' => $identity, 'token' => $token->toJWT(${algorithm})]);`,
      '',
    ].join('\n');
  },
};
