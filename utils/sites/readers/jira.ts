// Jira Cloud (*.atlassian.net) and self-hosted Jira (Data Center, at an origin the owner adds):
// board, backlog, and a work item open as a page (/browse/KEY-1) or in the board's side panel
// (?selectedIssue=KEY-1). Cloud markup is found by data-testid, Data Center by its older ids.
import { emptyRead } from '../../core/model/task';
import { absoluteFrom, blockText, first, PageSelectors, text, textAt } from './dom';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, itemsUnder, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

const KEY = /\b([A-Z][A-Z0-9_]+-\d+)\b/;
/** The work-item key in a URL: /browse/KEY-1, ?selectedIssue=KEY-1 (board side panel). */
export function jiraKey(url: URL): string | undefined {
  return url.searchParams.get('selectedIssue')?.match(KEY)?.[1] ?? url.pathname.match(/\/browse\/([A-Z][A-Z0-9_]+-\d+)/)?.[1];
}

/** Where a self-hosted Jira lives below its origin ("/jira"), as its pages declare it; "" on Cloud. */
const contextPath = (doc: Document): string =>
  (doc.querySelector('meta[name="ajs-context-path"]')?.getAttribute('content') ?? '').replace(/\/+$/, '').replace(/^(?!\/)(?=.)/, '/');

