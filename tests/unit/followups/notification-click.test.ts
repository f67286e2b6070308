import { beforeEach, describe, expect, it, vi } from 'vitest';

// The click on a desktop reminder cannot be made from a test browser (it is the OS's), so the
// listener is checked here against a stand-in for the extension API.
const api = vi.hoisted(() => {
  const listeners: Array<(id: string) => void> = [];
  return {
    listeners,
    browser: {
      notifications: { onClicked: { addListener: (f: (id: string) => void) => listeners.push(f) }, clear: vi.fn(async () => true) },
      tabs: { create: vi.fn(async () => ({})) },
      runtime: { getURL: (p: string) => `chrome-extension://abc${p}` },
    },
  };
});
vi.mock('wxt/browser', () => ({ browser: api.browser }));

const { listenForNotificationClicks, REMINDER_NOTIFICATION } = await import('../../../utils/platform/reminders');

describe('a click on a reminder', () => {
  beforeEach(() => vi.clearAllMocks());

  it('opens the follow-ups view and clears the notification; other notifications are left alone', () => {
    listenForNotificationClicks();
    listenForNotificationClicks();
    expect(api.listeners).toHaveLength(1);
    api.listeners[0]!('something-else');
    expect(api.browser.tabs.create).not.toHaveBeenCalled();
    api.listeners[0]!(REMINDER_NOTIFICATION);
    expect(api.browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://abc/drafts.html#follow-ups' });
    expect(api.browser.notifications.clear).toHaveBeenCalledWith(REMINDER_NOTIFICATION);
  });
});
