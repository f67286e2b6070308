// Which URLs a reader owns, derived from the same match patterns its content script is
// registered for, so the manifest, the permission request and the reader never disagree.

/** Does the URL fall under a match pattern ('https://*.atlassian.net/*', '*://trello.com/*')? */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme === '*' ? url.protocol !== 'https:' && url.protocol !== 'http:' : url.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    const sub = host.startsWith('*.') && url.hostname.endsWith(`.${bare}`);
    if (url.hostname !== bare && !sub) return false;
  }
  // Paths in our patterns are a prefix followed by '*'.
  return path === '/*' || url.pathname.startsWith(path.replace(/\*$/, ''));
}

/** The origin of an owner-added address ('jira.example.com/' or 'https://jira.example.com'), if any. */
export function originOf(address: string): string | undefined {
  const raw = address.trim();
  if (!raw) return undefined;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A reader's matches(): its own patterns, plus the owner's origins when the site can be self-hosted. */
export const siteMatcher =
  (patterns: readonly string[], selfHosted = false) =>
  (url: URL, extraOrigins: readonly string[] = []): boolean =>
    patterns.some((p) => matchesPattern(url, p)) ||
    (selfHosted && extraOrigins.some((o) => originOf(o) === url.origin));

/** Match patterns for owner-added origins, for a content-script registration and its permission. */
export const originPatterns = (origins: readonly string[]): string[] =>
  [...new Set(origins.map(originOf).filter((o): o is string => !!o))].map((o) => `${o}/*`);
