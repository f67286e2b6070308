// Every site the extension reads, the content script that reads it, and whether the owner must
// allow it first. Plain data and URL matching only: the background, the extension pages and the
// tests share it, so the manifest, the permission asked for and the script registered agree.
import { ASANA_HOSTS } from './readers/asana';
import { CLICKUP_HOSTS } from './readers/clickup';
import { GITHUB_HOSTS } from './readers/github';
import { GMAIL_HOSTS } from './readers/gmail';
import { JIRA_HOSTS } from './readers/jira';
import { LINEAR_HOSTS } from './readers/linear';
import { NOTION_HOSTS } from './readers/notion';
import { OUTLOOK_HOSTS } from './readers/outlook';
import { TODOIST_HOSTS } from './readers/todoist';
import { TRELLO_HOSTS } from './readers/trello';
import { matchesPattern, originOf, originPatterns } from './readers/match';

export const OPTIONAL_SLUGS = ['jira', 'github', 'linear', 'todoist', 'clickup', 'notion', 'outlook'] as const;
export type OptionalSlug = (typeof OPTIONAL_SLUGS)[number];
export const SELF_HOSTED_SLUGS = ['jira', 'github'] as const;
export type SelfHostedSlug = (typeof SELF_HOSTED_SLUGS)[number];

export interface Site {
  slug: string;
  /** As a person knows it. */
  name: string;
  /** Match patterns of its pages: the manifest's host permission and the script's matches. */
  patterns: readonly string[];
  /** The built content script that reads it. */
  script: string;
  /** Read only after the owner allows it (optional host permission, script registered at run time). */
  optional: boolean;
  /** The owner may add origins of their own server (Jira Data Center, GitHub Enterprise). */
  selfHosted?: { product: string; example: string };
}

const site = (slug: string, name: string, patterns: readonly string[], optional: boolean, selfHosted?: Site['selfHosted']): Site => ({
  slug,
  name,
  patterns,
  script: `content-scripts/${slug}.js`,
  optional,
  ...(selfHosted ? { selfHosted } : {}),
});

export const SITES: readonly Site[] = [
  site('trello', 'Trello', TRELLO_HOSTS, false),
  site('asana', 'Asana', ASANA_HOSTS, false),
  site('gmail', 'Gmail', GMAIL_HOSTS, false),
  site('jira', 'Jira', JIRA_HOSTS, true, { product: 'self-hosted Jira (Data Center or Server)', example: 'https://jira.example.com' }),
  site('github', 'GitHub', GITHUB_HOSTS, true, { product: 'GitHub Enterprise Server', example: 'https://github.example.com' }),
  site('linear', 'Linear', LINEAR_HOSTS, true),
  site('todoist', 'Todoist', TODOIST_HOSTS, true),
  site('clickup', 'ClickUp', CLICKUP_HOSTS, true),
  site('notion', 'Notion', NOTION_HOSTS, true),
  site('outlook', 'Outlook on the web', OUTLOOK_HOSTS, true),
];

export const OPTIONAL_SITES: readonly Site[] = SITES.filter((s) => s.optional);
export const siteBySlug = (slug: string): Site | undefined => SITES.find((s) => s.slug === slug);

/** Origins the owner added for a self-hosted install, per site slug. */
export type SiteOrigins = Readonly<Partial<Record<string, readonly string[]>>>;

const toUrl = (url: string | URL): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/** The patterns of a site that cover this URL: its own, or the owner's origin it falls under. */
export function patternsAt(s: Site, url: string | URL, origins: SiteOrigins = {}): string[] {
  const u = toUrl(url);
  if (!u) return [];
  const own = s.patterns.filter((p) => matchesPattern(u, p));
  if (own.length || !s.selfHosted) return own;
  return (origins[s.slug] ?? []).some((o) => originOf(o) === u.origin) ? [`${u.origin}/*`] : [];
}

/** The site a URL belongs to, counting origins the owner added. */
export const siteAt = (url: string | URL, origins: SiteOrigins = {}): Site | undefined =>
  SITES.find((s) => patternsAt(s, url, origins).length > 0);

/** Every pattern a site's script may run on: its own and the owner's origins. */
export const candidatePatterns = (s: Site, origins: SiteOrigins = {}): string[] =>
  [...s.patterns, ...(s.selfHosted ? originPatterns(origins[s.slug] ?? []) : [])];

/** The id a site's content script is registered under. */
export const scriptId = (s: Site): string => `site-${s.slug}`;

export interface Registration {
  id: string;
  matches: string[];
}

export interface SyncPlan {
  unregister: string[];
  register: (Registration & { js: string })[];
  /** Patterns that gained a script: tabs already open there get it injected once. */
  added: { site: Site; patterns: string[] }[];
}

/**
 * What to change so the registered scripts are exactly those of the granted patterns.
 * `granted` holds each optional site's granted patterns; `current` what is registered now.
 */
export function planScriptSync(current: readonly Registration[], granted: ReadonlyMap<string, readonly string[]>): SyncPlan {
  const plan: SyncPlan = { unregister: [], register: [], added: [] };
  const ours = new Map(current.filter((r) => OPTIONAL_SITES.some((s) => scriptId(s) === r.id)).map((r) => [r.id, r.matches]));
  for (const s of OPTIONAL_SITES) {
    const id = scriptId(s);
    const want = [...new Set(granted.get(s.slug) ?? [])].sort();
    const have = [...(ours.get(id) ?? [])].sort();
    if (want.join('\n') === have.join('\n')) continue;
    if (ours.has(id)) plan.unregister.push(id);
    if (want.length) {
      plan.register.push({ id, matches: want, js: s.script });
      const fresh = want.filter((p) => !have.includes(p));
      if (fresh.length) plan.added.push({ site: s, patterns: fresh });
    }
  }
  return plan;
}
