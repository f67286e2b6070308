import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteToAllow } from '../utils/platform/site-access';
import type { Site } from '../utils/sites/site-catalog';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';

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
        ok ? onAllowed() : setError(`${site.name} was not allowed, so its tasks cannot be read. Click the button again and choose Allow, or type the task below.`),
      )
      .catch((e) => setError(`Your browser could not ask for access to ${site.name} (${errorText(e)}). Turn it on in Settings › Sites instead.`));
  };

  return (
    <div class="notice" data-testid="allow-site" data-site={site.slug}>
      <p>
        Outcome Briefs can read the tasks on this {site.name} page once you allow it. It reads {site.name} only after that, and you can turn it off
        again in Settings.
      </p>
      <button type="button" class="primary" data-testid="allow-site-button" onClick={allow}>
        Allow reading tasks on {site.name}
      </button>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </div>
  );
}
