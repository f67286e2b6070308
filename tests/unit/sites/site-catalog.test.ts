// The catalog of sites: which site a URL belongs to (with the owner's self-hosted origins), and
// the plan that makes the registered content scripts match the granted permissions.
import { describe, expect, it } from 'vitest';
import { READERS } from '../../../utils/sites/readers/registry';
import {
  candidatePatterns,
  OPTIONAL_SITES,
  OPTIONAL_SLUGS,
  patternsAt,
  planScriptSync,
  scriptId,
  siteAt,
  siteBySlug,
  SITES,
} from '../../../utils/sites/site-catalog';

const site = (slug: string) => siteBySlug(slug)!;

describe('the catalog', () => {
  it('lists every reader but the demo board, with the reader’s own patterns', () => {
    const readers = READERS.filter((r) => r.name !== 'demo');
    expect(SITES.map((s) => s.slug).sort()).toEqual(readers.map((r) => r.name).sort());
    for (const r of readers) expect(site(r.name).patterns, r.name).toEqual(r.hostPatterns);
  });

  it('the seven optional sites are the contract’s site-toggle slugs; Jira and GitHub can be self-hosted', () => {
    expect(OPTIONAL_SITES.map((s) => s.slug)).toEqual([...OPTIONAL_SLUGS]);
    expect(SITES.filter((s) => !s.optional).map((s) => s.slug)).toEqual(['trello', 'asana', 'gmail']);
    expect(SITES.filter((s) => s.selfHosted).map((s) => s.slug)).toEqual(['jira', 'github']);
    expect(SITES.filter((s) => s.selfHosted).map((s) => s.slug)).toEqual(READERS.filter((r) => r.selfHosted).map((r) => r.name));
    for (const s of SITES) expect(s.script).toBe(`content-scripts/${s.slug}.js`);
  });
});

describe('siteAt and patternsAt', () => {
  it('finds the site of a URL by its match patterns, wildcard hosts included', () => {
    expect(siteAt('https://brightside.atlassian.net/browse/BAK-9')?.slug).toBe('jira');
    expect(siteAt('https://app.clickup.com/t/86c1x2y3z')?.slug).toBe('clickup');
    expect(siteAt('https://todoist.com/app/today')?.slug).toBe('todoist');
    expect(siteAt('https://todoist.com/pricing')).toBeUndefined();
    expect(siteAt('https://outlook.cloud.microsoft/mail/')?.slug).toBe('outlook');
    expect(siteAt('https://trello.com/b/x/y')?.slug).toBe('trello');
    expect(siteAt('http://linear.app/x')).toBeUndefined();
    expect(siteAt('https://atlassian.net.evil.example/browse/A-1')).toBeUndefined();
    expect(siteAt('not a url')).toBeUndefined();
  });

  it('an owner’s origin counts for its self-hosted site only, and only at that exact origin', () => {
    const origins = { jira: ['https://jira.brightside.example'], linear: ['https://linear.brightside.example'] };
    expect(siteAt('https://jira.brightside.example/jira/browse/OPS-7', origins)?.slug).toBe('jira');
    expect(patternsAt(site('jira'), 'https://jira.brightside.example/jira/browse/OPS-7', origins)).toEqual(['https://jira.brightside.example/*']);
    expect(siteAt('https://jira.brightside.example:8443/browse/OPS-7', origins)).toBeUndefined();
    expect(siteAt('https://jira.brightside.example/browse/OPS-7')).toBeUndefined();
    // Linear cannot be self-hosted: an origin stored under its name is ignored.
    expect(siteAt('https://linear.brightside.example/x', origins)).toBeUndefined();
    expect(candidatePatterns(site('jira'), origins)).toEqual(['https://*.atlassian.net/*', 'https://jira.brightside.example/*']);
    expect(candidatePatterns(site('linear'), origins)).toEqual(['https://linear.app/*']);
  });
});

describe('planScriptSync', () => {
  const granted = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

  it('registers the script of a newly granted site and says which patterns gained it', () => {
    const plan = planScriptSync([], granted({ linear: ['https://linear.app/*'] }));
    expect(plan.unregister).toEqual([]);
    expect(plan.register).toEqual([{ id: 'site-linear', matches: ['https://linear.app/*'], js: 'content-scripts/linear.js' }]);
    expect(plan.added.map((a) => [a.site.slug, a.patterns])).toEqual([['linear', ['https://linear.app/*']]]);
  });

  it('changes nothing when the registrations already match, whatever their order', () => {
    const outlook = site('outlook').patterns;
    const plan = planScriptSync(
      [{ id: 'site-outlook', matches: [...outlook].reverse() }],
      granted({ outlook: [...outlook] }),
    );
    expect(plan).toEqual({ unregister: [], register: [], added: [] });
  });

  it('unregisters the script of a site whose permission is gone', () => {
    const plan = planScriptSync([{ id: 'site-notion', matches: ['https://www.notion.so/*'] }], granted({ notion: [] }));
    expect(plan).toEqual({ unregister: ['site-notion'], register: [], added: [] });
  });

  it('re-registers with the new matches when an owner’s origin is added, injecting only where it is new', () => {
    const plan = planScriptSync(
      [{ id: 'site-jira', matches: ['https://*.atlassian.net/*'] }],
      granted({ jira: ['https://*.atlassian.net/*', 'https://jira.brightside.example/*'] }),
    );
    expect(plan.unregister).toEqual(['site-jira']);
    expect(plan.register).toEqual([
      { id: 'site-jira', matches: ['https://*.atlassian.net/*', 'https://jira.brightside.example/*'], js: 'content-scripts/jira.js' },
    ]);
    expect(plan.added.map((a) => a.patterns)).toEqual([['https://jira.brightside.example/*']]);
  });

  it('shrinks a registration when one of its patterns is revoked, injecting nowhere', () => {
    const plan = planScriptSync(
      [{ id: 'site-jira', matches: ['https://*.atlassian.net/*', 'https://jira.brightside.example/*'] }],
      granted({ jira: ['https://*.atlassian.net/*'] }),
    );
    expect(plan.unregister).toEqual(['site-jira']);
    expect(plan.register.map((r) => r.matches)).toEqual([['https://*.atlassian.net/*']]);
    expect(plan.added).toEqual([]);
  });

  it('leaves registrations it does not own alone', () => {
    const plan = planScriptSync([{ id: 'something-else', matches: ['https://example.com/*'] }], granted({}));
    expect(plan).toEqual({ unregister: [], register: [], added: [] });
  });

  it('ids are per site', () => {
    expect(OPTIONAL_SITES.map(scriptId)).toEqual(OPTIONAL_SLUGS.map((s) => `site-${s}`));
  });
});
