import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, goString } from '../escape.ts';
import { composite, GO_MIN_TTL, grantStatements } from '../languages/go.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { snippetGrants } from '../snippetGrants.ts';
import { requestRules } from './requestRules.ts';
import { DEFAULT_PORT, roomFromRequest, withRoomStandIn, type RouteProgram } from './route.ts';

const T = '\t';

type Field = readonly [key: string, value: string];

/**
 * twilio-go with net/http; the method in the pattern (`GET /token`) needs Go 1.22 or later.
 * twilio-go leaves an empty room out of the Video grant.
 */
export const goRoute: RouteProgram<SnippetId> = {
  id: 'go',
  name: 'Go',
  install: 'go mod init tokenserver && go get github.com/twilio/twilio-go@v1',
  filename: 'main.go',
  language: 'go',
  run: 'set -a && . ./.env && set +a && go run .',
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const shortTtl = input.ttl < GO_MIN_TTL;
    const params: Field[] = [
      ['AccountSid', `os.Getenv("${CREDENTIAL_ENV[0]}")`],
      ['SigningKeySid', `os.Getenv("${CREDENTIAL_ENV[1]}")`],
      ['Secret', `os.Getenv("${CREDENTIAL_ENV[2]}")`],
      ['Identity', 'identity'],
      shortTtl ? ['ValidUntil', 'validUntil'] : ['Ttl', String(input.ttl)],
      ...(input.nbf === undefined ? [] : [['Nbf', String(input.nbf)] as const]),
      ...(input.region ? [['Region', goString(input.region)] as const] : []),
    ];
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const imports = [
      'encoding/json',
      'fmt',
      'net/http',
      'net/url',
      'os',
      'strings',
      ...(shortTtl ? ['time'] : []),
      'unicode',
      'unicode/utf8',
    ];
    return [
      `// ${commentText(comments.framework.go)}`,
      'package main',
      '',
      'import (',
      ...imports.map((name) => `${T}"${name}"`),
      '',
      `${T}"github.com/twilio/twilio-go/client/jwt"`,
      ')',
      '',
      `// ${commentText(comments.rules(rules.identityMax))}`,
      `const identityMax = ${rules.identityMax}`,
      ...(rules.room
        ? [`// ${commentText(comments.room(rules.room.max))}`, `const roomMax = ${rules.room.max}`]
        : []),
      '',
      'func check(query url.Values, name string, max int, required bool) string {',
      `${T}values := query[name]`,
      `${T}if len(values) > 1 {`,
      `${T}${T}return name + " must be given once"`,
      `${T}}`,
      `${T}if len(values) == 0 || values[0] == "" {`,
      `${T}${T}if required {`,
      `${T}${T}${T}return name + " is required"`,
      `${T}${T}}`,
      `${T}${T}return ""`,
      `${T}}`,
      `${T}if !utf8.ValidString(values[0]) || strings.ContainsFunc(values[0], unicode.IsControl) {`,
      `${T}${T}return name + " must not contain control characters or broken Unicode"`,
      `${T}}`,
      `${T}if utf8.RuneCountInString(values[0]) > max {`,
      `${T}${T}return fmt.Sprintf("%s must be at most %d characters", name, max)`,
      `${T}}`,
      `${T}return ""`,
      '}',
      '',
      'func answer(w http.ResponseWriter, status int, body map[string]string) {',
      `${T}w.Header().Set("Content-Type", "application/json")`,
      `${T}w.Header().Set("Cache-Control", "no-store")`,
      `${T}w.WriteHeader(status)`,
      `${T}json.NewEncoder(w).Encode(body)`,
      '}',
      '',
      'func issueToken(w http.ResponseWriter, r *http.Request) {',
      `${T}query := r.URL.Query()`,
      `${T}problem := check(query, "identity", identityMax, true)`,
      ...(rules.room
        ? [
            `${T}if problem == "" {`,
            `${T}${T}problem = check(query, "room", roomMax, false)`,
            `${T}}`,
          ]
        : []),
      `${T}if problem != "" {`,
      `${T}${T}answer(w, http.StatusBadRequest, map[string]string{"error": problem})`,
      `${T}${T}return`,
      `${T}}`,
      `${T}identity := query.Get("identity")`,
      ...(rules.room ? [`${T}room := query.Get("room")`] : []),
      '',
      `${T}// ${commentText(comments.checkUser)}`,
      '',
      ...(shortTtl
        ? [
            `${T}// ${commentText(comments.goShortTtl)}`,
            `${T}validUntil := float64(time.Now().Unix() + ${input.ttl})`,
            '',
          ]
        : []),
      `${T}// ${commentText(comments.credentials)}`,
      `${T}token := jwt.CreateAccessToken(${composite('jwt.AccessTokenParams', params, T)})`,
      ...grants.flatMap(grantStatements).map((line) => roomFromRequest(line, goString, 'room')),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM
        ? []
        : [`${T}// ${commentText(comments.hs256Only)}`]),
      `${T}signed, err := token.ToJwt()`,
      `${T}if err != nil {`,
      `${T}${T}http.Error(w, "could not sign the token", http.StatusInternalServerError)`,
      `${T}${T}return`,
      `${T}}`,
      `${T}answer(w, http.StatusOK, map[string]string{"identity": identity, "token": signed})`,
      '}',
      '',
      'func main() {',
      `${T}port := os.Getenv("PORT")`,
      `${T}if port == "" {`,
      `${T}${T}port = "${DEFAULT_PORT}"`,
      `${T}}`,
      `${T}http.HandleFunc("GET /token", issueToken)`,
      `${T}fmt.Println("Listening on http://localhost:" + port + "/token")`,
      `${T}if err := http.ListenAndServe(":"+port, nil); err != nil {`,
      `${T}${T}panic(err)`,
      `${T}}`,
      '}',
      '',
    ].join('\n');
  },
};
