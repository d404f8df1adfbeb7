import { describe, expect, it } from 'vitest';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import { readStartLinks } from './links.ts';

/** An address bar at `hash` and a history that records what replaced its entry. */
function addressBar(hash: string) {
  const replaced: string[] = [];
  const location = { hash, pathname: '/tools/', search: '?x=1' } as Location;
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url),
  } as unknown as History;
  return { location, history, replaced };
}

const setupFragment = (setup: unknown) =>
  `#setup=${Buffer.from(JSON.stringify(setup)).toString('base64url')}`;

describe('readStartLinks', () => {
  it('reads a token link once, and it leaves the address bar and its history entry', async () => {
    const bar = addressBar('#token=a.b.c');
    const start = await readStartLinks(bar.location, bar.history);
    expect(start).toEqual({ values: GENERATE_FORM_DEFAULTS, token: 'a.b.c' });
    expect(bar.replaced).toEqual(['/tools/?x=1']);
  });

  it('reads a token link that cannot be used as such, and drops it too', async () => {
    const bar = addressBar('#token=%');
    const start = await readStartLinks(bar.location, bar.history);
    expect(start).toEqual({
      values: GENERATE_FORM_DEFAULTS,
      notice: { kind: 'tokenLinkUnreadable' },
    });
    expect(bar.replaced).toHaveLength(1);
  });

  it('takes a setup link for no token link, and drops it too', async () => {
    const bar = addressBar(setupFragment({ identity: 'linked' }));
    const start = await readStartLinks(bar.location, bar.history);
    expect(start).toEqual({
      values: { ...GENERATE_FORM_DEFAULTS, identity: 'linked' },
      notice: { kind: 'setupFromLink' },
    });
    expect(bar.replaced).toEqual(['/tools/?x=1']);
  });

  it('leaves any other fragment, and the defaults, alone', async () => {
    const bar = addressBar('#section-2');
    expect(await readStartLinks(bar.location, bar.history)).toEqual({
      values: GENERATE_FORM_DEFAULTS,
    });
    expect(bar.replaced).toEqual([]);
  });
});
