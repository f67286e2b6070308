// Whether this profile has seen the welcome page. Kept because a browser may report `install`
// more than once for the same profile (Chromium does, at every start, for an extension loaded from
// the command line); an uninstall clears it, so a real reinstall welcomes again.
import { browser } from 'wxt/browser';

const KEY = 'welcomeShown';

export async function welcomeShown(): Promise<boolean> {
  const { [KEY]: shown } = (await browser.storage.local.get(KEY)) as { [KEY]?: boolean };
  return shown === true;
}

export const markWelcomeShown = () => browser.storage.local.set({ [KEY]: true });
