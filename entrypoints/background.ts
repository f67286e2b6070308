import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { handleCommand, handleMenuClick, installMenus } from '../utils/platform/background-actions';
import { registerReminders } from '../utils/platform/reminders';
import { welcomeOnInstall } from '../utils/platform/first-run';
import { keepEditsOfClosedViews } from '../utils/platform/edit-relay';
import { keepUnsaved } from '../utils/storage/unsaved-edits';
import { drafts } from '../utils/storage/drafts-client';
import { registerSiteAccess } from '../utils/platform/site-access';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    void installMenus();
    void welcomeOnInstall(details);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => void handleCommand(command, tab));
  registerReminders();
  keepEditsOfClosedViews(async (edit) => keepUnsaved(await drafts(), edit));
  registerSiteAccess();
});
