import { shortText } from './limits.ts';

/** How far into markup its root element is looked for: past an XML declaration and comments. */
const HEAD = 2048;

/**
 * TwiML: the XML Twilio's webhooks answer with, `<Response>` at its root
 * (https://www.twilio.com/docs/voice/twiml, "TwiML … <Response> element"). A token URL that
 * answers with it is a voice webhook, not the token endpoint.
 */
export function isTwiml(text: string): boolean {
  const head = text.trimStart().slice(0, HEAD);
  if (!head.startsWith('<')) return false;
  return /<Response[\s>/]/.test(head);
}

/** An HTML page (an error page, a login page), with its title when it has one. */
export function readHtml(text: string): { readonly title?: string } | undefined {
  const head = text.trimStart().slice(0, HEAD).toLowerCase();
  if (!head.startsWith('<')) return undefined;
  if (!/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head)) return undefined;
  const title = titleOf(text);
  return title ? { title } : {};
}

function titleOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  const open = lower.indexOf('<title');
  if (open < 0) return undefined;
  const start = lower.indexOf('>', open);
  const end = lower.indexOf('</title', start);
  if (start < 0 || end < 0) return undefined;
  const title = shortText(decodeEntities(text.slice(start + 1, Math.min(end, start + 1 + 1000))));
  return title === '' ? undefined : title;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}
