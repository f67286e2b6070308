// The optional sites: which the owner allowed, and the content scripts registered for them.
// The browser's granted permissions are the only truth: a permission can change while the
// extension is off, or from the browser's own extension settings, so the background re-syncs
// the registered scripts with them at every start and whenever they change.
import { browser } from 'wxt/browser';
import {
  candidatePatterns,
  OPTIONAL_SITES,
  patternsAt,
  planScriptSync,
  siteAt,
  type Site,
  type SiteOrigins,
} from '../sites/site-catalog';
import { getOwnerOrigins, onOwnerOriginsChanged } from '../storage/site-origins';

const granted = (pattern: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [pattern] }).catch(() => false);

/** Each optional site's patterns (its own and the owner's origins) the browser has granted. */
export async function grantedPatterns(origins: SiteOrigins): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  for (const s of OPTIONAL_SITES) {
    const candidates = candidatePatterns(s, origins);
    const yes = await Promise.all(candidates.map(granted));
    map.set(s.slug, candidates.filter((_, i) => yes[i]));
  }
  return map;
}

/** Is any of the site's own patterns granted: what its switch in Settings shows. */
export async function siteAllowed(s: Site): Promise<boolean> {
  return (await Promise.all(s.patterns.map(granted))).some(Boolean);
}

/** The script to start in a tab, if the tab is on a site the extension may read now. */
export async function scriptForTab(url: string | undefined): Promise<string | undefined> {
  if (!url) return undefined;
  const origins = await getOwnerOrigins().catch(() => ({}));
  const s = siteAt(url, origins);
  if (!s) return undefined;
  if (!s.optional) return s.script;
  // Nothing runs on an optional site before the owner allows it, even where activeTab would let it.
  const patterns = patternsAt(s, url, origins);
  return (await Promise.all(patterns.map(granted))).some(Boolean) ? s.script : undefined;
}

/** An optional site at this URL that the owner has not allowed yet, with the patterns to ask for. */
export async function siteToAllow(url: string | undefined): Promise<{ site: Site; origins: string[] } | undefined> {
  if (!url) return undefined;
  const origins = await getOwnerOrigins().catch(() => ({}));
  const s = siteAt(url, origins);
  if (!s?.optional) return undefined;
  const here = patternsAt(s, url, origins);
  if ((await Promise.all(here.map(granted))).some(Boolean)) return undefined;
  // The site's own switch covers all its domains (Outlook has four); an owner's origin is asked alone.
  const own = here.every((p) => s.patterns.includes(p));
  return { site: s, origins: own ? [...s.patterns] : here };
}

/** Starts a site's reader in the open tabs on these patterns (a newly granted site's tabs have none). */
async function injectIntoOpenTabs(s: Site, patterns: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined
        ? undefined
        : // A second copy replaces the first (WXT stops the older script), so this is safe to repeat.
          browser.scripting.executeScript({ target: { tabId: t.id }, files: [s.script as '/background.js'] }).catch(() => undefined),
    ),
  );
}

async function sync(): Promise<void> {
  const origins = await getOwnerOrigins().catch(() => ({}));
  const want = await grantedPatterns(origins);
  const current = await browser.scripting.getRegisteredContentScripts();
  const plan = planScriptSync(
    current.map((r) => ({ id: r.id, matches: r.matches ?? [] })),
    want,
  );
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) {
    await browser.scripting.registerContentScripts(
      plan.register.map((r) => ({ id: r.id, matches: r.matches, js: [r.js], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
  for (const { site, patterns } of plan.added) await injectIntoOpenTabs(site, patterns);
}

let queue: Promise<void> = Promise.resolve();
/** Makes the registered scripts match the granted permissions. Calls run one after another. */
export function syncSiteScripts(): Promise<void> {
  queue = queue.then(sync).catch((e) => console.warn('Outcome Briefs: could not update the site scripts', e));
  return queue;
}

/** Background: follow every change of the permissions or the owner's origins, and sync now. */
export function registerSiteAccess(): void {
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  onOwnerOriginsChanged(() => void syncSiteScripts());
  void syncSiteScripts();
}
