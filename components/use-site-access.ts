// What the owner has allowed: each optional site's switch and each added self-hosted origin,
// kept fresh when a permission changes anywhere (here, the popup, or the browser's own settings).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OPTIONAL_SITES } from '../utils/sites/site-catalog';
import { siteAllowed } from '../utils/platform/site-access';
import { getOwnerOrigins, onOwnerOriginsChanged, type OwnerOrigins } from '../utils/storage/site-origins';

export interface SiteAccess {
  /** Slug → the site's own permission is granted. */
  allowed: Record<string, boolean>;
  origins: OwnerOrigins;
  /** Owner origin → granted. */
  originAllowed: Record<string, boolean>;
  loaded: boolean;
  refresh(): Promise<void>;
}

export function useSiteAccess(): SiteAccess {
  const [state, setState] = useState<Omit<SiteAccess, 'refresh'>>({ allowed: {}, origins: { jira: [], github: [] }, originAllowed: {}, loaded: false });

  const refresh = useCallback(async () => {
    const origins = await getOwnerOrigins().catch(() => ({ jira: [], github: [] }) as OwnerOrigins);
    const allowed: Record<string, boolean> = {};
    for (const s of OPTIONAL_SITES) allowed[s.slug] = await siteAllowed(s);
    const originAllowed: Record<string, boolean> = {};
    for (const o of [...origins.jira, ...origins.github]) {
      originAllowed[o] = await browser.permissions.contains({ origins: [`${o}/*`] }).catch(() => false);
    }
    setState({ allowed, origins, originAllowed, loaded: true });
  }, []);

  useEffect(() => {
    void refresh();
    const changed = () => void refresh();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    const off = onOwnerOriginsChanged(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
      off();
    };
  }, [refresh]);

  return { ...state, refresh };
}
