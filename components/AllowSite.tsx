import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteToAllow } from '../utils/platform/site-access';
import type { Site } from '../utils/sites/site-catalog';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { t } from '../utils/platform/i18n';

/**
 * On a site the extension can read but the owner has not allowed: says so, and asks the browser
 * for that site from the owner's click. Nothing of the extension runs there before that.
 */
export function AllowSite({ url, onAllowed }: { url?: string; onAllowed(): void }) {
  const [offer, setOffer] = useState<{ site: Site; origins: string[] }>();
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    siteToAllow(url)
      .then((o) => live && setOffer(o))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url]);
  if (!offer) return null;
  const { site, origins } = offer;

  const allow = () => {
    setError('');
    // Straight from the click: the browser refuses a request made later.
    browser.permissions
      .request({ origins })
      .then((ok) =>
        ok ? onAllowed() : setError(t('allow.refused', { site: site.name })),
      )
      .catch((e) => setError(t('allow.failed', { site: site.name, error: errorText(e) })));
  };

  return (
    <div class="notice" data-testid="allow-site" data-site={site.slug}>
      <p>
        {t('allow.explain', { site: site.name })}
      </p>
      <button type="button" class="primary" data-testid="allow-site-button" onClick={allow}>
        {t('allow.button', { site: site.name })}
      </button>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </div>
  );
}
