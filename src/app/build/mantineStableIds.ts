import type { Plugin } from 'vite';

/** The module of Mantine's `useId` hook, as it sits in node_modules. */
const MANTINE_USE_ID = /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/;

/**
 * Mantine's `useId` starts from React's id, then swaps in a random one in a layout effect after
 * mount (a leftover from React 17, which had no `useId`). Every input, switch and tab uses it, so
 * each first render was followed at once by a second, synchronous one of the whole form. With
 * React 19 the first id is already stable and unique, so this keeps it: same signature, same ids
 * as Mantine's first render, no second render.
 */
export const STABLE_USE_ID = `import { useId as useReactId } from 'react';

export function useId(staticId) {
  const reactId = useReactId();
  return typeof staticId === 'string' ? staticId : \`mantine-\${reactId.replace(/:/g, '')}\`;
}
`;

export function mantineStableIds(): Plugin {
  return {
    name: 'access-token-lab:mantine-stable-ids',
    enforce: 'pre',
    load(id) {
      return MANTINE_USE_ID.test(id) ? STABLE_USE_ID : undefined;
    },
  };
}
