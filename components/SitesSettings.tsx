import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SITES, type SelfHostedSlug, type Site } from '../utils/sites/site-catalog';
import { checkOwnerOrigin } from '../utils/sites/origin-input';
import { setOwnerOrigins } from '../utils/storage/site-origins';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { useSiteAccess, type SiteAccess } from './use-site-access';
import { releaseOrigins } from '../utils/platform/release-origins';
import { t } from '../utils/platform/i18n';

const shown = (pattern: string) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/**
 * Settings › Sites: every site, with a switch for the seven read only once allowed. A switch is
 * the browser's permission itself: turning it on asks the browser (from this click), turning it
 * off gives the permission back, and the background registers or removes the site's script.
 */
export function SitesSettings() {
  const access = useSiteAccess();
  const [pending, setPending] = useState('');
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  const toggle = (s: Site, input: HTMLInputElement) => {
    const on = input.checked;
    // The switch shows the permission, not the click: it changes once the browser has answered.
    input.checked = !!access.allowed[s.slug];
    setSaid('');
    setError('');
    setPending(s.slug);
    // The request must come straight from this click: nothing is awaited before it.
    const asked = on ? browser.permissions.request({ origins: [...s.patterns] }) : browser.permissions.remove({ origins: [...s.patterns] });
    asked
      .then((ok) => {
        if (on && ok) setSaid(t('sites.turnedOn', { site: s.name }));
        else if (on) setError(t('sites.refused', { site: s.name }));
        else if (ok) setSaid(t('sites.turnedOff', { site: s.name }));
        else setError(t('sites.cannotOff', { site: s.name }));
      })
      .catch((e) => setError(t('sites.failed', { site: s.name, error: errorText(e) })))
      .finally(() => {
        setPending('');
        void access.refresh();
      });
  };

  return (
    <fieldset data-testid="sites-settings">
      <legend>{t('sites.legend')}</legend>
      <p class="hint">
        {t('sites.intro')}
      </p>
      <ul class="check-list site-list">
        {SITES.map((s) => (
          <li key={s.slug} data-testid="site-row" data-site={s.slug}>
            <div class="grow">
              <label class="inline site-switch">
                {s.optional ? (
                  <input
                    type="checkbox"
                    role="switch"
                    data-testid="site-toggle"
                    data-site={s.slug}
                    checked={!!access.allowed[s.slug]}
                    disabled={!access.loaded || pending === s.slug}
                    aria-busy={pending === s.slug}
                    onChange={(e) => toggle(s, e.currentTarget)}
                  />
                ) : (
                  <input type="checkbox" role="switch" checked disabled aria-describedby={`site-${s.slug}-hint`} />
                )}{' '}
                {s.name}
              </label>{' '}
              <span class="hint" id={`site-${s.slug}-hint`}>
                {s.patterns.map(shown).join(', ')}
                {s.optional ? '' : ` · ${t('sites.builtIn')}`}
              </span>
              {s.selfHosted && <SelfHosted site={s as Site & { slug: SelfHostedSlug }} access={access} onSaid={setSaid} onError={setError} />}
            </div>
          </li>
        ))}
      </ul>
      <p role="status" class="status" aria-live="polite" data-testid="sites-status">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </fieldset>
  );
}

/** The owner's own Jira or GitHub Enterprise addresses: same permission path, one origin each. */
function SelfHosted({
  site,
  access,
  onSaid,
  onError,
}: {
  site: Site & { slug: SelfHostedSlug };
  access: SiteAccess;
  onSaid(text: string): void;
  onError(text: string): void;
}) {
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState('');
  const list = access.origins[site.slug];
  const inputId = `origin-${site.slug}`;
  const product = site.selfHosted!.product;

  const add = (e: Event) => {
    e.preventDefault();
    onSaid('');
    onError('');
    const check = checkOwnerOrigin(typed, site, access.origins);
    if (!check.ok) return setInvalid(check.error);
    setInvalid('');
    // From this click, before anything is awaited; the origin is kept only once it is allowed.
    browser.permissions
      .request({ origins: [check.pattern] })
      .then(async (ok) => {
        if (!ok) return onError(t('sites.originRefused', { origin: check.origin }));
        await setOwnerOrigins(site.slug, [...list, check.origin]);
        setTyped('');
        onSaid(check.note ? t('sites.originAddedNote', { origin: check.origin, note: check.note }) : t('sites.originAdded', { origin: check.origin }));
      })
      .catch((err) => onError(t('sites.originAddFailed', { origin: check.origin, error: errorText(err) })))
      .finally(() => void access.refresh());
  };

  const allow = (origin: string) => {
    onError('');
    browser.permissions
      .request({ origins: [`${origin}/*`] })
      .then((ok) => (ok ? onSaid(t('sites.originAllowed', { origin })) : onError(t('sites.originNotAllowed', { origin }))))
      .catch((err) => onError(t('sites.originAllowFailed', { origin, error: errorText(err) })))
      .finally(() => void access.refresh());
  };

  const remove = (origin: string) => {
    onError('');
    void (async () => {
      try {
        await setOwnerOrigins(site.slug, list.filter((o) => o !== origin));
        await releaseOrigins([`${origin}/*`]);
        onSaid(t('sites.originRemoved', { origin }));
      } catch (err) {
        onError(t('sites.originRemoveFailed', { origin, error: errorText(err) }));
      } finally {
        void access.refresh();
      }
    })();
  };

  return (
    <form class="self-hosted" onSubmit={add} data-testid="site-origins" data-site={site.slug}>
      {list.length > 0 && (
        <ul class="check-list">
          {list.map((origin) => (
            <li key={origin} data-testid="site-origin" data-origin={origin} data-allowed={String(!!access.originAllowed[origin])}>
              <span class="grow">
                {origin} <span class="hint">{access.originAllowed[origin] ? t('sites.allowed') : t('sites.notAllowed')}</span>
              </span>
              {!access.originAllowed[origin] && (
                <button type="button" onClick={() => allow(origin)}>
                  {t('sites.allow')}
                </button>
              )}
              <button type="button" aria-label={t('sites.removeOrigin', { origin })} onClick={() => remove(origin)}>
                {t('follow.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={inputId}>{t('sites.addAddress', { product })}</label>
      <div class="row">
        <input
          id={inputId}
          class="grow"
          data-testid="site-origin-input"
          data-site={site.slug}
          inputMode="url"
          placeholder={site.selfHosted!.example}
          value={typed}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${inputId}-error` : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" data-testid="site-origin-add" data-site={site.slug}>
          {t('sites.addAllow')}
        </button>
      </div>
      {invalid && (
        <div id={`${inputId}-error`}>
          <Alert onDismiss={() => setInvalid('')}>{invalid}</Alert>
        </div>
      )}
    </form>
  );
}
