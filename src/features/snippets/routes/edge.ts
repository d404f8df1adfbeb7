import { accessTokenHeader } from '../../../token/claims.ts';
import { grantsPayload } from '../../../token/grants/index.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, jsString } from '../escape.ts';
import { JS } from '../languages/node.ts';
import { jsonLiteral } from '../literal.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { requestRules } from './requestRules.ts';
import {
  DEFAULT_PORT,
  indented,
  roomFromRequest,
  withRoomStandIn,
  type RouteProgram,
} from './route.ts';

const I = '  ';

/** Stands in for the request's identity while the grants are written; see ROOM_STAND_IN. */
const IDENTITY_STAND_IN = 'identity-from-the-request';

/**
 * The token server for edge runtimes, where twilio-node does not load (cloudflare/workers-sdk
 * #5253): a module whose default export has `fetch(request, env)`, signing with jose over
 * WebCrypto, as the page's own signer does (src/token/createAccessToken.ts). It builds the token
 * as twilio-node's `AccessToken.toJwt()` does, byte for byte: the header `{ alg, typ, cty, twr }`,
 * the payload `jti` (`<key>-<now>`), `grants` (identity first, then each grant in the
 * descriptors' order), `nbf`, then what jsonwebtoken appends: `iat`, `exp`, `iss`, `sub`.
 * Undefined members are left out by JSON.stringify, as an empty room is by twilio-node.
 */
export const edgeRoute: RouteProgram<'edge'> = {
  id: 'edge',
  name: 'Edge (jose)',
  // jose 6 is the current major (npm); Wrangler 4 reads .env in local development.
  install: 'npm install jose@6 && npm install -D wrangler@4',
  filename: 'worker.js',
  language: 'javascript',
  run: `npx wrangler dev worker.js --port ${DEFAULT_PORT}`,
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const grants = grantsPayload(IDENTITY_STAND_IN, withRoomStandIn(input).grants);
    const grantsLiteral = roomFromRequest(jsonLiteral(grants, JS, I), jsString, 'room').replace(
      `identity: ${jsString(IDENTITY_STAND_IN)}`,
      'identity',
    );
    const header = jsonLiteral(accessTokenHeader(input.algorithm, input.region), JS, '');
    const [accountSid, apiKeySid, apiKeySecret] = CREDENTIAL_ENV;
    const checks = [
      "check(query, 'identity', IDENTITY_MAX, true)",
      ...(rules.room ? ["check(query, 'room', ROOM_MAX, false)"] : []),
    ];
    const handler = [
      'const url = new URL(request.url);',
      "if (request.method !== 'GET' || url.pathname !== '/token') {",
      `${I}return answer(404, { error: 'not found' });`,
      '}',
      'const query = url.searchParams;',
      `const problem = ${checks.join(' ?? ')};`,
      'if (problem) return answer(400, { error: problem });',
      "const identity = query.get('identity');",
      ...(rules.room ? ["const room = query.get('room') || undefined;"] : []),
      '',
      `// ${commentText(comments.checkUser)}`,
      '',
      `// ${commentText(comments.credentials)}`,
      'const now = Math.floor(Date.now() / 1000);',
      'const payload = {',
      `${I}jti: \`\${env.${apiKeySid}}-\${now}\`,`,
      `${I}grants: ${grantsLiteral},`,
      ...(input.nbf === undefined ? [] : [`${I}nbf: ${input.nbf},`]),
      `${I}iat: now,`,
      `${I}exp: now + ${input.ttl},`,
      `${I}iss: env.${apiKeySid},`,
      `${I}sub: env.${accountSid},`,
      '};',
      'const token = await new CompactSign(encoder.encode(JSON.stringify(payload)))',
      `${I}.setProtectedHeader(HEADER)`,
      `${I}.sign(encoder.encode(env.${apiKeySecret}));`,
      'return answer(200, { identity, token });',
    ];
    return [
      `// ${commentText(comments.framework.edge)}`,
      "import { CompactSign } from 'jose';",
      '',
      `// ${commentText(comments.rules(rules.identityMax))}`,
      `const IDENTITY_MAX = ${rules.identityMax};`,
      ...(rules.room
        ? [
            `// ${commentText(comments.room(rules.room.max))}`,
            `const ROOM_MAX = ${rules.room.max};`,
          ]
        : []),
      `const HEADER = ${header};`,
      '',
      'const encoder = new TextEncoder();',
      '',
      'function answer(status, body) {',
      `${I}return new Response(JSON.stringify(body), {`,
      `${I}${I}status,`,
      `${I}${I}headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },`,
      `${I}});`,
      '}',
      '',
      'function check(query, name, max, required) {',
      `${I}const values = query.getAll(name);`,
      `${I}if (values.length > 1) return \`\${name} must be given once\`;`,
      `${I}const [value = ''] = values;`,
      `${I}if (value === '') return required ? \`\${name} is required\` : null;`,
      `${I}if (/\\p{Cc}|\\p{Surrogate}/u.test(value)) {`,
      `${I}${I}return \`\${name} must not contain control characters or broken Unicode\`;`,
      `${I}}`,
      `${I}if ([...value].length > max) return \`\${name} must be at most \${max} characters\`;`,
      `${I}return null;`,
      '}',
      '',
      'export default {',
      `${I}async fetch(request, env) {`,
      ...indented(handler, I.repeat(2)),
      `${I}},`,
      '};',
      '',
    ].join('\n');
  },
};
