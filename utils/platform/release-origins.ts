// An origin can be in use twice: the owner's own Jira or GitHub server and their AI model endpoint
// may share a host (a server on this computer, say). Access is given back only once neither uses it.
import { browser } from 'wxt/browser';
import { parseBaseUrl } from '../core/ai/endpoint';
import { getAiSettings } from '../storage/ai-settings';
import { getOwnerOrigins } from '../storage/site-origins';

const schemeAndHost = (pattern: string) => /^([^:]+:\/\/[^/:]+)/.exec(pattern)?.[1];

/** Origin patterns still in use, as stored now: owner-added servers, and the endpoint while on. */
async function inUse(): Promise<string[]> {
  const [owners, ai] = await Promise.all([getOwnerOrigins(), getAiSettings()]);
  const used = [...owners.jira, ...owners.github].map((o) => `${o}/*`);
  const base = ai.endpoint.on ? parseBaseUrl(ai.endpoint.baseUrl) : undefined;
  if (base?.ok) used.push(base.pattern);
  return used;
}

/** Gives back access to these origins, except those whose host another setting still uses. Call after saving the change. */
export async function releaseOrigins(patterns: string[]): Promise<void> {
  const used = new Set((await inUse()).map(schemeAndHost));
  const free = patterns.filter((p) => !used.has(schemeAndHost(p)));
  if (free.length) await browser.permissions.remove({ origins: free });
}
