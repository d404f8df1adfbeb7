import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, jsString } from '../escape.ts';
import { addGrant } from '../languages/node.ts';
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

const I = '  ';

/**
 * An Express 5 app with twilio-node. Express 5 reads the query string with Node's querystring,
 * so a parameter given twice is an array, which the check refuses.
 */
export const nodeRoute: RouteProgram<SnippetId> = {
  id: 'node',
  name: 'Node.js',
  // twilio-node 6 and Express 5 are the current majors (npm).
  install: 'npm install twilio@6 express@5',
  filename: 'server.js',
  language: 'javascript',
  // --env-file: Node.js 20.6 and later.
  run: 'node --env-file=.env server.js',
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const classes = grants.map(({ grant }) => grant.className);
    const tokenOptions = [
      'identity',
      `ttl: ${input.ttl}`,
      ...(input.nbf === undefined ? [] : [`nbf: ${input.nbf}`]),
      ...(input.region ? [`region: ${jsString(input.region)}`] : []),
    ];
    const algorithm = input.algorithm === DEFAULT_ALGORITHM ? '' : jsString(input.algorithm);
    const checks = [
      "check('identity', identity, IDENTITY_MAX, true)",
      ...(rules.room ? ["check('room', room, ROOM_MAX, false)"] : []),
    ];
    const handler = [
      `const { identity${rules.room ? ', room' : ''} } = req.query;`,
      `const problem = ${checks.join(' ?? ')};`,
      'if (problem) {',
      `${I}res.status(400).json({ error: problem });`,
      `${I}return;`,
      '}',
      '',
      `// ${commentText(comments.checkUser)}`,
      '',
      `// ${commentText(comments.credentials)}`,
      'const token = new AccessToken(',
      ...CREDENTIAL_ENV.map((name) => `${I}process.env.${name},`),
      `${I}{ ${tokenOptions.join(', ')} },`,
      ');',
      ...grants.map((grant) => roomFromRequest(addGrant(grant), jsString, 'room')),
      `res.json({ identity, token: token.toJwt(${algorithm}) });`,
    ];
    return [
      `// ${commentText(comments.framework.node)}`,
      "const express = require('express');",
      "const twilio = require('twilio');",
      '',
      'const { AccessToken } = twilio.jwt;',
      ...(classes.length > 0 ? [`const { ${classes.join(', ')} } = AccessToken;`] : []),
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
      'function check(name, value, max, required) {',
      `${I}if (value === undefined || value === '') return required ? \`\${name} is required\` : null;`,
      `${I}if (typeof value !== 'string') return \`\${name} must be given once\`;`,
      `${I}if (/\\p{Cc}|\\p{Surrogate}/u.test(value)) {`,
      `${I}${I}return \`\${name} must not contain control characters or broken Unicode\`;`,
      `${I}}`,
      `${I}if ([...value].length > max) return \`\${name} must be at most \${max} characters\`;`,
      `${I}return null;`,
      '}',
      '',
      'const app = express();',
      '',
      "app.get('/token', (req, res) => {",
      `${I}res.set('Cache-Control', 'no-store');`,
      ...indented(handler, I),
      '});',
      '',
      `const port = process.env.PORT ?? ${DEFAULT_PORT};`,
      'app.listen(port, () => {',
      `${I}console.log(\`Listening on http://localhost:\${port}/token\`);`,
      '});',
      '',
    ].join('\n');
  },
};
