// @vitest-environment jsdom
import { MantineProvider, PasswordInput, Switch, Tabs, TextInput } from '@mantine/core';
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { installBrowserShims } from '../../../test/support/renderInApp.tsx';

installBrowserShims();
afterEach(cleanup);

/** The id of every element that got one from Mantine's useId. */
function mantineIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[id^="mantine-"]')].map((element) => element.id);
}

/**
 * Real Mantine inputs, each of which asks Mantine's `useId` for its id. With React's own ids kept
 * (mantineHooks.ts, resolved in @mantine/hooks' place), the ids of the first render stay and
 * nothing renders again from the commit. Mantine's own useId swaps in random ids from a layout
 * effect: a second, synchronous render of every input, which React's Profiler reports as a
 * `nested-update`. Should Mantine stop taking useId from its package entry, this fails.
 */
describe('Mantine ids', () => {
  it('are set in the first render and kept, with no render from the commit', async () => {
    const commits: string[] = [];
    let idsAtMount: string[] = [];
    const container = document.body.appendChild(document.createElement('div'));
    render(
      <MantineProvider>
        <Profiler
          id="form"
          onRender={(_id, phase) => {
            commits.push(phase);
            if (phase === 'mount') idsAtMount = mantineIds(container);
          }}
        >
          <TextInput label="Identity" />
          <PasswordInput label="API Key Secret" />
          <Switch label="Video" />
          <Tabs defaultValue="generate">
            <Tabs.List>
              <Tabs.Tab value="generate">Generate</Tabs.Tab>
              <Tabs.Tab value="inspect">Inspect</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="generate">form</Tabs.Panel>
          </Tabs>
        </Profiler>
      </MantineProvider>,
      { container },
    );
    // Let every effect, layout or passive, run and any update it scheduled render.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));

    expect(idsAtMount.length).toBeGreaterThanOrEqual(4);
    expect(mantineIds(container)).toEqual(idsAtMount);
    expect(commits[0]).toBe('mount');
    // Tabs re-renders once its panels have registered, in a passive effect: an `update`.
    expect(commits).not.toContain('nested-update');
  });

  it('follow an id given as a prop', () => {
    const view = render(
      <MantineProvider>
        <TextInput label="Identity" id="identity" />
      </MantineProvider>,
    );
    expect(view.getByLabelText('Identity').id).toBe('identity');
  });
});
