/**
 * @mantine/hooks as Mantine's components see it (stableMantineIds.ts puts this module in the
 * package's place): everything the package exports, with `useId` replaced. An export written
 * here wins over the same name from `export *`.
 */
import { useId as useReactId } from 'react';

export * from '@mantine/hooks';

/**
 * Mantine's `useId`, without its second render. Mantine's starts from React's id, then swaps in
 * a random one in a layout effect after mount (a leftover from React 17, which had no `useId`),
 * so every input, switch and tab rendered twice, synchronously, as it appeared. React's id is
 * already stable and unique; this keeps it, with the same signature and the same ids as
 * Mantine's first render.
 *
 * @example
 * ```ts
 * const id = useId(props.id); // props.id when given, else `mantine-` and React's id, for good
 * ```
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/:/g, '')}`;
}
