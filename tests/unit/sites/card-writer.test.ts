// @vitest-environment happy-dom
// "Add brief to the card" on each site's dated fixture with its editor: the editor is found by
// structure, the brief goes below what the card already says (after a divider), through a paste
// the site's editor takes, or by insertion into a plain contenteditable or textarea.
import { describe, expect, it } from 'vitest';
import { renderEmailHtml, renderMarkdown, renderText } from '../../../utils/core/render';
import { CARD_TARGETS, cardTargetFor, type CardSite } from '../../../utils/sites/card-targets';
import { cardWriter } from '../../../utils/sites/card-writer';
import { readerFor } from '../../../utils/sites/readers/registry';
import { fullBrief } from '../render/sample';
import { loadFixture } from '../readers/fixture-helpers';

const brief = fullBrief({ source: undefined });
const LEAD = 'The Instagram account grows steadily and stays on-brand';
const payload = (taskId: string, over: Partial<{ html: string; text: string; markdown: string }> = {}) => ({
  type: 'add-to-card' as const,
  taskId,
  html: renderEmailHtml(brief),
  text: renderText(brief),
  markdown: renderMarkdown(brief),
  ...over,
});

interface Case {
  site: CardSite;
  fixture: string;
  /** The editor the brief must land in. */
  editor: string;
  /** Text already in that editor, kept before the brief. */
  before?: string;
  /** Another editable on the page that must stay untouched. */
  other?: string;
  format: 'html' | 'markdown';
}

const CASES: Case[] = [
  {
    site: 'trello',
    fixture: '2026-11-30-card-description-editor',
    editor: '[data-testid="card-back-description"] .ProseMirror',
    before: 'Lena (Hochzeit & Co) wants 200 mini stollen',
    other: '[data-testid="card-back-new-comment-input"] .ProseMirror',
    format: 'html',
  },
  { site: 'asana', fixture: '2026-11-25-task-pane', editor: '.TaskDescription .ProseMirror', before: 'Weekday vs weekend sales per shop', format: 'html' },
  {
    site: 'jira',
    fixture: '2026-11-30-work-item',
    editor: '#ak-editor-textarea',
    other: '[data-testid="issue.views.field.rich-text.description"]',
    format: 'html',
  },
  { site: 'github', fixture: '2026-11-30-issue', editor: 'textarea[aria-labelledby="comment-composer-heading"]', format: 'markdown' },
  {
    site: 'linear',
    fixture: '2026-11-30-issue',
    editor: '[aria-label="Issue description"]',
    before: 'Kraft boxes with the gold logo',
    other: '[aria-label="Issue title"]',
    format: 'html',
  },
];

function setUp(c: Case) {
  const { doc, url, read } = loadFixture(c.site, c.fixture);
  // The fixture's document becomes the page, so focus and selection behave as in a tab.
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  const reader = readerFor(url)!;
  const writer = cardWriter(reader, CARD_TARGETS[c.site], { waitMs: 200 });
  const taskId = read.openTask!.id;
  const editor = document.querySelector<HTMLElement>(c.editor)!;
  const other = c.other ? document.querySelector<HTMLElement>(c.other)!.innerHTML : undefined;
  return { u: new URL(url), read, writer, taskId, editor, other };
}

const textOf = (el: HTMLElement) => (el.localName === 'textarea' ? (el as HTMLTextAreaElement).value : el.textContent ?? '').replace(/\s+/g, ' ');

describe.each(CASES)('$site ($fixture)', (c) => {
  it('the popup offers it for the open task’s own brief, and the page finds the editor', () => {
    const { u, read, writer, taskId } = setUp(c);
    expect(cardTargetFor(read, { source: c.site, id: taskId })?.site).toBe(c.site);
    expect(cardTargetFor(read, { source: c.site, id: 'someone-else' })).toBeUndefined();
    expect(writer.probe(document, u, taskId)).toEqual({ ok: true, format: c.format, hasText: !!c.before });
  });

  it('a plain editor gets the brief at its end, below a divider when it held text', async () => {
    const { u, writer, taskId, editor, other } = setUp(c);
    // The caret sits at the very start: the brief still goes to the end.
    if (editor.localName !== 'textarea') document.getSelection()!.collapse(editor, 0);
    const inputs: string[] = [];
    editor.addEventListener('input', () => inputs.push('input'));
    expect(await writer.write(document, u, payload(taskId))).toEqual({ ok: true });
    const after = textOf(editor);
    expect(after).toContain(LEAD);
    if (c.before) {
      expect(after.trimStart().startsWith(c.before)).toBe(true);
      expect(after.indexOf(c.before)).toBeLessThan(after.indexOf(LEAD));
    }
    if (c.format === 'markdown') {
      expect((editor as HTMLTextAreaElement).value).toBe(renderMarkdown(brief));
    } else {
      expect(editor.querySelectorAll('hr').length).toBe(c.before ? 1 : 0);
      expect(editor.querySelector('h2')?.textContent).toBe(LEAD);
      expect(editor.querySelectorAll('li hr, li h2')).toHaveLength(0);
      // Editors keep no inline styles of ours.
      expect(editor.innerHTML).not.toMatch(/style=/);
    }
    expect(inputs.length).toBeGreaterThan(0);
    if (c.other !== undefined) expect(document.querySelector<HTMLElement>(c.other)!.innerHTML).toBe(other);
  });

  if (c.format === 'html') {
    it('an editor that takes pastes (ProseMirror) receives it as a paste: HTML and its text twin', async () => {
      const { u, writer, taskId, editor } = setUp(c);
      const pasted: { html: string; text: string; focused: boolean; caretAtEnd: boolean }[] = [];
      editor.addEventListener('paste', (e) => {
        const data = (e as ClipboardEvent).clipboardData!;
        const sel = document.getSelection()!;
        const end = document.createRange();
        end.selectNodeContents(editor);
        end.collapse(false);
        pasted.push({
          html: data.getData('text/html'),
          text: data.getData('text/plain'),
          focused: document.activeElement === editor,
          caretAtEnd: sel.rangeCount > 0 && sel.getRangeAt(0).compareBoundaryPoints(Range.START_TO_START, end) === 0,
        });
        e.preventDefault();
        editor.insertAdjacentHTML('beforeend', data.getData('text/html'));
      });
      expect(await writer.write(document, u, payload(taskId))).toEqual({ ok: true });
      expect(pasted).toHaveLength(1);
      const [p] = pasted;
      expect(p.focused).toBe(true);
      expect(p.caretAtEnd).toBe(true);
      expect(p.html.startsWith('<hr>')).toBe(!!c.before);
      expect(p.text.startsWith('---\n\n')).toBe(!!c.before);
      expect(p.text).toContain(LEAD);
      // Exactly once: the paste was taken, so nothing was inserted besides.
      expect(textOf(editor).split(LEAD)).toHaveLength(2);
    });
  }

  it('refuses when the page shows another task, or none', async () => {
    const { u, writer } = setUp(c);
    const other = await writer.write(document, u, payload('not-this-one'));
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/not the task this brief is for\. Open that task and try again/) });
    expect(writer.probe(document, u, 'not-this-one')).toMatchObject({ ok: false });
  });
});

