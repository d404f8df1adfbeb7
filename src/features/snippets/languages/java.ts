import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, javaString } from '../escape.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { optionsOf } from '../../../token/grants/index.ts';
import { nameIn, paramsWith, snippetGrants, type SnippetGrant } from '../snippetGrants.ts';

const I = '    ';

export const variableOf = ({ grant }: SnippetGrant): string =>
  grant.className.charAt(0).toLowerCase() + grant.className.slice(1);

/** Statements that build one grant into its variable; setters return the grant, so they chain. */
export function grantStatements(grant: SnippetGrant, imports: Set<string>): string[] {
  const { className } = grant.grant;
  imports.add(`com.twilio.jwt.accesstoken.${className}`);
  const before: string[] = [];
  // VoiceGrant unboxes a null incomingAllow while writing its payload, so every switch is set,
  // off when the token leaves it out.
  const setters = optionsOf(grant.grant)
    .filter(([, option]) => option.kind === 'switch')
    .map(([, option]) => {
      const on = grant.options.some((item) => item.option === option);
      return `${option.library.java}(${String(on)})`;
    });
  for (const item of grant.options) {
    if (item.kind !== 'text' && item.kind !== 'json') continue;
    const params = item.kind === 'text' ? paramsWith(grant, item.option) : undefined;
    if (item.kind === 'text' && params) {
      // The parameters' setter takes the option they are sent with: one call for both.
      imports.add('java.util.LinkedHashMap').add('java.util.Map');
      before.push(`${I.repeat(2)}Map<String, Object> params = new LinkedHashMap<>();`);
      for (const [key, param] of params.value) {
        before.push(`${I.repeat(2)}params.put(${javaString(key)}, ${javaString(param)});`);
      }
      setters.push(`${nameIn('java', params)}(${javaString(item.value)}, params)`);
    } else if (item.kind === 'text') {
      setters.push(`${nameIn('java', item)}(${javaString(item.value)})`);
    } else if (Object.keys(item.value).length === 0) {
      imports.add('java.util.LinkedHashMap');
      setters.push(`${nameIn('java', item)}(new LinkedHashMap<>())`);
    } else {
      // A JSON string parsed by Jackson, which twilio-java already depends on: Map.of() takes
      // no nulls, and the grant from Twilio's API has some.
      imports.add('com.fasterxml.jackson.core.type.TypeReference');
      imports.add('com.fasterxml.jackson.databind.ObjectMapper').add('java.util.Map');
      before.push(
        `${I.repeat(2)}Map<String, Object> playback = new ObjectMapper().readValue(`,
        `${I.repeat(3)}${javaString(JSON.stringify(item.value))},`,
        `${I.repeat(3)}new TypeReference<Map<String, Object>>() {});`,
      );
      setters.push(`${nameIn('java', item)}(playback)`);
    }
  }
  const declaration = `${I.repeat(2)}${className} ${variableOf(grant)} = new ${className}()`;
  const [only] = setters;
  if (only === undefined) return [...before, `${declaration};`];
  if (setters.length === 1) return [...before, `${declaration}.${only};`];
  const chain = setters.map((setter) => `${I.repeat(3)}.${setter}`);
  return [...before, declaration, ...chain.slice(0, -1), `${chain.at(-1) ?? ''};`];
}

/**
 * twilio-java. Its builder has no algorithm choice (always HS256) and takes `nbf` as a `Date`;
 * the token carries no `iat`.
 */
export const javaSnippet: Snippet = {
  id: 'java',
  name: 'Java',
  // twilio-java 12.0.0, 2026-04-21, and the Gradle line of its README:
  // https://github.com/twilio/twilio-java/blob/main/CHANGES.md,
  // https://github.com/twilio/twilio-java/blob/main/README.md#installation
  install: 'implementation "com.twilio.sdk:twilio:12.0.0"',
  filename: 'TokenGenerator.java',
  language: 'java',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const imports = new Set([
      'com.twilio.jwt.accesstoken.AccessToken',
      'java.nio.charset.StandardCharsets',
    ]);
    const grants = snippetGrants(input.grants);
    const grantBlocks = grants.map((grant) => grantStatements(grant, imports));
    if (input.nbf !== undefined) imports.add('java.util.Date');
    const builder = [
      `.identity(${javaString(input.identity)})`,
      `.ttl(${input.ttl})`,
      ...(input.nbf === undefined ? [] : [`.nbf(new Date(${input.nbf}L * 1000))`]),
      ...(input.region ? [`.region(${javaString(input.region)})`] : []),
      ...grants.map((grant) => `.grant(${variableOf(grant)})`),
      '.build();',
    ];
    const throwsClause = imports.has('com.fasterxml.jackson.databind.ObjectMapper')
      ? ' throws Exception'
      : '';
    return [
      ...[...imports].sort().map((name) => `import ${name};`),
      '',
      'public class TokenGenerator {',
      `${I}public static void main(String[] args)${throwsClause} {`,
      ...grantBlocks.flatMap((block) => [...block, '']),
      `${I.repeat(2)}// ${commentText(comments.credentials)}`,
      `${I.repeat(2)}AccessToken token = new AccessToken.Builder(`,
      // Since twilio-java 10.8.0 the builder takes the secret as bytes (CHANGES.md, PR #846).
      ...CREDENTIAL_ENV.map((name, index) =>
        index === CREDENTIAL_ENV.length - 1
          ? `${I.repeat(4)}System.getenv("${name}").getBytes(StandardCharsets.UTF_8))`
          : `${I.repeat(4)}System.getenv("${name}"),`,
      ),
      ...builder.map((call) => `${I.repeat(3)}${call}`),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM
        ? []
        : [`${I.repeat(2)}// ${commentText(comments.hs256Only)}`]),
      `${I.repeat(2)}System.out.println(token.toJwt());`,
      `${I}}`,
      '}',
      '',
    ].join('\n');
  },
};
