import { describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING, updateSwitcher } from './switchToUpdate.ts';

class Worker {
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
}

class Container extends EventTarget {
  registration: { waiting: Worker | null } | undefined = { waiting: new Worker() };
  failure: Error | undefined;

  getRegistration() {
    return this.failure ? Promise.reject(this.failure) : Promise.resolve(this.registration);
  }

  newController() {
    this.dispatchEvent(new Event('controllerchange'));
  }
}

/** Lets the switcher's promise callbacks run. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('updateSwitcher', () => {
  it('asks the waiting worker to take over, and reloads when it controls the page', async () => {
    const container = new Container();
    const reload = vi.fn();
    updateSwitcher(container, reload)();
    await settled();
    expect(container.registration?.waiting?.messages).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.newController();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads exactly once, however often pressed and however often control changes', async () => {
    const container = new Container();
    const reload = vi.fn();
    const press = updateSwitcher(container, reload);
    press();
    press();
    await settled();
    container.newController();
    container.newController();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('asks whichever worker waits now, should a newer one have replaced the first', async () => {
    const container = new Container();
    const first = container.registration?.waiting;
    const reload = vi.fn();
    const press = updateSwitcher(container, reload);
    press();
    await settled();
    const newer = new Worker();
    container.registration = { waiting: newer };
    press();
    await settled();
    expect(first?.messages).toEqual([SKIP_WAITING]);
    expect(newer.messages).toEqual([SKIP_WAITING]);
    container.newController();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads at once when no worker waits: another tab has switched already', async () => {
    const container = new Container();
    container.registration = { waiting: null };
    const reload = vi.fn();
    updateSwitcher(container, reload)();
    await settled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads at once when the registration cannot be read', async () => {
    const container = new Container();
    container.failure = new Error('InvalidStateError');
    const reload = vi.fn();
    updateSwitcher(container, reload)();
    await settled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('is the message serviceWorker.ts answers with skipWaiting()', async () => {
    const { readFile } = await import('node:fs/promises');
    const worker = await readFile(new URL('./serviceWorker.ts', import.meta.url), 'utf8');
    expect(worker).toContain(`if (event.data === '${SKIP_WAITING}') void self.skipWaiting();`);
  });
});
