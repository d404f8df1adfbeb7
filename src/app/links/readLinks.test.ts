// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberSetup } from '../../features/setup/rememberedSetup.ts';
import { setupLink } from '../../features/setup/setupLink.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import { followLinks, type LinkHandlers } from './readLinks.ts';

const linked = { ...GENERATE_FORM_DEFAULTS, identity: 'from-a-link' };

/** The address bar at `hash`, and handlers that record what they were given. */
function arrive(hash: string) {
  const replaced: string[] = [];
  const location = { hash, pathname: '/', search: '' } as Location;
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url),
  } as unknown as History;
  const handlers = { setup: vi.fn(), token: vi.fn(), unusable: vi.fn() } satisfies LinkHandlers;
  followLinks(location, history, handlers);
  return { handlers, replaced };
}

afterEach(() => {
  localStorage.clear();
});

describe('followLinks', () => {
  it('fills the form from a setup link, and says so', () => {
    const { handlers, replaced } = arrive(new URL(setupLink(linked, 'https://lab.example/')).hash);
    expect(handlers.setup).toHaveBeenCalledWith(linked, { kind: 'setupFromLink' });
    expect(handlers.token).not.toHaveBeenCalled();
    expect(replaced).toEqual(['/']);
  });

  it('asks, and fills nothing, when this browser remembers a setup', () => {
    rememberSetup({ ...GENERATE_FORM_DEFAULTS, identity: 'mine' });
    const { handlers } = arrive(new URL(setupLink(linked, 'https://lab.example/')).hash);
    expect(handlers.setup).toHaveBeenCalledWith(undefined, { kind: 'setupLinkConflict', linked });
  });

  it('says so, and fills nothing, when a setup link cannot be read', () => {
    const { handlers, replaced } = arrive('#setup=%%%');
    expect(handlers.setup).toHaveBeenCalledWith(undefined, { kind: 'setupLinkUnreadable' });
    expect(replaced).toHaveLength(1);
  });

  it('opens a linked token, or says why it cannot', () => {
    expect(arrive('#token=a.b.c').handlers.token).toHaveBeenCalledWith('a.b.c');
    const tooLarge = arrive(`#token=${'a'.repeat(20_000)}.b.c`).handlers;
    expect(tooLarge.unusable).toHaveBeenCalledWith({ kind: 'tokenLinkTooLarge' });
    expect(tooLarge.setup).not.toHaveBeenCalled();
  });

  it('leaves other fragments alone', () => {
    const { handlers, replaced } = arrive('#section-2');
    expect(Object.values(handlers).every((handler) => handler.mock.calls.length === 0)).toBe(true);
    expect(replaced).toEqual([]);
  });
});
