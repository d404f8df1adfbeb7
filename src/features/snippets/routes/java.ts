import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, javaString } from '../escape.ts';
import { grantStatements, variableOf } from '../languages/java.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { snippetGrants } from '../snippetGrants.ts';
import { requestRules } from './requestRules.ts';
import { DEFAULT_PORT, roomFromRequest, withRoomStandIn, type RouteProgram } from './route.ts';

const I = '    ';
/** The script's grant statements sit two levels deep, in `main`; here too, in `token`. */
const BODY = I.repeat(2);

/**
 * twilio-java 12 (its CHANGES.md: "[2026-04-21] Version 12.0.0") with Javalin 7, whose routes are
 * declared in its config (javalin/javalin .github/README.md, "Start programming (Java)"). Both
 * need Java 17 or later; Javalin writes JSON with Jackson, which twilio-java brings.
 */
export const javaRoute: RouteProgram<SnippetId> = {
  id: 'java',
  name: 'Java',
  install: [
    '// build.gradle.kts: plugins { application }, and',
    'application { mainClass = "TokenServer" }',
    'dependencies {',
    `${I}implementation("com.twilio.sdk:twilio:12.0.0")`,
    `${I}implementation("io.javalin:javalin:7.2.3")`,
    `${I}implementation("org.slf4j:slf4j-simple:2.0.17")`,
    '}',
  ].join('\n'),
  filename: 'src/main/java/TokenServer.java',
  language: 'java',
  run: 'set -a && . ./.env && set +a && gradle run',
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const imports = new Set([
      'com.twilio.jwt.accesstoken.AccessToken',
      'io.javalin.Javalin',
      'io.javalin.http.Context',
      'java.util.List',
      'java.util.Map',
      'java.util.regex.Pattern',
    ]);
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const grantBlocks = grants.map((grant) =>
      grantStatements(grant, imports).map((line) => roomFromRequest(line, javaString, 'room')),
    );
    if (input.nbf !== undefined) imports.add('java.util.Date');
    const builder = [
      '.identity(identity)',
      `.ttl(${input.ttl})`,
      ...(input.nbf === undefined ? [] : [`.nbf(new Date(${input.nbf}L * 1000))`]),
      ...(input.region ? [`.region(${javaString(input.region)})`] : []),
      ...grants.map((grant) => `.grant(${variableOf(grant)})`),
      '.build();',
    ];
    const check = (name: string, max: string, required: boolean) =>
      `check(ctx, "${name}", ${max}, ${String(required)})`;
    return [
      ...[...imports].sort().map((name) => `import ${name};`),
      '',
      `// ${commentText(comments.framework.java)}`,
      'public class TokenServer {',
      `${I}// ${commentText(comments.rules(rules.identityMax))}`,
      `${I}static final int IDENTITY_MAX = ${rules.identityMax};`,
      ...(rules.room
        ? [
            `${I}// ${commentText(comments.room(rules.room.max))}`,
            `${I}static final int ROOM_MAX = ${rules.room.max};`,
          ]
        : []),
      `${I}static final Pattern FORBIDDEN = Pattern.compile("\\\\p{Cc}|\\\\p{Cs}");`,
      '',
      `${I}public static void main(String[] args) {`,
      `${BODY}int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "${DEFAULT_PORT}"));`,
      `${BODY}Javalin.create(config -> config.routes.get("/token", TokenServer::token)).start(port);`,
      `${I}}`,
      '',
      `${I}static String check(Context ctx, String name, int max, boolean required) {`,
      `${BODY}List<String> values = ctx.queryParams(name);`,
      `${BODY}if (values.size() > 1) return name + " must be given once";`,
      `${BODY}String value = values.isEmpty() ? "" : values.get(0);`,
      `${BODY}if (value.isEmpty()) return required ? name + " is required" : null;`,
      `${BODY}if (FORBIDDEN.matcher(value).find()) {`,
      `${BODY}${I}return name + " must not contain control characters or broken Unicode";`,
      `${BODY}}`,
      `${BODY}if (value.codePointCount(0, value.length()) > max) {`,
      `${BODY}${I}return name + " must be at most " + max + " characters";`,
      `${BODY}}`,
      `${BODY}return null;`,
      `${I}}`,
      '',
      `${I}static void token(Context ctx) throws Exception {`,
      `${BODY}ctx.header("Cache-Control", "no-store");`,
      `${BODY}String problem = ${check('identity', 'IDENTITY_MAX', true)};`,
      ...(rules.room
        ? [`${BODY}if (problem == null) problem = ${check('room', 'ROOM_MAX', false)};`]
        : []),
      `${BODY}if (problem != null) {`,
      `${BODY}${I}ctx.status(400).json(Map.of("error", problem));`,
      `${BODY}${I}return;`,
      `${BODY}}`,
      `${BODY}String identity = ctx.queryParam("identity");`,
      ...(rules.room
        ? [
            `${BODY}String roomParam = ctx.queryParam("room");`,
            `${BODY}String room = roomParam == null || roomParam.isEmpty() ? null : roomParam;`,
          ]
        : []),
      '',
      `${BODY}// ${commentText(comments.checkUser)}`,
      '',
      ...grantBlocks.flatMap((block) => [...block, '']),
      `${BODY}// ${commentText(comments.credentials)}`,
      `${BODY}AccessToken token = new AccessToken.Builder(`,
      ...CREDENTIAL_ENV.map(
        (name, index) =>
          `${BODY}${I.repeat(2)}System.getenv("${name}")${index === CREDENTIAL_ENV.length - 1 ? ')' : ','}`,
      ),
      ...builder.map((call) => `${BODY}${I}${call}`),
      ...(input.algorithm === DEFAULT_ALGORITHM
        ? []
        : [`${BODY}// ${commentText(comments.hs256Only)}`]),
      `${BODY}ctx.json(Map.of("identity", identity, "token", token.toJwt()));`,
      `${I}}`,
      '}',
      '',
    ].join('\n');
  },
};