describe('what goes in', () => {
  it('hostile HTML is sanitised before it reaches the editor', async () => {
    const c = CASES[0];
    const { u, writer, taskId, editor } = setUp(c);
    const html = '<h2>Grow the account</h2><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:alert(1)">x</a>';
    expect(await writer.write(document, u, payload(taskId, { html, text: 'Grow the account' }))).toEqual({ ok: true });
    expect(editor.innerHTML).not.toMatch(/<img|<script|onerror|javascript:/);
    expect(editor.textContent).toContain('Grow the account');
  });

  it('GitHub: text already typed in the comment box is kept, the brief follows a Markdown rule', async () => {
    const c = CASES.find((x) => x.site === 'github')!;
    const { u, writer, taskId, editor } = setUp(c);
    (editor as HTMLTextAreaElement).value = 'Thanks, I will brief Ana.';
    expect(writer.probe(document, u, taskId)).toEqual({ ok: true, format: 'markdown', hasText: true });
    await writer.write(document, u, payload(taskId));
    expect((editor as HTMLTextAreaElement).value).toBe(`Thanks, I will brief Ana.\n\n---\n\n${renderMarkdown(brief)}`);
  });

  it('an empty brief is refused in words', async () => {
    const { u, writer, taskId } = setUp(CASES[1]);
    expect(await writer.write(document, u, payload(taskId, { html: '', text: '', markdown: '' }))).toMatchObject({ ok: false, error: /The brief is empty/ });
  });
});

describe('no editor on the page', () => {
  it('Jira board side panel with its comment box closed: says to click “Add a comment”', async () => {
    const { doc, url, read } = loadFixture('jira', '2026-11-30-board');
    document.documentElement.innerHTML = doc.documentElement.innerHTML;
    const writer = cardWriter(readerFor(url)!, CARD_TARGETS.jira, { waitMs: 200 });
    const error = CARD_TARGETS.jira.missing;
    expect(error).toMatch(/Click “Add a comment” below the work item and try again/);
    expect(writer.probe(document, new URL(url), read.openTask!.id)).toEqual({ ok: false, error });
    expect(await writer.write(document, new URL(url), payload(read.openTask!.id))).toEqual({ ok: false, error });
  });

  it('Trello card with its description closed: opened by a click on the description, or a clear message', async () => {
    const { doc, url, read } = loadFixture('trello', '2026-11-30-card-back-dialog');
    document.documentElement.innerHTML = doc.documentElement.innerHTML;
    const u = new URL(url);
    const taskId = read.openTask!.id;
    const writer = cardWriter(readerFor(url)!, CARD_TARGETS.trello, { waitMs: 300 });
    expect(writer.probe(document, u, taskId)).toEqual({ ok: true, format: 'html', hasText: null });
    // The click opens nothing here: the owner is told what to do.
    expect(await writer.write(document, u, payload(taskId))).toEqual({ ok: false, error: CARD_TARGETS.trello.missing });
    expect(CARD_TARGETS.trello.missing).toMatch(/Open the card’s description editor .* and try again/);

    // As on Trello, a click on the description swaps the text for its editor.
    const area = document.querySelector<HTMLElement>('[data-testid="description-content-area"]')!;
    area.addEventListener('click', () => {
      area.outerHTML = `<div class="ProseMirror" contenteditable="true">${area.querySelector('.ak-renderer-document')!.innerHTML}</div>`;
    });
    expect(await writer.write(document, u, payload(taskId))).toEqual({ ok: true });
    const editor = document.querySelector<HTMLElement>('[data-testid="card-back-description"] [contenteditable="true"]')!;
    expect(editor.textContent!.trim()).toMatch(/^Lena \(Hochzeit & Co\) wants 200 mini stollen.*The Instagram account grows steadily/s);
    expect(editor.querySelectorAll('hr')).toHaveLength(1);
  });
});
