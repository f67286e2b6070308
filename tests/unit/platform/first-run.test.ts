import { beforeEach, describe, expect, it, vi } from 'vitest';

const store: Record<string, unknown> = {};
const opened: string[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
    tabs: { create: async ({ url }: { url: string }) => void opened.push(url) },
    storage: {
      local: {
        get: async (key: string) => (key in store ? { [key]: store[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(store, items),
      },
    },
  },
}));
const { welcomeOnInstall } = await import('../../../utils/platform/first-run');

beforeEach(() => {
  opened.length = 0;
  for (const k of Object.keys(store)) delete store[k];
});

describe('welcome page on install', () => {
  it('opens welcome.html on a fresh install', async () => {
    await welcomeOnInstall({ reason: 'install' });
    expect(opened).toEqual(['chrome-extension://id/welcome.html']);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('never on %s', async (reason) => {
    await welcomeOnInstall({ reason });
    expect(opened).toEqual([]);
  });

  it('once per profile, even when the browser reports install again', async () => {
    await welcomeOnInstall({ reason: 'install' });
    await welcomeOnInstall({ reason: 'update' });
    await welcomeOnInstall({ reason: 'install' });
    expect(opened).toHaveLength(1);
  });
});
