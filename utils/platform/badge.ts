// The toolbar badge's look, in one place. Every badge the extension sets takes its colours from
// here, so a copied brief, a failure and a count of overdue reports read as one family on the icon.
import { browser } from 'wxt/browser';

export type BadgeTone = 'done' | 'problem' | 'overdue';

/** Background and text colour per tone; white text on each meets WCAG AA (4.5:1) at badge size. */
export const BADGE_COLORS: Record<BadgeTone, { background: string; text: string }> = {
  done: { background: '#1a7f37', text: '#ffffff' },
  problem: { background: '#cf222e', text: '#ffffff' },
  // Overdue reports: a nudge, not an error, so amber rather than red.
  overdue: { background: '#9a3f00', text: '#ffffff' },
};

/**
 * Sets the badge text in a tone (`tabId` for one tab, undefined for every tab); empty text clears it.
 * Text colour needs Chrome 110 / Firefox 63: older browsers keep their default and still show the badge.
 */
export async function setBadge(text: string, tone: BadgeTone, tabId?: number): Promise<void> {
  const { background, text: color } = BADGE_COLORS[tone];
  await browser.action.setBadgeBackgroundColor({ tabId, color: background });
  await browser.action.setBadgeTextColor?.({ tabId, color }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text });
}

/**
 * Gives a tab back the badge every tab shows (the overdue count): a null text removes the tab's
 * own text in Chrome and Firefox, and the tab's colour goes back to the global badge's tone.
 */
export async function clearTabBadge(tabId: number): Promise<void> {
  const { background, text: color } = BADGE_COLORS.overdue;
  await browser.action.setBadgeText({ tabId, text: null as unknown as string });
  await browser.action.setBadgeBackgroundColor({ tabId, color: background });
  await browser.action.setBadgeTextColor?.({ tabId, color }).catch(() => undefined);
  const title = await browser.action.getTitle({});
  await browser.action.setTitle({ tabId, title });
}
