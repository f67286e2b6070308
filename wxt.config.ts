import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OPTIONAL_SITES } from './utils/sites/site-catalog';

// Sites read out of the box. Anything else goes through activeTab (a selection)
// so the extension never asks for access to every site.
export const SUPPORTED_HOSTS = [
  'https://trello.com/*',
  'https://app.asana.com/*',
  'https://mail.google.com/*',
];

// Read only once the owner allows them (Settings, or "Allow reading tasks on …" in the popup):
// the seven other sites, and the one address of a self-hosted Jira or GitHub Enterprise the
// owner types (https, or http on this computer). Nothing is granted at install.
export const OPTIONAL_HOSTS = [
  ...OPTIONAL_SITES.flatMap((s) => s.patterns),
  'https://*/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];

// The popup's first paint needs Preact, the editor and their small helpers: one chunk instead of
// about ten, as each extra file is one more request before the editor shows (npm run bench).
// Only for the extension pages' build; content scripts and the background are single files.
const FIRST_PAINT =
  /node_modules[\\/]preact[\\/]|components[\\/](Alert|BriefEditor|DraftPane|LazyDraftParts|LazyDueNow|LazySiteActions|labels|later|use-draft|use-presets)\.tsx?$|utils[\\/]platform[\\/]i18n\.ts$|utils[\\/]core[\\/](checklist[\\/]section-edits|equal|merge|model[\\/](categories|presets|sections|task))\.ts$|utils[\\/]storage[\\/](db[\\/]changes|drafts-client|popup-snapshot|view-choices)\.ts$/;
function firstPaintChunk() {
  return {
    name: 'first-paint-chunk',
    outputOptions(options: { format?: string; codeSplitting?: unknown }) {
      if (options.format !== 'es' && options.format !== 'esm' && options.format !== undefined) return null;
      return { ...options, codeSplitting: { groups: [{ name: 'first-paint', test: FIRST_PAINT }] } };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  // One drawn source for every size: 16/32 toolbar, 48 and 96 add-on managers, 128 store and install dialog.
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: [128, 96, 48, 32, 16] },
  imports: false,
  // MV3 everywhere: Firefox supports it since 109, and one manifest shape means one background code path.
  manifestVersion: 3,
  // Lets parallel test runs build into their own folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact(), firstPaintChunk()] }),
  manifest: ({ browser }) => ({
    // The UI speaks the browser's language: locales/*.yml become _locales/ (see utils/platform/i18n.ts).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      // Copy for email from a shortcut or menu, where no page has the focus: Chrome copies in an
      // offscreen document, Firefox in its background page.
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Desktop reminders are asked for from Settings, when the owner turns them on.
    optional_permissions: ['notifications'],
    host_permissions: SUPPORTED_HOSTS,
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: '__MSG_extActionTitle__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandSidePanel__',
      },
      'copy-brief': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandCopyBrief__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected: task data never leaves the browser unless the owner sends it.
            gecko: { id: 'outcome-briefs@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
