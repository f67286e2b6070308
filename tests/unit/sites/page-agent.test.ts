// @vitest-environment happy-dom
// The page agent in a site's tab: views reconnect on every navigation, so nothing may pile
// up per connection, and a single-page navigation must reach a watching view.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reader } from '../../../utils/sites/readers/types';
import { emptyRead } from '../../../utils/core/model/task';

type Listener = (...args: unknown[]) => void;
const connectListeners: Listener[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
      onConnect: { addListener: (l: Listener) => connectListeners.push(l), removeListener: vi.fn() },
    },
  },
}));

const { startPageAgent } = await import('../../../utils/sites/page-agent');

/** A context like WXT's: counts what is registered on it. */
function fakeContext() {
  const invalidated = new Set<() => void>();
  const location: (() => void)[] = [];
  return {
    invalidated,
    location,
    ctx: {
      isValid: true,
      onInvalidated(cb: () => void) {
        invalidated.add(cb);
        return () => invalidated.delete(cb);
      },
      addEventListener(_t: Window, _type: 'wxt:locationchange', handler: () => void) {
        location.push(handler);
      },
    },
  };
}

function fakePort() {
  const disconnect: Listener[] = [];
  const sent: unknown[] = [];
  return {
    sent,
    port: {
      name: 'watch-page',
      postMessage: (m: unknown) => sent.push(m),
      onDisconnect: { addListener: (l: Listener) => disconnect.push(l) },
    },
    close: () => disconnect.forEach((l) => l()),
  };
}

const reader: Reader = {
  name: 'test',
  hostPatterns: [],
  matches: () => true,
  read: (_doc, url) => ({ ...emptyRead('test'), recognised: true, view: url.pathname }),
  locate: () => null,
};

let observers = 0;
beforeEach(() => {
  connectListeners.length = 0;
  observers = 0;
  const Real = globalThis.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Real {
      observe(...args: Parameters<MutationObserver['observe']>) {
        observers++;
        super.observe(...args);
      }
      disconnect() {
        observers--;
        super.disconnect();
      }
    },
  );
  vi.useFakeTimers();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('page agent', () => {
  it('leaves nothing behind after 100 reconnects', async () => {
    const { ctx, invalidated, location } = fakeContext();
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    startPageAgent(ctx, { reader });
    const before = invalidated.size;
    for (let i = 0; i < 100; i++) {
      const p = fakePort();
      connectListeners.forEach((l) => l(p.port));
      p.close();
    }
    expect(invalidated.size).toBe(before);
    expect(observers).toBe(0);
    const count = (spy: typeof added, type: string) => spy.mock.calls.filter(([t]) => t === type).length;
    expect(count(added, 'hashchange')).toBe(count(removed, 'hashchange'));
    // One location listener for the life of the context, not one per connection.
    expect(location).toHaveLength(1);
  });

  it('a single-page navigation (history.pushState) re-reads the page for a watching view', async () => {
    const { ctx, location } = fakeContext();
    startPageAgent(ctx, { reader });
    const p = fakePort();
    connectListeners.forEach((l) => l(p.port));
    expect(p.sent).toHaveLength(1);
    history.pushState({}, '', '/b/other-board');
    location.forEach((h) => h());
    await vi.advanceTimersByTimeAsync(300);
    expect(p.sent).toHaveLength(2);
    expect((p.sent[1] as { read: { view: string } }).read.view).toBe('/b/other-board');
    p.close();
  });
});
