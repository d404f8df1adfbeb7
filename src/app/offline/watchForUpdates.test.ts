import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, watchForUpdates } from './watchForUpdates.ts';

/** A registration as the browser drives it, with its workers moved by hand. */
class Registration extends EventTarget {
  installing: EventTarget | null = null;
  waiting: EventTarget | null = null;
  active: EventTarget | null = null;
  checks = 0;
  answer: Promise<unknown> = Promise.resolve();

  update() {
    this.checks += 1;
    return this.answer;
  }

  /** A new worker downloads, installs, and (when `active` is set) waits. */
  install(): EventTarget {
    const worker = new EventTarget();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.finishInstall();
    return worker;
  }

  finishInstall() {
    const worker = this.installing;
    this.installing = null;
    this.waiting = worker;
    worker?.dispatchEvent(new Event('statechange'));
  }

  activateWaiting() {
    this.active = this.waiting;
    this.waiting = null;
    this.active?.dispatchEvent(new Event('statechange'));
  }
}

class Container extends EventTarget {
  controller: object | null = null;

  takeControl() {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

class Page extends EventTarget {
  hidden = false;

  show() {
    this.hidden = false;
    this.dispatchEvent(new Event('visibilitychange'));
  }

  hide() {
    this.hidden = true;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function watched({ controlled }: { controlled: boolean }) {
  const registration = new Registration();
  const container = new Container();
  const page = new Page();
  const onUpdate = vi.fn();
  if (controlled) {
    registration.active = new EventTarget();
    container.controller = {};
  }
  return { registration, container, page, onUpdate };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchForUpdates', () => {
  it('says nothing on a fresh install: the first worker installs and takes control', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: false });
    watchForUpdates(registration, container, page, onUpdate);
    registration.install();
    registration.activateWaiting();
    container.takeControl();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('says so when a new version has installed and waits behind the running one', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    watchForUpdates(registration, container, page, onUpdate);
    expect(onUpdate).not.toHaveBeenCalled();
    registration.install();
    expect(onUpdate).toHaveBeenCalledOnce();
  });

  it('says so at once when a worker already waits as it starts', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    registration.waiting = new EventTarget();
    watchForUpdates(registration, container, page, onUpdate);
    expect(onUpdate).toHaveBeenCalledOnce();
  });

  it('follows an install already under way as it starts', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    registration.installing = new EventTarget();
    watchForUpdates(registration, container, page, onUpdate);
    expect(onUpdate).not.toHaveBeenCalled();
    registration.finishInstall();
    expect(onUpdate).toHaveBeenCalledOnce();
  });

  it('says so when another tab let the new version take over this one', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    watchForUpdates(registration, container, page, onUpdate);
    container.takeControl();
    expect(onUpdate).toHaveBeenCalledOnce();
  });

  it('asks the server when the tab is shown again, not when it is hidden', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    watchForUpdates(registration, container, page, onUpdate);
    expect(registration.checks).toBe(0);
    page.hide();
    expect(registration.checks).toBe(0);
    page.show();
    expect(registration.checks).toBe(1);
  });

  it('asks the server every hour while the tab is visible', () => {
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    watchForUpdates(registration, container, page, onUpdate);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(registration.checks).toBe(0);
    vi.advanceTimersByTime(1);
    expect(registration.checks).toBe(1);
    page.hidden = true;
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.checks).toBe(1);
    page.hidden = false;
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.checks).toBe(2);
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(60 * 60 * 1000);
  });

  it('takes a failed check (offline) quietly', async () => {
    // Real timers: Node reports an unhandled rejection after the microtasks, by setImmediate's time.
    vi.useRealTimers();
    const { registration, container, page, onUpdate } = watched({ controlled: true });
    const failure = vi.fn();
    process.on('unhandledRejection', failure);
    try {
      registration.answer = Promise.reject(new TypeError('Failed to fetch'));
      watchForUpdates(registration, container, page, onUpdate);
      page.show();
      await new Promise((resolve) => {
        setImmediate(resolve);
      });
      expect(registration.checks).toBe(1);
      expect(failure).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', failure);
    }
  });
});
