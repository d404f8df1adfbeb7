/**
 * How much of a paste is looked at. A token is at most 16 KiB (the inspector's limit); an HTML
 * error page or a JSON body holding one is rarely past a few; 64 KiB leaves room and keeps every
 * recogniser's linear scan well under a millisecond or so.
 */
export const MAX_PASTE_LOOK = 64 * 1024;

/** How long a title or issuer taken from a paste may be when it is shown. */
export const MAX_SHOWN_TEXT = 120;

/** Cuts text to be shown to at most {@link MAX_SHOWN_TEXT} characters, with an ellipsis. */
export function shortText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SHOWN_TEXT ? `${flat.slice(0, MAX_SHOWN_TEXT - 1)}…` : flat;
}
