// Where "Add brief to the card" writes on each site that can take it, and the words around it.
// Plain data: the extension pages use the words, the site's content script the selectors.
// Editors are the site's own (ProseMirror for Trello, Jira, Asana and Linear; a Markdown
// textarea on GitHub); selectors no maintained integration shows are marked ASSUMED, so they
// are the first to check when a site changes (../../tests/fixtures/<site>/*.expected.json).
import type { PageRead } from '../core/model/task';

export const CARD_SITES = ['trello', 'asana', 'jira', 'github', 'linear'] as const;
export type CardSite = (typeof CARD_SITES)[number];

export interface CardTarget {
  site: CardSite;
  /** The button's words. */
  button: string;
  /** Where the brief goes, as the preview says it. */
  place: string;
  /** The open task's container, newest markup first; the whole page when none is there. */
  roots: string[];
  /** The editor: a contenteditable (takes HTML) or a textarea (takes `plain`). */
  editors: string[];
  /** Editors inside these belong to something else (a comment box beside a description). */
  notInside?: string[];
  /** What a person clicks to open a closed editor. */
  openers?: string[];
  /** What a textarea of this site expects. */
  plain: 'markdown' | 'text';
  /** Said when no editor could be found or opened. */
  missing: string;
  /** Said once the brief is in: what is left for the owner to do there. */
  after: string;
}

const EDITABLE = '[contenteditable="true"]';

export const CARD_TARGETS: Record<CardSite, CardTarget> = {
  trello: {
    site: 'trello',
    button: 'Add brief to the card',
    place: 'the card’s description',
    roots: ['[data-testid="card-back-name"]', '[role="dialog"]'],
    // ASSUMED: the description editor is the Atlassian editor inside the description section;
    // an older board edits Markdown in a textarea there.
    editors: [`[data-testid="card-back-description"] ${EDITABLE}`, `[data-testid="description-editor"] ${EDITABLE}`, '[data-testid="card-back-description"] textarea'],
    notInside: ['[data-testid*="comment"]'],
    openers: ['[data-testid="description-content-area"]', '[data-testid="card-back-description"] button'],
    plain: 'markdown',
    missing: 'The card’s description editor could not be found. Open the card’s description editor (click its description) and try again.',
    after: 'Check it in the card, then click Save in Trello.',
  },
  asana: {
    site: 'asana',
    button: 'Add brief to the task',
    place: 'the task’s description',
    roots: ['.TaskPane', '.TaskPaneBody-main'],
    editors: [`.TaskDescription .ProseMirror${EDITABLE}`, `.TaskDescription ${EDITABLE}`],
    plain: 'text',
    missing: 'The task’s description could not be found. Open the task in its side pane, click into its description and try again.',
    after: 'Asana saves the description by itself.',
  },
  jira: {
    site: 'jira',
    button: 'Add brief as a comment',
    place: 'a new comment on the work item',
    // The board's side panel holds its own work item; a work item page is the whole document.
    roots: ['[data-testid="issue.views.issue-details.issue-layout.compact-layout"]', '#issue-content'],
    // The comment and the description editors share #ak-editor-textarea (sites.md): the comment
    // one is the editor outside the description field. Data Center comments are a textarea.
    editors: [`#ak-editor-textarea${EDITABLE}`, `.ProseMirror${EDITABLE}`, '#addcomment textarea#comment'],
    notInside: ['[data-testid="issue.views.field.rich-text.description"]', '#description-val'],
    // ASSUMED: the "Add a comment…" placeholder; Data Center's footer "Comment" button.
    openers: ['[data-testid="canned-comments.common.ui.comment-text-area-placeholder.textarea"]', '#footer-comment-button'],
    plain: 'text',
    missing: 'The comment box could not be found. Click “Add a comment” below the work item and try again.',
    after: 'Check the comment, then click Save in Jira to post it.',
  },
  github: {
    site: 'github',
    button: 'Add brief as a comment',
    place: 'a new comment on the issue',
    roots: [],
    editors: ['textarea[aria-labelledby="comment-composer-heading"]', 'textarea#new_comment_field', 'textarea[name="comment[body]"]'],
    plain: 'markdown',
    missing: 'The comment box could not be found. Scroll to the end of the issue, click into “Add a comment” and try again.',
    after: 'Check the comment, then click Comment on GitHub to post it.',
  },
  linear: {
    site: 'linear',
    button: 'Add brief to the issue',
    place: 'the issue’s description',
    roots: ['div[data-view-id="issue-view"]'],
    // ASSUMED: the description is the issue view's multi-line ProseMirror after the title.
    editors: [`.ProseMirror${EDITABLE}:not([aria-multiline="false"])`],
    notInside: ['[data-view-id="issue-view"] form', '.sc-activity'],
    plain: 'markdown',
    missing: 'The issue’s description could not be found. Open the issue itself (not the list) and try again.',
    after: 'Linear saves the description by itself.',
  },
};

/** Where the brief of this task goes on the page, when the page shows that task open and can take it. */
export function cardTargetFor(read: PageRead | undefined, source: { source: string; id: string } | undefined): CardTarget | undefined {
  const open = read?.openTask;
  if (!open || !source) return undefined;
  const target = (CARD_TARGETS as Partial<Record<string, CardTarget>>)[read.site];
  if (!target || open.source !== source.source || open.id !== source.id) return undefined;
  return target;
}
