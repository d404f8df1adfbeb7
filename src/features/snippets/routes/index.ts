import type { SnippetId } from '../snippet.ts';
import { csharpRoute } from './csharp.ts';
import { goRoute } from './go.ts';
import { javaRoute } from './java.ts';
import { nodeRoute } from './node.ts';
import { phpRoute } from './php.ts';
import { pythonRoute } from './python.ts';
import type { RouteProgram } from './route.ts';
import { rubyRoute } from './ruby.ts';

export type { RouteId, RouteProgram } from './route.ts';
export { curlCommand, envBlock } from './tryIt.ts';

/**
 * The Code tab's server routes, in the scripts' tab order.
 *
 * @example
 * ```ts
 * for (const route of ROUTES) show(route.install, route.code(input), route.run, curlCommand(input, route.port));
 * ```
 */
export const ROUTES: readonly RouteProgram<SnippetId>[] = [
  nodeRoute,
  pythonRoute,
  javaRoute,
  csharpRoute,
  phpRoute,
  rubyRoute,
  goRoute,
];
