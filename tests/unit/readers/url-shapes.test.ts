// @vitest-environment happy-dom
// Ids come from URLs when the page does not carry them; every documented shape must parse.
import { describe, expect, it } from 'vitest';
import { asanaTaskId } from '../../../utils/sites/readers/asana';
import { cardIdIn } from '../../../utils/sites/readers/trello';
import { gmailRoute, gmailThreadId } from '../../../utils/sites/readers/gmail';

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
