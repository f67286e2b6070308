// The address an owner types for a self-hosted Jira or GitHub Enterprise: what is accepted, and
// the words for what is not.
import { describe, expect, it } from 'vitest';
import { checkOwnerOrigin, MAX_ORIGINS_PER_SITE } from '../../../utils/sites/origin-input';
import { siteBySlug } from '../../../utils/sites/site-catalog';

const jira = siteBySlug('jira')!;
const github = siteBySlug('github')!;
const none = { jira: [], github: [] };

describe('accepted', () => {
  it('an https origin, typed with or without the scheme, becomes its origin and match pattern', () => {
    expect(checkOwnerOrigin('https://jira.brightside.example', jira, none)).toEqual({
      ok: true,
      origin: 'https://jira.brightside.example',
      pattern: 'https://jira.brightside.example/*',
    });
    expect(checkOwnerOrigin('  jira.brightside.example  ', jira, none)).toMatchObject({ ok: true, origin: 'https://jira.brightside.example' });
    expect(checkOwnerOrigin('HTTPS://Jira.Brightside.Example:8443', jira, none)).toMatchObject({
      ok: true,
      pattern: 'https://jira.brightside.example:8443/*',
    });
  });

  it('a path or query is dropped, and the owner is told so', () => {
    const r = checkOwnerOrigin('https://jira.brightside.example/jira/browse/OPS-7?x=1', jira, none);
    expect(r).toMatchObject({ ok: true, origin: 'https://jira.brightside.example' });
    expect(r.ok && r.note).toMatch(/Only the address is kept: https:\/\/jira\.brightside\.example/);
  });

  it('http only on this computer', () => {
    expect(checkOwnerOrigin('http://localhost:8080', jira, none)).toMatchObject({ ok: true, pattern: 'http://localhost:8080/*' });
    expect(checkOwnerOrigin('http://127.0.0.1:8080/', github, none)).toMatchObject({ ok: true, origin: 'http://127.0.0.1:8080' });
  });
});

describe('refused, in words', () => {
  const error = (input: string, site = jira, added: Record<string, string[]> = none) => {
    const r = checkOwnerOrigin(input, site, added);
    expect(r.ok, input).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('nothing typed, or not an address', () => {
    expect(error('')).toMatch(/Type the address of your Jira first, for example https:\/\/jira\.example\.com/);
    expect(error('jira example com')).toMatch(/has spaces/);
    expect(error('https://')).toMatch(/is not a web address/);
    expect(error('jira')).toMatch(/Type the full address/);
  });

  it('plain http away from this computer', () => {
    expect(error('http://jira.brightside.example')).toMatch(/not a secure address\. Use its https:\/\/ address; only localhost may use http/);
  });

  it('other schemes, wildcards and credentials', () => {
    expect(error('ftp://jira.brightside.example')).toMatch(/Only web addresses/);
    expect(error('file:///etc/passwd')).toMatch(/.+/);
    expect(error('javascript:alert(1)')).toMatch(/.+/);
    expect(error('https://*.brightside.example')).toMatch(/wildcards/);
    expect(error('https://jo:secret@jira.brightside.example')).toMatch(/Leave out the user name and password/);
  });

  it('a site the extension already knows', () => {
    expect(error('https://github.com', github)).toMatch(/github\.com is already covered by the GitHub switch above/);
    expect(error('brightside.atlassian.net')).toMatch(/already covered by the Jira switch/);
    expect(error('https://trello.com')).toMatch(/trello\.com is Trello’s own address, not self-hosted Jira/);
  });

  it('an address already added, here or for the other site', () => {
    const added = { jira: ['https://jira.brightside.example'], github: ['https://git.brightside.example'] };
    expect(error('jira.brightside.example', jira, added)).toMatch(/already in the list/);
    expect(error('https://git.brightside.example', jira, added)).toMatch(/already added for another site/);
  });

  it('more than the limit', () => {
    const many = Array.from({ length: MAX_ORIGINS_PER_SITE }, (_, i) => `https://j${i}.brightside.example`);
    expect(error('https://one-more.brightside.example', jira, { jira: many, github: [] })).toMatch(/up to 20 addresses/);
  });
});
