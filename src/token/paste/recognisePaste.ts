import { normalizeInput } from '../diagnose/normalizeInput.ts';
import { readCredential } from './credential.ts';
import { findJwt, isCompactJwt } from './findJwt.ts';
import { parseJsonPaste, tokenInJson, topKeys } from './jsonBody.ts';
import { MAX_PASTE_LOOK } from './limits.ts';
import { isTwiml, readHtml } from './markup.ts';
import { olderToken } from './olderToken.ts';
import { printedObject, serializedNodeToken } from './printedObject.ts';
import type { PasteReading, TokenSource } from './reading.ts';
import { tokenInRequest } from './requestText.ts';
import { twilioErrorFromJson, twilioErrorFromXml } from './twilioError.ts';
import { tokenInUrl } from './urlToken.ts';

/**
 * What was pasted, before any JWT is read: a token as it is, a token inside something else
 * (JSON, a URL, a request, a `curl` line, Python's `str()`), or what it is instead (TwiML, an
 * HTML page, a Twilio error, other JSON, another credential, an object printed instead of
 * signed). Never throws; looks at no more than {@link MAX_PASTE_LOOK} characters, each
 * recogniser in one linear pass.
 *
 * @example
 * ```ts
 * recognisePaste('{"identity":"alice","token":"eyJ…"}');
 * // { kind: 'extracted', token: 'eyJ…', source: { kind: 'json', path: 'token' } }
 * recognisePaste('<?xml version="1.0"?><Response><Say>Hi</Say></Response>'); // { kind: 'twiml' }
 * ```
 */
export function recognisePaste(input: string): PasteReading {
  try {
    return recognise(input.length > MAX_PASTE_LOOK ? input.slice(0, MAX_PASTE_LOOK) : input);
  } catch {
    // Every recogniser is written not to throw; should one still, the paste stays data.
    return { kind: 'unknown' };
  }
}

function recognise(text: string): PasteReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const { normalized } = normalizeInput(trimmed);
  if (isCompactJwt(normalized)) return withOlder({ kind: 'jwt' as const, token: normalized });

  const python = pythonStr(trimmed);
  if (python) return extracted(python, { kind: 'pythonStr' });
  const printed = printedObject(trimmed);
  if (printed) return { kind: 'printedObject', ...printed };

  const json = parseJsonPaste(trimmed);
  if (json) return readJson(json.value);

  if (trimmed.startsWith('<')) {
    const xmlError = twilioErrorFromXml(trimmed);
    if (xmlError) return { kind: 'twilioError', ...xmlError };
    if (isTwiml(trimmed)) return { kind: 'twiml' };
    const html = readHtml(trimmed);
    if (html) return { kind: 'html', ...html };
  }

  const request = tokenInRequest(trimmed);
  if (request) return extracted(request.token, request.source);
  const url = tokenInUrl(trimmed);
  if (url) return extracted(url.token, url.source);
  const credential = readCredential(normalized);
  if (credential) return credential;
  const inText = findJwt(trimmed);
  if (inText) return extracted(inText, { kind: 'text' });
  return { kind: 'unknown' };
}

function readJson(value: unknown): PasteReading {
  const found = tokenInJson(value);
  if (found) {
    const token = found.text.trim();
    if (isCompactJwt(token)) return extracted(token, { kind: 'json', path: found.path });
    // `{"token":"[object Object]"}`: the server sent an object where the token belongs.
    const printed = printedObject(found.text);
    if (printed) return { kind: 'printedObject', ...printed };
  }
  if (serializedNodeToken(value))
    return { kind: 'printedObject', library: 'node', form: 'serialized' };
  const error = twilioErrorFromJson(value);
  if (error) return { kind: 'twilioError', ...error };
  return { kind: 'json', keys: topKeys(value) };
}

/** twilio-python's `str(token)`: `<AccessToken eyJ…>` (twilio/jwt/access_token/__init__.py). */
function pythonStr(text: string): string | undefined {
  if (!text.startsWith('<AccessToken ') || !text.endsWith('>')) return undefined;
  const token = text.slice('<AccessToken '.length, -1).trim();
  return isCompactJwt(token) ? token : undefined;
}

function extracted(token: string, source: TokenSource): PasteReading {
  return withOlder({ kind: 'extracted' as const, token, source });
}

function withOlder<R extends { readonly token: string }>(reading: R): R {
  const older = olderToken(reading.token);
  return older ? { ...reading, older } : reading;
}
