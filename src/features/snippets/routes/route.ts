import type { RouteComments } from '../comments.ts';
import type { SnippetId } from '../snippet.ts';
import type { SnippetInput } from '../snippetInput.ts';

export type RouteId = SnippetId | 'edge';

/**
 * One language's access token server: a small web program whose `GET /token?identity=…` answers
 * `{"identity": …, "token": …}` with the form's grants, and what a user needs to run and try it.
 * The identity (and, with a Video grant, the room) comes from the request; everything else is the
 * form's, as in the scripts.
 *
 * @example
 * ```ts
 * const source = nodeRoute.code(input); // English comments by default
 * ```
 */
export interface RouteProgram<Id extends RouteId = RouteId> {
  readonly id: Id;
  /** The tab label, the same in every UI language. */
  readonly name: string;
  /** The shell command (or, for Java, the dependencies) that installs what it needs. */
  readonly install: string;
  /** The file name the program is meant to be saved as. */
  readonly filename: string;
  /** The highlighter's language name. */
  readonly language: string;
  /** The command that runs it from the folder it was saved in, with `.env` beside it. */
  readonly run: string;
  /** The port it listens on unless `PORT` says otherwise. */
  readonly port: number;
  code(input: SnippetInput, comments?: RouteComments): string;
}

/** Every route listens here unless `PORT` says otherwise, so one `curl` line fits them all. */
export const DEFAULT_PORT = 3000;

/**
 * Stands in for the room in the form's Video grant while a script generator writes the grant; the
 * route generator then replaces its literal with the variable that holds the request's room. So
 * the grant is written by the same code, from the same descriptors, as in the scripts.
 */
export const ROOM_STAND_IN = 'room-from-the-request';

/** The input with the Video grant's room replaced by {@link ROOM_STAND_IN}, when it has one. */
export function withRoomStandIn(input: SnippetInput): SnippetInput {
  const { video } = input.grants;
  if (video === undefined) return input;
  return { ...input, grants: { ...input.grants, video: { ...video, room: ROOM_STAND_IN } } };
}

/** `source` with the stand-in's literal (as `string` writes it) replaced by `variable`. */
export function roomFromRequest(
  source: string,
  string: (value: string) => string,
  variable: string,
): string {
  return source.replaceAll(string(ROOM_STAND_IN), variable);
}

/** Lines indented by `indent`, leaving empty lines empty. */
export function indented(lines: readonly string[], indent: string): string[] {
  return lines.flatMap((line) => line.split('\n')).map((line) => (line ? indent + line : line));
}
