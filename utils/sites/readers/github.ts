// GitHub (and GitHub Enterprise at an origin the owner adds): issue and pull-request lists,
// one issue or pull request, and Projects boards. The React pages are found by data-testid,
// the older server-rendered ones by their js- classes.
import { emptyRead, type ChecklistItem } from '../../core/model/task';
import { absoluteFrom, all, blockText, first, isChecked, names, NOT_SHOWN, PageSelectors, personName, text, textAt } from './dom';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

/** owner/repo#n from an issue or pull-request URL (any origin). */
export function githubItemId(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const m = new URL(href, base).pathname.match(/^\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)(?:\/|$)/);
    return m ? `${m[1]}/${m[2]}#${m[3]}` : undefined;
  } catch {
    return undefined;
  }
}

const LIST_LINK = ['a[data-testid="issue-pr-title-link"]', 'a.js-navigation-open[id^="issue_"]', 'a[id^="issue_"][id$="_link"]'];
const LIST_ROW = '[role="listitem"], li, .js-issue-row';
const LIST_LABELS = ['[data-testid="list-view-item-labels"] a', '.IssueLabel', 'a[href*="label%3A"]'];
const TITLE = ['[data-testid="issue-title"]', 'h1[data-component="PH_Title"] .markdown-title', '.js-issue-title', 'h1 bdi'];
const BODY = ['[data-testid="issue-body"] [data-testid="markdown-body"]', '[data-testid="markdown-body"]', '.js-comment-body', '.comment-body'];
const LABELS = ['[data-testid="issue-labels"] a', '.js-issue-labels .IssueLabel', '.js-issue-labels a'];
const ASSIGNEES = ['[data-testid="sidebar-assignees-section"] a[data-hovercard-type="user"]', '.js-issue-assignees .assignee span', '.js-issue-assignees a.assignee'];
const BOARD_CARD = '[data-board-card-id]';
const BOARD_COLUMN = '[data-board-column]';
const PROJECT_TITLE = ['[data-testid="project-title"]', 'div[role="navigation"] h1', '.AppHeader-context-item-label'];

function readList(doc: Document, url: URL, repo: string): Found[] {
  const toAbsolute = absoluteFrom(url);
  const page = new PageSelectors(doc);
  const found: Found[] = [];
  for (const link of all(doc, LIST_LINK)) {
    const id = githubItemId(link.getAttribute('href'), url);
    // Screen-reader-only words ("Pinned: ") are not part of the title.
    const title = text(link, `${NOT_SHOWN}, .sr-only`);
    if (!id || !title || link.closest('[hidden]')) continue;
    const row = link.closest(LIST_ROW) ?? link;
    found.push({ el: row, task: task('github', { id, url: toAbsolute(link.getAttribute('href')), title, labels: page.names(row, LIST_LABELS), board: repo || undefined }) });
  }
  return found;
}

/** Task-list items in the body ("- [ ] …"), which GitHub renders as checkboxes. */
function checklistOf(body: Element | null): ChecklistItem[] {
  if (!body) return [];
  return Array.from(body.querySelectorAll('li.task-list-item'), (li) => ({
    text: text(li, 'ul, ol, input'),
    done: isChecked(li.querySelector('input[type="checkbox"]')),
  })).filter((c) => c.text);
}

function readItem(doc: Document, url: URL, repo: string): Found | undefined {
  const id = githubItemId(url.href, url);
  const titleEl = first(doc, TITLE);
  const title = text(titleEl, NOT_SHOWN);
  if (!id || !titleEl || !title) return undefined;
  const body = first(doc, BODY);
  return {
    el: titleEl,
    task: task('github', {
      id,
      url: `${url.origin}${url.pathname}`,
      title,
      description: blockText(body, 'li.task-list-item, .email-hidden-toggle, .js-comment-edit-history'),
      checklist: checklistOf(body),
      labels: names(doc, LABELS, (a) => text(a, '.sr-only')),
      assignees: names(doc, ASSIGNEES, personName),
      board: repo || undefined,
    }),
  };
}

function readProject(doc: Document, url: URL, project: string): Found[] {
  const toAbsolute = absoluteFrom(url);
  const found: Found[] = [];
  for (const card of Array.from(doc.querySelectorAll(BOARD_CARD))) {
    const heading = card.querySelector('h3[id^="board-card-title-"]') ?? card.querySelector('h3');
    const link = heading?.querySelector('a[href]') ?? card.querySelector('a[href*="/issues/"], a[href*="/pull/"]');
    const title = text(heading ?? link, NOT_SHOWN);
    if (!title || card.closest('[hidden]')) continue;
    const href = link?.getAttribute('href') ?? null;
    // Draft items have no issue behind them: the card id keeps them apart.
    const id = githubItemId(href, url) ?? `card-${card.getAttribute('data-board-card-id')}`;
    const column = card.closest(BOARD_COLUMN);
    found.push({
      el: card,
      task: task('github', {
        id,
        url: toAbsolute(href),
        title,
        labels: names(card, ['[aria-label="Fields"] li']),
        list: column ? text(column.querySelector('h2, h3:not([id^="board-card-title-"])')) || undefined : undefined,
        board: project || undefined,
      }),
    });
  }
  return found;
}

function readGitHub(doc: Document, url: URL): SiteRead | undefined {
  const [, owner, repo, kind, num] = url.pathname.split('/');
  const repoName = owner && repo ? `${owner}/${repo}` : '';
  if (/^(orgs|users)$/.test(owner) && kind === 'projects') {
    const project = textAt(doc, PROJECT_TITLE);
    return { view: 'project', found: readProject(doc, url, project), board: project };
  }
  if ((kind === 'issues' || kind === 'pull') && /^\d+$/.test(num ?? '')) {
    return { view: kind === 'pull' ? 'pull-request' : 'issue', found: [], open: readItem(doc, url, repoName), board: repoName };
  }
  if (kind === 'issues' || kind === 'pulls') return { view: kind, found: readList(doc, url, repoName), board: repoName, boardUrl: `${url.origin}/${repoName}/${kind}` };
  return undefined;
}

export const GITHUB_HOSTS = ['https://github.com/*'] as const;
const NOTHING = couldNotRead('GitHub', 'any issues or pull requests');
const NOT_A_VIEW = "This GitHub page isn't an issue, a pull request, their lists or a project. Open one of those to read its tasks.";

export const githubReader: Reader = {
  name: 'github',
  hostPatterns: GITHUB_HOSTS,
  selfHosted: true,
  matches: siteMatcher(GITHUB_HOSTS, true),
  read(doc, url) {
    const r = readGitHub(doc, url);
    return r ? toPageRead('github', r, NOTHING) : emptyRead('github', NOT_A_VIEW);
  },
  locate(doc, url, taskId) {
    const r = readGitHub(doc, url);
    return r ? locateRead(r, taskId) : null;
  },
};
