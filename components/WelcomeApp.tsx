// The first-run page (welcome.html), opened once when the extension is installed.
import { browser } from 'wxt/browser';
import { DEMO_PAGE } from '../utils/platform/messages';
import { useShortcuts } from './use-shortcuts';
import { t, tParts } from '../utils/platform/i18n';

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** "Shortcut: <key>" as the browser assigned it, or plainly that none is set and where to set one. */
function Shortcut({ keys, name, firefox }: { keys?: Record<string, string>; name: string; firefox: boolean }) {
  if (!keys) return null;
  const key = keys[name];
  return (
    <span class="welcome-shortcut" data-testid="welcome-shortcut" data-command={name}>
      {t('welcome.shortcut')} {key ? <kbd>{key}</kbd> : <>{firefox ? t('welcome.noShortcutFirefox') : t('welcome.noShortcut')}</>}
    </span>
  );
}

export function WelcomeApp({ firefox }: { firefox: boolean }) {
  const keys = useShortcuts();
  return (
    <div class="welcome">
      <header class="welcome-header">
        <img src="/icon.svg" alt="" width="56" height="56" />
        <div>
          <h1>{t('welcome.heading')}</h1>
          <p class="welcome-lede">{t('welcome.lede')}</p>
        </div>
      </header>

      <main>
        <ul class="welcome-what" aria-label={t('welcome.whatLabel')}>
          <li>
            {tParts('welcome.what1', { brief: <strong>{t('welcome.outcomeBrief')}</strong> })}
          </li>
          <li>{t('welcome.what2')}</li>
          <li>{t('welcome.what3')}</li>
        </ul>

        <p>
          <a class="welcome-cta" href={DEMO_PAGE} data-testid="welcome-demo">
            {t('welcome.tryDemo')}
          </a>{' '}
          <span class="muted">{t('welcome.demoHint')}</span>
        </p>

        <section aria-labelledby="where">
          <h2 id="where">{t('welcome.where')}</h2>
          <dl class="welcome-where">
            <dt>
              <img src="/icons/16.png" alt="" width="16" height="16" /> {t('welcome.popup')}
            </dt>
            <dd>
              {t('welcome.popupClick')}{' '}
              {firefox
                ? t('welcome.pinFirefox')
                : t('welcome.pinChrome')}{' '}
              {t('welcome.popupWhat')}
            </dd>
            <dt>{firefox ? t('welcome.sidebar') : t('welcome.sidePanel')}</dt>
            <dd>
              {t('welcome.panelWhat')}{' '}
              {firefox
                ? t('welcome.panelFirefox')
                : t('welcome.panelChrome')}{' '}
              {t('welcome.panelPopup')} <Shortcut keys={keys} name="open-side-panel" firefox={firefox} />
            </dd>
            <dt>{t('welcome.copyTitle')}</dt>
            <dd>
              {t('welcome.copyWhat')}{' '}
              <Shortcut keys={keys} name="copy-brief" firefox={firefox} />
            </dd>
          </dl>
          {!firefox && (
            <p class="hint">
              {t('welcome.keysHint')}{' '}
              <button type="button" class="link-button welcome-link" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
                {t('welcome.chooseKeys')}
              </button>
            </p>
          )}
        </section>

        <section aria-labelledby="privacy">
          <h2 id="privacy">{t('welcome.privacyTitle')}</h2>
          <p data-testid="welcome-privacy">
            {t('welcome.privacy')}
          </p>
        </section>

        <section aria-labelledby="presets">
          <h2 id="presets">{t('welcome.setupTitle')}</h2>
          <p>
            {t('welcome.setup')}
          </p>
          <p>
            <a href="options.html" data-testid="welcome-settings">
              {t('welcome.openSettings')}
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}
