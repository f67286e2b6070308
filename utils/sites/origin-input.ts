// The address an owner types for a self-hosted Jira or GitHub Enterprise, checked before the
// browser is asked for access to it. Pure: the Settings page shows the words it returns.
import { siteAt, type Site, type SiteOrigins } from './site-catalog';

export type OriginCheck = { ok: true; origin: string; pattern: string; note?: string } | { ok: false; error: string };

/** Plain http is refused except on the owner's own machine, where a test server has no certificate. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
export const MAX_ORIGINS_PER_SITE = 20;

export function checkOwnerOrigin(input: string, s: Site, added: SiteOrigins): OriginCheck {
  const example = s.selfHosted?.example ?? 'https://tasks.example.com';
  const raw = input.trim();
  const fail = (error: string): OriginCheck => ({ ok: false, error });
  if (!raw) return fail(`Type the address of your ${s.name} first, for example ${example}.`);
  if (/\s/.test(raw)) return fail(`“${raw}” has spaces in it. Type one address, for example ${example}.`);
  if (raw.includes('*')) return fail('Type one exact address: wildcards such as * are not allowed.');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  const hasScheme = scheme !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
  if (hasScheme && scheme !== 'https' && scheme !== 'http') {
    return fail(`Only web addresses can be added (https://…). “${scheme}:” is not one.`);
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : `https://${raw}`);
  } catch {
    return fail(`“${raw}” is not a web address. Type it like ${example}.`);
  }
  if (url.username || url.password) return fail(`Leave out the user name and password: type only the address, like ${example}.`);
  const host = url.hostname.toLowerCase();
  if (!host) return fail(`“${raw}” is not a web address. Type it like ${example}.`);
  const local = LOCAL_HOSTS.has(host);
  if (url.protocol === 'http:' && !local) {
    return fail(`“${url.origin}” is not a secure address. Use its https:// address; only localhost may use http://.`);
  }
  if (!local && !host.includes('.')) return fail(`Type the full address, like ${example}.`);
  const origin = url.origin;
  const owner = siteAt(url);
  if (owner?.slug === s.slug) return fail(`${host} is already covered by the ${s.name} switch above.`);
  if (owner) return fail(`${host} is ${owner.name}’s own address, not ${s.selfHosted?.product ?? s.name}.`);
  const mine = added[s.slug] ?? [];
  if (mine.includes(origin)) return fail(`${origin} is already in the list.`);
  for (const [slug, list] of Object.entries(added)) {
    if (slug !== s.slug && list?.includes(origin)) return fail(`${origin} is already added for another site. Remove it there first.`);
  }
  if (mine.length >= MAX_ORIGINS_PER_SITE) return fail(`You can add up to ${MAX_ORIGINS_PER_SITE} addresses here. Remove one you no longer use first.`);
  const extra = url.pathname !== '/' || url.search || url.hash;
  return {
    ok: true,
    origin,
    pattern: `${origin}/*`,
    ...(extra ? { note: `Only the address is kept: ${origin} (every page under it).` } : {}),
  };
}
