import type { Library } from '../grants/grant.ts';
import type { SidPrefix } from '../sidKinds.ts';

/**
 * What a paste is, as data for the UI to word: a token to read as it is, a token taken out of
 * something else (and from where), or something that is no token at all (and what it is).
 *
 * @example
 * ```ts
 * recognisePaste('{"token":"eyJ…"}');
 * // { kind: 'extracted', token: 'eyJ…', source: { kind: 'json', path: 'token' } }
 * ```
 */
export type PasteReading =
  | { readonly kind: 'empty' }
  /** A JWT, perhaps quoted or behind `Bearer `: the diagnosis reads it as it is. */
  | { readonly kind: 'jwt'; readonly token: string; readonly older?: OlderToken }
  | {
      readonly kind: 'extracted';
      readonly token: string;
      readonly source: TokenSource;
      readonly older?: OlderToken;
    }
  | { readonly kind: 'twiml' }
  /** `title` is the page's own title, cut short; absent when it has none. */
  | { readonly kind: 'html'; readonly title?: string }
  /** A Twilio REST API error, as JSON or XML; `code` is its error number when it gives one. */
  | { readonly kind: 'twilioError'; readonly code?: number; readonly status?: number }
  /** JSON with no token in it; `keys` are its first few top-level keys. */
  | { readonly kind: 'json'; readonly keys: readonly string[] }
  /** A SID; `prefix` is absent when its two letters are not a kind the app knows. */
  | { readonly kind: 'sid'; readonly prefix?: SidPrefix; readonly letters: string }
  /** 32 characters like an Auth Token or an API Key Secret. */
  | { readonly kind: 'secret' }
  | { readonly kind: 'printedObject'; readonly library: Library; readonly form: PrintedForm }
  /** Nothing the app recognises: the diagnosis says why it is no JWT. */
  | { readonly kind: 'unknown' };

export type PasteKind = PasteReading['kind'];

/** Where a token was taken out of. */
export type TokenSource =
  /** `path` is the key, or `outer.key` one level down. */
  | { readonly kind: 'json'; readonly path: string }
  | { readonly kind: 'url'; readonly part: 'query' | 'fragment'; readonly key: string }
  | { readonly kind: 'header' }
  | { readonly kind: 'curl' }
  /** Python's `str()` of an AccessToken: `<AccessToken eyJ…>`. */
  | { readonly kind: 'pythonStr' }
  /** Somewhere in other text, such as a log line. */
  | { readonly kind: 'text' };

/** How an object was printed: its default text, or its fields serialized (secret included). */
export type PrintedForm = 'printed' | 'serialized';

/** A JWT that is not a current Twilio Access Token. */
export type OlderToken =
  /** A Twilio Client Capability Token: a `scope` claim, no `grants`. */
  | { readonly kind: 'capability' }
  /** An IP Messaging / Programmable Chat era token: `grants.ip_messaging`. */
  | { readonly kind: 'chatEra' }
  /** Neither Twilio's content type nor `grants`; `issuer` is its `iss`, cut short. */
  | { readonly kind: 'foreign'; readonly issuer?: string };

/** Whether the paste is something else than a token, so no JWT diagnosis is worth showing. */
export function holdsNoToken(reading: PasteReading): boolean {
  switch (reading.kind) {
    case 'twiml':
    case 'html':
    case 'twilioError':
    case 'json':
    case 'sid':
    case 'secret':
    case 'printedObject':
      return true;
    case 'empty':
    case 'jwt':
    case 'extracted':
    case 'unknown':
      return false;
  }
}

/** What the inspector diagnoses: the token taken out, else the paste as it is. */
export function textToDiagnose(reading: PasteReading, input: string): string {
  return reading.kind === 'extracted' ? reading.token : input;
}
