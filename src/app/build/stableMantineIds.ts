import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin, type Rolldown } from 'vite';

const NAME = 'access-token-lab:stable-mantine-ids';

/** The module that takes @mantine/hooks' place (it imports the real package itself). */
const SHIM = normalizePath(fileURLToPath(new URL('./mantineHooks.ts', import.meta.url)));

/**
 * The package entry `@mantine/hooks`, imported from anywhere but the shim, resolves to
 * mantineHooks.ts: Mantine's components then use its `useId`, which keeps React's id instead of
 * replacing it after mount, and so render once instead of twice. Public names only (the
 * package's entry and its `useId` export); no file in node_modules is read or rewritten.
 */
function toShim(source: string, importer: string | undefined): string | null {
  if (source !== '@mantine/hooks' || importer === undefined) return null;
  return normalizePath(importer.split('?')[0] ?? importer) === SHIM ? null : SHIM;
}

/** For the build and the dev server's own modules. */
export function stableMantineIds(): Plugin {
  return { name: NAME, enforce: 'pre', resolveId: toShim };
}

/**
 * For prebundled dependencies (`optimizeDeps`), which Vite's plugins do not reach: the dev
 * server's, and Vitest's (`test.deps.optimizer`), which inherit it. Mantine's components are
 * bundled there with the shim in the package's place, as the build has them.
 */
export function stableMantineIdsInDeps(): Rolldown.Plugin {
  return { name: NAME, resolveId: toShim };
}
