import { base64url } from 'jose';
import type { DecodedToken } from '../decode.ts';
import { MAX_TOKEN_LENGTH } from '../diagnose/limits.ts';
import type { EscapedCharacter } from './identification.ts';
import { isJsonObject } from '../json/jsonObject.ts';

/** How a character class was written in the token's strings: plain, escaped, both or neither. */
export interface Writing {
  readonly plain: boolean;
  readonly escaped: boolean;
}

/**
 * What a fingerprint reads from a token, read once: member names in the order they were written,
 * how the JSON text was laid out, and the number in `jti`.
 *
 * @example
 * ```ts
 * const facts = readTokenFacts(decodeToken(jwt));
 * facts?.headerMembers; // ['alg', 'typ', 'cty']
 * facts?.jtiSeconds; // 1796217674
 * ```
 */
export interface TokenFacts {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly headerMembers: readonly string[];
  readonly payloadMembers: readonly string[];
  /** `grants` when it is a JSON object. */
  readonly grants?: Readonly<Record<string, unknown>>;
  /** Its keys in order; empty when it is not an object. */
  readonly grantMembers: readonly string[];
  /** The number after `${iss}-` in `jti`, as every helper library writes it; else undefined. */
  readonly jtiSeconds?: number;
  readonly writing: Readonly<Record<EscapedCharacter, Writing>>;
  /** Whitespace between JSON tokens, in either part; every library writes compact JSON. */
  readonly spacedJson: boolean;
  readonly duplicateKeys: boolean;
  readonly byteOrderMark: boolean;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const JTI_SECONDS = /^[0-9]{1,15}$/;

/**
 * Reads the facts of a decoded token, or undefined when its text is past the inspector's limit
 * (a token the inspector would not have decoded) or cannot be read again. Never throws; time
 * linear in the token.
 *
 * Member order comes from the parsed objects: readJson builds them in text order, and JavaScript
 * keeps string keys in insertion order. Integer-like keys ("0", "1") would be listed first, but no
 * helper library writes such a member where order is read, so a token that has one fails every
 * layout either way.
 */
export function readTokenFacts(decoded: DecodedToken): TokenFacts | undefined {
  const { segments, header, payload, quirks } = decoded;
  if (segments.header.length + segments.payload.length > MAX_TOKEN_LENGTH) return undefined;
  const headerText = segmentText(segments.header);
  const payloadText = segmentText(segments.payload);
  if (headerText === undefined || payloadText === undefined) return undefined;

  const scan = new TextScan();
  scan.read(headerText);
  scan.read(payloadText);
  const grants = isJsonObject(payload.grants) ? payload.grants : undefined;
  return {
    header,
    payload,
    headerMembers: Object.keys(header),
    payloadMembers: Object.keys(payload),
    ...(grants ? { grants } : {}),
    grantMembers: grants ? Object.keys(grants) : [],
    ...jtiSeconds(payload),
    writing: scan.writing(),
    spacedJson: scan.spaced,
    duplicateKeys: quirks.header.duplicateKeys.total + quirks.payload.duplicateKeys.total > 0,
    byteOrderMark: quirks.header.byteOrderMark || quirks.payload.byteOrderMark,
  };
}

function segmentText(segment: string): string | undefined {
  try {
    return utf8.decode(base64url.decode(segment));
  } catch {
    return undefined;
  }
}

/** Every helper library writes `jti` as `${keySid}-${now}` and `iss` as the same key SID. */
function jtiSeconds(payload: Readonly<Record<string, unknown>>): { jtiSeconds?: number } {
  const { jti, iss } = payload;
  if (typeof jti !== 'string' || typeof iss !== 'string') return {};
  const prefix = `${iss}-`;
  if (!jti.startsWith(prefix)) return {};
  const seconds = jti.slice(prefix.length);
  return JTI_SECONDS.test(seconds) ? { jtiSeconds: Number(seconds) } : {};
}

/**
 * One pass over valid JSON text (the decoder already checked it): whitespace outside strings, and
 * inside strings how `/`, non-ASCII and `< > &` were written.
 */
class TextScan {
  spaced = false;
  private readonly seen = {
    slash: { plain: false, escaped: false },
    nonAscii: { plain: false, escaped: false },
    html: { plain: false, escaped: false },
  };

  writing(): Readonly<Record<EscapedCharacter, Writing>> {
    return this.seen;
  }

  read(text: string): void {
    let inString = false;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      if (!inString) {
        if (unit === QUOTE) inString = true;
        else if (unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d) {
          this.spaced = true;
        }
        continue;
      }
      if (unit === QUOTE) {
        inString = false;
      } else if (unit === BACKSLASH) {
        const next = text.charCodeAt(index + 1);
        if (next === LETTER_U) {
          this.note(parseInt(text.slice(index + 2, index + 6), 16), 'escaped');
          index += 5;
        } else {
          if (next === SLASH) this.seen.slash.escaped = true;
          index += 1;
        }
      } else {
        this.note(unit, 'plain');
      }
    }
  }

  private note(unit: number, how: keyof Writing): void {
    const kind = characterKind(unit);
    if (kind) this.seen[kind][how] = true;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const LETTER_U = 0x75;

/**
 * The class a UTF-16 unit belongs to, if encoders disagree on it. Left out, because encoders that
 * otherwise write text plain escape them too: surrogates (JSON.stringify escapes a lone one) and
 * U+2028/U+2029 (Go's encoding/json escapes them, encode.go `\u2028`).
 */
function characterKind(unit: number): EscapedCharacter | undefined {
  if (unit === SLASH) return 'slash';
  if (unit === 0x3c || unit === 0x3e || unit === 0x26) return 'html';
  if (unit < 0x80 || Number.isNaN(unit)) return undefined;
  if (unit >= 0xd800 && unit <= 0xdfff) return undefined;
  if (unit === 0x2028 || unit === 0x2029) return undefined;
  return 'nonAscii';
}
