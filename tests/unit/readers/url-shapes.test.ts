// @vitest-environment happy-dom
// Ids come from URLs when the page does not carry them; every documented shape must parse.
import { describe, expect, it } from 'vitest';
import { asanaTaskId } from '../../../utils/sites/readers/asana';
import { cardIdIn } from '../../../utils/sites/readers/trello';
import { gmailRoute, gmailThreadId } from '../../../utils/sites/readers/gmail';
import { clickupTaskId } from '../../../utils/sites/readers/clickup';
import { githubItemId } from '../../../utils/sites/readers/github';
import { jiraKey } from '../../../utils/sites/readers/jira';
import { linearKey } from '../../../utils/sites/readers/linear';
import { notionId } from '../../../utils/sites/readers/notion';
import { todoistTaskId } from '../../../utils/sites/readers/todoist';

describe('URL shapes', () => {
  it('Asana task ids', () => {
    expect(asanaTaskId('https://app.asana.com/1/11/project/22/task/33')).toBe('33');
    expect(asanaTaskId('https://app.asana.com/1/11/project/22/task/33?focus=true')).toBe('33');
    expect(asanaTaskId('https://app.asana.com/0/22/33')).toBe('33');
    expect(asanaTaskId('https://app.asana.com/0/22/33/f')).toBe('33');
    expect(asanaTaskId('https://app.asana.com/0/home/44/33')).toBe('33');
    expect(asanaTaskId('https://app.asana.com/0/search/55/66?child=33')).toBe('33');
    expect(asanaTaskId('/0/22/33', new URL('https://app.asana.com/'))).toBe('33');
    for (const none of ['https://app.asana.com/0/22/list', 'https://app.asana.com/1/11/project/22/board', 'https://app.asana.com/0/home/44', '', null, 'http://[bad']) {
      expect(asanaTaskId(none)).toBeUndefined();
    }
  });

  it('Trello card short links', () => {
    expect(cardIdIn('/c/Ab12Cd34/12-some-card')).toBe('Ab12Cd34');
    expect(cardIdIn('https://trello.com/c/Ab12Cd34')).toBe('Ab12Cd34');
    expect(cardIdIn('#/c/bsb01mkt/find-out')).toBe('bsb01mkt');
    expect(cardIdIn('/b/Ab12Cd34/board')).toBeUndefined();
    expect(cardIdIn(null)).toBeUndefined();
  });

  it('Gmail list routes and thread tokens', () => {
    expect(gmailRoute('')).toEqual({ route: 'inbox', name: 'Inbox' });
    expect(gmailRoute('#inbox?compose=new')).toEqual({ route: 'inbox', name: 'Inbox' });
    expect(gmailRoute('#starred/FMfcgz')).toEqual({ route: 'starred', name: 'Starred', threadToken: 'FMfcgz' });
    expect(gmailRoute('#label/Clients%2FAcme/FMfcgz')).toEqual({ route: 'label/Clients%2FAcme', name: 'Clients/Acme', threadToken: 'FMfcgz' });
    expect(gmailRoute('#label/Big+Jobs')).toMatchObject({ name: 'Big Jobs' });
    expect(gmailRoute('#label/%E0%A4%A')).toMatchObject({ name: '%E0%A4%A' });
  });
});

describe('Gmail thread ids', () => {
  it('prefer the perm id, else turn the legacy hex id into the same thread-f id', () => {
    expect(gmailThreadId('#thread-f:1850412345678901001', '19adfc3978302f09')).toBe('thread-f:1850412345678901001');
    expect(gmailThreadId('undefined', '19adfc3978302f09')).toBe('thread-f:1850412345678901001');
    expect(gmailThreadId(null, '#19adfc3978302f09')).toBe('thread-f:1850412345678901001');
    expect(gmailThreadId('thread-a:r-123', '19adfc3978302f09')).toBe('thread-a:r-123');
    expect(gmailThreadId('', 'not-hex-token')).toBe('not-hex-token');
    expect(gmailThreadId('undefined', 'undefined')).toBe('');
    expect(gmailThreadId(undefined, undefined)).toBe('');
  });
});

describe('ids of the newer sites', () => {
  it('Jira keys from the work-item page and the board side panel', () => {
    expect(jiraKey(new URL('https://x.atlassian.net/browse/BAK-12'))).toBe('BAK-12');
    expect(jiraKey(new URL('https://x.atlassian.net/jira/software/projects/BAK/boards/1?selectedIssue=BAK-7'))).toBe('BAK-7');
    expect(jiraKey(new URL('https://jira.example.com/jira/browse/OPS_2-3'))).toBe('OPS_2-3');
    expect(jiraKey(new URL('https://x.atlassian.net/jira/software/projects/BAK/boards/1'))).toBeUndefined();
    expect(jiraKey(new URL('https://x.atlassian.net/browse/bak-1'))).toBeUndefined();
  });

  it('GitHub issues and pull requests as owner/repo#n, on any origin', () => {
    const base = new URL('https://github.com/');
    expect(githubItemId('/a/b/issues/41', base)).toBe('a/b#41');
    expect(githubItemId('https://ghe.example/a/b/pull/7/files', base)).toBe('a/b#7');
    expect(githubItemId('/a/b/issues', base)).toBeUndefined();
    expect(githubItemId('/a/b/issues/new', base)).toBeUndefined();
    expect(githubItemId(null, base)).toBeUndefined();
  });

  it('Linear, Todoist, ClickUp and Notion ids from their URLs', () => {
    expect(linearKey('/ws/issue/BAK-31/order-boxes')).toBe('BAK-31');
    expect(linearKey('/ws/team/BAK/active')).toBeUndefined();
    expect(todoistTaskId('/app/task/call-the-bank-6Xq2Rm9pWv3c')).toBe('6Xq2Rm9pWv3c');
    expect(todoistTaskId('/app/task/8012345678')).toBe('8012345678');
    expect(todoistTaskId('/app/project/shop-6CrfFqJ4v2Hm')).toBeUndefined();
    expect(clickupTaskId('/t/86c1x2y3z')).toBe('86c1x2y3z');
    expect(clickupTaskId('/t/9012345/CU-1234')).toBe('CU-1234');
    expect(clickupTaskId('/9012345/v/li/901200000001')).toBeUndefined();
    expect(notionId('/ws/Write-it-1b2c3d4e5f6047189a2b3c4d5e6f7081')).toBe('1b2c3d4e5f6047189a2b3c4d5e6f7081');
    expect(notionId('1B2C3D4E-5F60-4718-9A2B-3C4D5E6F7081')).toBe('1b2c3d4e5f6047189a2b3c4d5e6f7081');
    expect(notionId('/ws/no-id-here')).toBeUndefined();
  });
});
