import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, pythonString } from '../escape.ts';
import { addGrant } from '../languages/python.ts';
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
 * A Flask app with twilio-python; the module's Flask object is `app`, so `flask --app server run`
 * finds it. Werkzeug decodes the query string, replacing bytes that are not UTF-8.
 */
export const pythonRoute: RouteProgram<SnippetId> = {
  id: 'python',
  name: 'Python',
  // twilio-python 9 and Flask 3 are the current majors (PyPI); python-dotenv lets flask read .env.
  install: 'pip install "twilio>=9,<10" "flask>=3,<4" python-dotenv',
  filename: 'server.py',
  language: 'python',
  run: `flask --app server run --port ${DEFAULT_PORT}`,
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const classes = grants.map(({ grant }) => grant.className);
    const tokenArgs = [
      ...CREDENTIAL_ENV.map((name) => `os.environ[${pythonString(name)}]`),
      'identity=identity',
      `ttl=${input.ttl}`,
      ...(input.nbf === undefined ? [] : [`nbf=${input.nbf}`]),
      ...(input.region ? [`region=${pythonString(input.region)}`] : []),
    ];
    const checks = [
      'check("identity", IDENTITY_MAX, True)',
      ...(rules.room ? ['check("room", ROOM_MAX, False)'] : []),
    ];
    const view = [
      `problem = ${checks.join(' or ')}`,
      'if problem:',
      `${I}return jsonify(error=problem), 400, NO_STORE`,
      'identity = request.args["identity"]',
      ...(rules.room ? ['room = request.args.get("room") or None'] : []),
      '',
      `# ${commentText(comments.checkUser)}`,
      '',
      `# ${commentText(comments.credentials)}`,
      'token = AccessToken(',
      ...tokenArgs.map((arg) => `${I}${arg},`),
      ')',
      ...grants.map((grant) => roomFromRequest(addGrant(grant), pythonString, 'room')),
      ...(input.algorithm === DEFAULT_ALGORITHM ? [] : [`# ${commentText(comments.hs256Only)}`]),
      'return jsonify(identity=identity, token=token.to_jwt()), 200, NO_STORE',
    ];
    return [
      `# ${commentText(comments.framework.python)}`,
      'import os',
      'import unicodedata',
      '',
      'from flask import Flask, jsonify, request',
      'from twilio.jwt.access_token import AccessToken',
      ...(classes.length > 0
        ? [`from twilio.jwt.access_token.grants import ${classes.join(', ')}`]
        : []),
      '',
      `# ${commentText(comments.rules(rules.identityMax))}`,
      `IDENTITY_MAX = ${rules.identityMax}`,
      ...(rules.room
        ? [`# ${commentText(comments.room(rules.room.max))}`, `ROOM_MAX = ${rules.room.max}`]
        : []),
      'NO_STORE = {"Cache-Control": "no-store"}',
      '',
      'app = Flask(__name__)',
      '',
      '',
      'def check(name, max_length, required):',
      `${I}values = request.args.getlist(name)`,
      `${I}if len(values) > 1:`,
      `${I}${I}return f"{name} must be given once"`,
      `${I}if not values or values[0] == "":`,
      `${I}${I}return f"{name} is required" if required else None`,
      `${I}if any(unicodedata.category(c) in ("Cc", "Cs") for c in values[0]):`,
      `${I}${I}return f"{name} must not contain control characters or broken Unicode"`,
      `${I}if len(values[0]) > max_length:`,
      `${I}${I}return f"{name} must be at most {max_length} characters"`,
      `${I}return None`,
      '',
      '',
      '@app.get("/token")',
      'def issue_token():',
      ...indented(view, I),
      '',
    ].join('\n');
  },
};
