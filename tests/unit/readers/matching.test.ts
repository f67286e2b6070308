// @vitest-environment happy-dom
// Which reader owns a URL comes from the same match patterns its content script and host
// permission use; self-hosted Jira and GitHub Enterprise are matched by origins the owner adds.
import { describe, expect, it } from 'vitest';
import { matchesPattern, originOf, originPatterns } from '../../../utils/sites/readers/match';
import { READERS, readerFor, readPage } from '../../../utils/sites/readers/registry';
import { parse } from './fixture-helpers';

describe('reader matching', () => {
  it('every site reader declares https host patterns, and owns exactly the URLs under them', () => {
    const sites: Record<string, string[]> = {
      trello: ['https://trello.com/b/x/y'],
      asana: ['https://app.asana.com/0/1/2'],
      gmail: ['https://mail.google.com/mail/u/0/'],
      jira: ['https://brightside.atlassian.net/browse/BAK-1'],
      github: ['https://github.com/a/b/issues/1'],
      linear: ['https://linear.app/ws/issue/BAK-1/x'],
      todoist: ['https://app.todoist.com/app/today', 'https://todoist.com/app/today'],
      clickup: ['https://app.clickup.com/t/abc', 'https://acme.clickup.com/t/abc'],
      notion: ['https://www.notion.so/ws/page-1b2c3d4e5f6047189a2b3c4d5e6f7081'],
      outlook: ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/', 'https://outlook.office365.com/mail/', 'https://outlook.cloud.microsoft/mail/'],
    };
    for (const reader of READERS.filter((r) => r.name !== 'demo')) {
      expect(reader.hostPatterns.length, reader.name).toBeGreaterThan(0);
      for (const p of reader.hostPatterns) expect(p, reader.name).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
      for (const url of sites[reader.name]) expect(readerFor(url)?.name, url).toBe(reader.name);
    }
    for (const url of ['https://nottrello.com/b/x', 'https://atlassian.net.evil.example/browse/X-1', 'http://github.com/a/b/issues/1', 'https://todoist.com/pricing', 'https://gist.github.com/x']) {
      expect(readerFor(url), url).toBeUndefined();
    }
  });

  it('match patterns: scheme, host wildcard and path prefix', () => {
    expect(matchesPattern(new URL('https://a.b.atlassian.net/x'), 'https://*.atlassian.net/*')).toBe(true);
    expect(matchesPattern(new URL('https://atlassian.net/x'), 'https://*.atlassian.net/*')).toBe(true);
    expect(matchesPattern(new URL('https://evilatlassian.net/x'), 'https://*.atlassian.net/*')).toBe(false);
    expect(matchesPattern(new URL('https://todoist.com/app/x'), 'https://todoist.com/app/*')).toBe(true);
    expect(matchesPattern(new URL('https://todoist.com/help'), 'https://todoist.com/app/*')).toBe(false);
    expect(matchesPattern(new URL('http://trello.com/b'), '*://trello.com/*')).toBe(true);
    expect(matchesPattern(new URL('https://trello.com/b'), 'not a pattern')).toBe(false);
  });

  it('self-hosted Jira and GitHub Enterprise are matched only at origins the owner added', () => {
    const jira = 'https://jira.brightside.example/jira/browse/OPS-7';
    const ghe = 'https://git.brightside.example/shop/site/issues/3';
    expect(readerFor(jira)).toBeUndefined();
    expect(readerFor(jira, { jira: ['https://jira.brightside.example'] })?.name).toBe('jira');
    expect(readerFor(jira, { jira: ['jira.brightside.example/'] })?.name).toBe('jira');
    expect(readerFor(ghe, { github: ['https://git.brightside.example'] })?.name).toBe('github');
    // An origin is read by the site it was added for, never by another one or a site that is never self-hosted.
    expect(readerFor(ghe, { jira: ['https://jira.brightside.example'] })).toBeUndefined();
    expect(readerFor('https://boards.example/b/x/y', { trello: ['https://boards.example'] })).toBeUndefined();
    expect(readerFor('http://jira.brightside.example/browse/X-1', { jira: ['https://jira.brightside.example'] })).toBeUndefined();
    expect(readPage(parse('<h1 id="summary-val">Renew</h1>'), jira, { jira: ['https://jira.brightside.example'] }).site).toBe('jira');
  });

  it('owner-added addresses become origins and match patterns', () => {
    expect(originOf(' jira.example.com/secure/x ')).toBe('https://jira.example.com');
    expect(originOf('http://ghe.local:8080/')).toBe('http://ghe.local:8080');
    expect(originOf('ftp://x.example')).toBeUndefined();
    expect(originOf('')).toBeUndefined();
    expect(originOf('http://[bad')).toBeUndefined();
    expect(originPatterns(['jira.example.com', 'https://jira.example.com/', 'nonsense:://'])).toEqual(['https://jira.example.com/*']);
  });
});