// Board columns and cards in document order (a column's header comes before its cards).
const COLUMN = '[data-testid="platform-board-kit.ui.column-header-content"], .ghx-column-header-content, .ghx-column h2';
const CARD = '[data-testid="platform-board-kit.ui.card.card"], .ghx-issue[data-issue-key]';
const CARD_KEY = ['[data-testid="platform-card.common.ui.key.key"]', 'a[href*="/browse/"]'];
const CARD_SUMMARY = ['[data-testid$="single-line-text.container.box"]', '[data-testid="platform-card.common.ui.summary.summary"]', '.ghx-summary'];
const CARD_ASSIGNEE = ['[data-testid="platform-card.ui.card.focus-container"] img[alt]', 'img.ghx-avatar-img[alt]', '[data-testid*="assignee"] img[alt]'];
// Backlog rows: a key link per row; the row is the nearest ancestor that also holds the summary.
const BACKLOG_KEY = 'a[data-testid="software-backlog.card-list.card.card-contents.key"]';
const BACKLOG_SUMMARY = '[data-testid$="summary-field-static.content"], [data-testid="software-backlog.card-list.card.card-contents.summary"]';
// The open work item: full page, board side panel, or Data Center's issue page.
const ISSUE_ROOT = ['[data-testid="issue.views.issue-details.issue-layout.compact-layout"]', '#jira-issue-header', '#issue-content', '.issue-view'];
const ISSUE_SUMMARY = ['h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', '#summary-val', 'h1'];
const ISSUE_KEY = [
  'a[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  '[data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"] a',
  '#key-val',
];
const ISSUE_DESCRIPTION = ['[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document', '[data-testid="issue.views.field.rich-text.description"]', '#description-val .user-content-block', '#description-val'];
const PROJECT = ['[data-testid="rapidboard-breadcrumbs"] a[href*="browse"] span', '[data-test-id="rapidboard-breadcrumbs"] a[href*="browse"] span', '#project-name-val', '.project-title > a'];
const BOARD_NAME = ['[data-testid="software-board.header.title.container"] h1', '#ghx-board-name'];

function readCards(doc: Document, url: URL, board: string): Found[] {
  const page = new PageSelectors(doc);
  const toAbsolute = absoluteFrom(url);
  const found: Found[] = [];
  for (const { el, section: column } of itemsUnder(doc, COLUMN, CARD)) {
    const keyEl = page.first(el, CARD_KEY);
    const key = (el.getAttribute('data-issue-key') ?? text(keyEl) ?? '').match(KEY)?.[1] ?? el.id.match(KEY)?.[1];
    const title = page.textAt(el, CARD_SUMMARY);
    if (!key || !title) continue;
    const href = keyEl?.closest('a')?.getAttribute('href') ?? keyEl?.querySelector('a')?.getAttribute('href') ?? `${contextPath(doc)}/browse/${key}`;
    found.push({
      el,
      task: task('jira', {
        id: key,
        url: toAbsolute(href),
        title,
        assignees: page.names(el, CARD_ASSIGNEE, (img) => img.getAttribute('alt')?.trim() ?? ''),
        list: column || undefined,
        board: board || undefined,
      }),
    });
  }
  return found;
}

function readBacklog(doc: Document, url: URL, board: string): Found[] {
  const toAbsolute = absoluteFrom(url);
  const found: Found[] = [];
  for (const link of Array.from(doc.querySelectorAll(BACKLOG_KEY))) {
    const key = text(link).match(KEY)?.[1];
    let row: Element | null = link.parentElement;
    for (let depth = 0; row && depth < 6 && !row.querySelector(BACKLOG_SUMMARY); depth++) row = row.parentElement;
    const title = text(row?.querySelector(BACKLOG_SUMMARY));
    if (!key || !row || !title || row.closest('[hidden]')) continue;
    found.push({ el: row, task: task('jira', { id: key, url: toAbsolute(link.getAttribute('href') ?? `${contextPath(doc)}/browse/${key}`), title, board: board || undefined }) });
  }
  return found;
}

function readIssue(doc: Document, url: URL, board: string): Found | undefined {
  const header = first(doc, ISSUE_ROOT);
  // The full page's header sits inside the work item's layout; its parent holds the fields.
  const root = header?.id === 'jira-issue-header' ? (header.parentElement ?? header) : header;
  if (!root) return undefined;
  const summary = first(root, ISSUE_SUMMARY) ?? first(doc, ISSUE_SUMMARY.slice(0, 2));
  const title = text(summary);
  const key = text(first(root, ISSUE_KEY)).match(KEY)?.[1] ?? jiraKey(url);
  if (!title || !key) return undefined;
  // Labels link to a search for that label (TMetric reads them so); fields may sit beside the root.
  const scope = root.parentElement ?? root;
  const labels = Array.from(scope.querySelectorAll('a[href*="jql=labels"], a[href*="labels%3D"], .labels-wrap .lozenge'), (a) => text(a)).filter(Boolean);
  return {
    el: root,
    task: task('jira', {
      id: key,
      url: `${url.origin}${contextPath(doc)}/browse/${key}`,
      title,
      description: blockText(first(root, ISSUE_DESCRIPTION) ?? first(doc, ISSUE_DESCRIPTION)),
      labels: [...new Set(labels)],
      assignees: [text(doc.querySelector('#assignee-val .user-hover'))].filter(Boolean),
      board: board || undefined,
    }),
  };
}

const isJira = (doc: Document, url: URL): boolean =>
  doc.querySelector('meta[name="application-name"]')?.getAttribute('content') === 'JIRA' ||
  /\/(browse|jira|secure)\//.test(url.pathname) ||
  !!jiraKey(url);

function readJira(doc: Document, url: URL): SiteRead {
  const board = textAt(doc, BOARD_NAME) || textAt(doc, PROJECT);
  const backlog = /\/backlog\b/.test(url.pathname) || url.searchParams.get('view') === 'planning';
  const found = backlog ? readBacklog(doc, url, board) : readCards(doc, url, board);
  const open = jiraKey(url) || doc.querySelector(ISSUE_ROOT.join(', ')) ? readIssue(doc, url, board) : undefined;
  const view = found.length || !open ? (backlog ? 'backlog' : 'board') : 'work-item';
  return { view, found, open, board };
}

export const JIRA_HOSTS = ['https://*.atlassian.net/*'] as const;
const NOTHING = couldNotRead('Jira', 'any work items');

export const jiraReader: Reader = {
  name: 'jira',
  hostPatterns: JIRA_HOSTS,
  selfHosted: true,
  matches: siteMatcher(JIRA_HOSTS, true),
  read(doc, url) {
    if (!isJira(doc, url)) return emptyRead('jira', "This Atlassian page isn't a Jira board, backlog or work item. Open one of those to read its tasks.");
    return toPageRead('jira', readJira(doc, url), NOTHING);
  },
  locate: (doc, url, taskId) => locateRead(readJira(doc, url), taskId),
};
