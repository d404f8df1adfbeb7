import { isJsonObject } from '../json/jsonObject.ts';

export interface TwilioRestError {
  readonly code?: number;
  readonly status?: number;
}

/**
 * A Twilio REST API error body. Twilio documents its exceptions as `code`, `message`,
 * `more_info` and `status` (https://www.twilio.com/docs/usage/twilios-response, "Exceptions"),
 * e.g. `{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}`.
 * A `message` with a numeric `code` or `status` is enough; `more_info` is not required.
 */
export function twilioErrorFromJson(value: unknown): TwilioRestError | undefined {
  if (!isJsonObject(value) || typeof value.message !== 'string') return undefined;
  const code = wholeNumber(value.code);
  const status = wholeNumber(value.status);
  if (code === undefined && status === undefined) return undefined;
  return { ...(code === undefined ? {} : { code }), ...(status === undefined ? {} : { status }) };
}

/**
 * The same error as the 2010 API's XML answers it:
 * `<TwilioResponse><RestException><Code>20003</Code>…` (same page, XML format).
 */
export function twilioErrorFromXml(text: string): TwilioRestError | undefined {
  if (!text.includes('<RestException>')) return undefined;
  const code = wholeNumber(Number(between(text, '<Code>', '</Code>')));
  const status = wholeNumber(Number(between(text, '<Status>', '</Status>')));
  return { ...(code === undefined ? {} : { code }), ...(status === undefined ? {} : { status }) };
}

function between(text: string, open: string, close: string): string {
  const start = text.indexOf(open);
  if (start < 0) return '';
  const end = text.indexOf(close, start + open.length);
  return end < 0 ? '' : text.slice(start + open.length, Math.min(end, start + open.length + 12));
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
