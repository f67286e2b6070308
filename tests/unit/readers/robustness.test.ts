// @vitest-environment happy-dom
// Readers run on pages they do not control: half-rendered, redesigned or plain broken.
// Whatever the document, they return a read with a message and never throw.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READERS, locateTask, readPage, readerFor } from '../../../utils/sites/readers/registry';
import { trelloReader } from '../../../utils/sites/readers/trello';
import { parse } from './fixture-helpers';

const URLS: Record<string, string> = {
  trello: 'https://trello.com/b/Ab12Cd34/brightside',
  asana: 'https://app.asana.com/1/11/project/12/list',
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  jira: 'https://brightside.atlassian.net/jira/software/projects/BAK/boards/1',
  github: 'https://github.com/brightside/website/issues',
  linear: 'https://linear.app/brightside/team/BAK/active',
  todoist: 'https://app.todoist.com/app/project/shop-6CrfFqJ4v2Hm',
  clickup: 'https://app.clickup.com/9012345/v/li/901200000001',
  notion: 'https://www.notion.so/brightside/9f8e7d6c5b4a49387261504f3e2d1c0b?v=0a1b2c3d4e5f40718293a4b5c6d7e8f9',
  outlook: 'https://outlook.office.com/mail/',
  demo: 'chrome-extension://abcdefghijklmnop/demo.html',
};

const GARBAGE: Record<string, () => Document> = {
  'empty string': () => parse(''),
  'only <html>': () => parse('<html></html>'),
  'created blank': () => document.implementation.createHTMLDocument(''),
  'links and rows without attributes': () =>
    parse(`<div data-testid="list"><li data-testid="list-card"><a data-testid="card-name">No href</a></li>
      <li data-testid="list-card"><a data-testid="card-name" href="/c/">Empty id</a></li></div>
      <div class="BoardCardLayout"><span class="BoardCard-taskName"></span></div>
      <table role="grid"><tr role="row"><td><span class="bog"></span></td></tr>
      <tr role="row"><td><span class="bog">No thread id</span></td></tr></table>`),
  'title fields without values': () =>
    parse(`<div role="dialog" data-testid="card-back-name"><textarea data-testid="card-back-title-input"></textarea>
      <div data-testid="check-item-container"></div></div>
      <div class="TaskPane"><div class="TaskPaneTitle"><textarea></textarea></div></div>
      <div class="SpreadsheetRow"><div class="SpreadsheetTaskName"><textarea></textarea></div></div>
      <div role="main"><div class="ha"><h2 class="hP"></h2></div></div>`),
};

describe('readers never throw', () => {
  for (const reader of READERS) {
    for (const [label, make] of Object.entries(GARBAGE)) {
      it(`${reader.name}: ${label} gives an empty recognised read with a message`, () => {
        const url = URLS[reader.name];
        // The reader itself, not the registry's wrapper that would turn a throw into a message.
        const read = reader.read(make(), new URL(url));
        expect(read).toMatchObject({ site: reader.name, recognised: true, tasks: [], compose: false });
        expect(read.openTask).toBeUndefined();
        expect(read.message).toMatch(/\w{3,}.*\./);
        expect(reader.locate(make(), new URL(url), 'anything')).toBeNull();
      });
    }
  }
});

describe('registry', () => {
  afterEach(() => vi.restoreAllMocks());

  it('picks the reader that owns the URL', () => {
    expect(readerFor('https://trello.com/c/abc/1-x')?.name).toBe('trello');
    expect(readerFor(new URL('https://app.asana.com/0/1/2'))?.name).toBe('asana');
    expect(readerFor('https://mail.google.com/mail/u/1/#sent')?.name).toBe('gmail');
    expect(readerFor('moz-extension://uuid/demo.html')?.name).toBe('demo');
    expect(readerFor('https://example.com/demo.html')).toBeUndefined();
    expect(readerFor('chrome-extension://id/popup.html')).toBeUndefined();
    expect(readerFor('https://nottrello.com/b/x')).toBeUndefined();
    expect(readerFor('not a url')).toBeUndefined();
  });

  it('says so in words when no reader claims the page', () => {
    const read = readPage(parse('<p>hello</p>'), 'https://example.com/');
    expect(read).toMatchObject({ site: 'none', recognised: false, tasks: [], compose: false });
    expect(read.message).toMatch(/type it/);
    expect(readPage(parse(''), '::::').site).toBe('none');
  });

  it('turns a reader exception into a recognised empty read', () => {
    vi.spyOn(trelloReader, 'read').mockImplementation(() => {
      throw new TypeError('x is undefined');
    });
    const read = readPage(parse(''), URLS.trello);
    expect(read).toMatchObject({ site: 'trello', recognised: true, tasks: [], compose: false });
    expect(read.message).not.toMatch(/undefined/);
  });

  it('locateTask never throws', () => {
    vi.spyOn(trelloReader, 'locate').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(locateTask(parse(''), URLS.trello, 'x')).toBeNull();
    expect(locateTask(parse(''), 'nonsense', 'x')).toBeNull();
  });

  it('names pages of a supported site that are not a supported view', () => {
    for (const url of [
      'https://trello.com/u/jo/boards',
      'https://app.asana.com/-/login',
      'https://mail.google.com/mail/u/0/#settings/general',
      'https://brightside.atlassian.net/wiki/spaces/OPS',
      'https://github.com/brightside/website',
      'https://linear.app/brightside/settings/account',
      'https://app.todoist.com/auth/login',
      'https://app.clickup.com/login',
      'https://www.notion.so/login',
      'https://outlook.office.com/calendar/view/week',
    ]) {
      const read = readPage(parse('<p>x</p>'), url);
      expect(read.recognised).toBe(false);
      expect(read.message).toMatch(/isn't|have no/);
    }
  });
});
