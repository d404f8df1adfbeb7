import { code, type CodeWords } from '../../i18n/en/code.ts';

/**
 * The few comments a snippet carries. They are words of the Code tab's namespace
 * (`src/i18n/<language>/code.ts`), so they follow the page's language; the generators only
 * choose where each one goes, and write English when given none.
 *
 * @example
 * ```ts
 * nodeSnippet.code(input, useLazyWords('code').comments);
 * ```
 */
export type SnippetComments = CodeWords['comments'];

export const SNIPPET_COMMENTS_EN: SnippetComments = code.comments;

/** The comments a server route carries: the script's, and the route's own. */
export type RouteComments = SnippetComments & CodeWords['routes']['comments'];

export const ROUTE_COMMENTS_EN: RouteComments = { ...code.comments, ...code.routes.comments };
