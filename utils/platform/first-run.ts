import { browser } from 'wxt/browser';
import { markWelcomeShown, welcomeShown } from '../storage/welcome-shown';

export const WELCOME_PAGE = 'welcome.html';

/**
 * Opens the welcome page on a fresh install, once per profile. Updates of the extension or of the
 * browser (reasons `update`, `chrome_update`, `browser_update`) and restarts never reopen it.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install' || (await welcomeShown())) return;
  await browser.tabs.create({ url: browser.runtime.getURL(`/${WELCOME_PAGE}`) });
  await markWelcomeShown();
}
