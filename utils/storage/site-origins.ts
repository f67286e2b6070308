// Origins the owner added in Settings for a self-hosted Jira or GitHub Enterprise: one
// storage.local key. Read by the background (which registers their scripts) and by the views
// (which pick the reader for a tab). Anything malformed in storage is dropped on read.
import { browser } from 'wxt/browser';
import { originOf } from '../sites/readers/match';
import { SELF_HOSTED_SLUGS, type SelfHostedSlug } from '../sites/site-catalog';

const KEY = 'siteOrigins';

export type OwnerOrigins = Record<SelfHostedSlug, string[]>;

const empty = (): OwnerOrigins => ({ jira: [], github: [] });

function parse(value: unknown): OwnerOrigins {
  const out = empty();
  if (!value || typeof value !== 'object') return out;
  for (const slug of SELF_HOSTED_SLUGS) {
    const list = (value as Record<string, unknown>)[slug];
    if (!Array.isArray(list)) continue;
    out[slug] = [...new Set(list.filter((o): o is string => typeof o === 'string' && originOf(o) === o))];
  }
  return out;
}

export async function getOwnerOrigins(): Promise<OwnerOrigins> {
  const { [KEY]: value } = await browser.storage.local.get(KEY);
  return parse(value);
}

export async function setOwnerOrigins(slug: SelfHostedSlug, origins: string[]): Promise<OwnerOrigins> {
  const next = { ...(await getOwnerOrigins()), [slug]: [...new Set(origins)] };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onOwnerOriginsChanged(cb: (origins: OwnerOrigins) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(parse(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
