import type { Library } from '../grants/grant.ts';
import { isJsonObject } from '../json/jsonObject.ts';
import type { PrintedForm } from './reading.ts';

/**
 * The method each official library signs with, turning its AccessToken object into the JWT
 * text a client SDK wants. Each checked in the library's own source:
 * - node: `toJwt(algorithm?)`, twilio/twilio-node `src/jwt/AccessToken.ts` (lib/jwt/AccessToken.d.ts);
 * - python: `to_jwt()`, twilio/twilio-python `twilio/jwt/__init__.py` (class Jwt, which
 *   `twilio/jwt/access_token/__init__.py`'s AccessToken extends);
 * - java: `toJwt()`, twilio/twilio-java `src/main/java/com/twilio/jwt/Jwt.java` (AccessToken extends Jwt);
 * - csharp: `ToJwt()`, twilio/twilio-csharp `src/Twilio/JWT/BaseJwt.cs` (AccessToken.Token extends BaseJwt);
 * - php: `toJWT()`, twilio/twilio-php `src/Twilio/Jwt/AccessToken.php`;
 * - ruby: `to_jwt`, twilio/twilio-ruby `lib/twilio-ruby/jwt/access_token.rb`;
 * - go: `ToJwt()` (returns the token and an error), twilio/twilio-go `client/jwt/access_token.go`.
 */
export const SIGNING_METHOD = {
  node: 'toJwt()',
  python: 'to_jwt()',
  java: 'toJwt()',
  csharp: 'ToJwt()',
  php: 'toJWT()',
  ruby: 'to_jwt',
  go: 'ToJwt()',
} as const satisfies Record<Library, string>;

/**
 * How each library's AccessToken reads when it is printed instead of signed: the language's
 * default text for an object, which names the class the library defines.
 * - python: `repr()` of twilio.jwt.access_token.AccessToken, `<… object at 0x…>` (its `str()`
 *   is `<AccessToken eyJ…>`, from which the token is taken out instead);
 * - node: JavaScript's `String({})`, `[object Object]`;
 * - java: `Object.toString()`, class name `@` hash, of com.twilio.jwt.accesstoken.AccessToken;
 * - csharp: `Object.ToString()`, the full type name Twilio.Jwt.AccessToken.Token;
 * - php: `print_r` (`Twilio\Jwt\AccessToken Object`) or `var_dump` (`object(Twilio\Jwt\AccessToken)`)
 *   — `echo` is fine there: twilio-php's `__toString()` signs;
 * - ruby: `inspect`, `#<Twilio::JWT::AccessToken:0x… @account_sid=…>`;
 * - go: `fmt.Print` of the struct or its pointer: `{0xc… [grants] AC… SK… identity region}`,
 *   its first field the pointer to the base JWT (twilio-go's `AccessToken` struct).
 */
const PRINTED: readonly { readonly library: Library; readonly test: (text: string) => boolean }[] =
  [
    {
      library: 'python',
      test: (text) => text.includes('twilio.jwt.access_token.AccessToken object at 0x'),
    },
    { library: 'node', test: (text) => text.includes('[object Object]') },
    { library: 'java', test: (text) => text.includes('com.twilio.jwt.accesstoken.AccessToken@') },
    { library: 'csharp', test: (text) => text.includes('Twilio.Jwt.AccessToken.Token') },
    {
      library: 'php',
      test: (text) =>
        text.includes('Twilio\\Jwt\\AccessToken Object') ||
        text.includes('object(Twilio\\Jwt\\AccessToken)'),
    },
    { library: 'ruby', test: (text) => text.includes('#<Twilio::JWT::AccessToken') },
    {
      library: 'go',
      test: (text) => /^&?\{0x[0-9a-f]+ /.test(text) && /\bAC[0-9a-f]{32}\b/.test(text),
    },
  ];

/**
 * Which library's AccessToken object was printed, when `text` is one.
 *
 * @example
 * ```ts
 * printedObject('<twilio.jwt.access_token.AccessToken object at 0x7f…>'); // { library: 'python', form: 'printed' }
 * ```
 */
export function printedObject(
  text: string,
): { readonly library: Library; readonly form: PrintedForm } | undefined {
  const trimmed = text.trim();
  const found = PRINTED.find(({ test }) => test(trimmed));
  return found && { library: found.library, form: 'printed' };
}

/**
 * twilio-node's AccessToken serialized with `JSON.stringify` (or sent as `res.json(token)`): its
 * own fields `accountSid`, `keySid` and `secret` (lib/jwt/AccessToken.js), the secret included.
 */
export function serializedNodeToken(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof value.accountSid === 'string' &&
    typeof value.keySid === 'string' &&
    'secret' in value
  );
}
