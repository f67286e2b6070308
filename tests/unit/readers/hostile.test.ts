// @vitest-environment happy-dom
// Titles are page text. Markup-looking titles must come back as text, and reading must never
// build elements (which is how markup in a title could run).
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../utils/sites/readers/registry';
import { loadFixture } from './fixture-helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';
const cases: [string, string][] = [
  ['trello', '2026-11-25-board'],
  ['trello', '2026-11-25-card-open'],
  ['asana', '2026-11-25-board'],
  ['asana', '2026-11-25-list'],
  ['gmail', '2026-11-25-inbox'],
  ['todoist', '2026-11-30-list'],
];
// Markup-looking titles on the newer sites: each must come back as the same text.
const MARKUP: [string, string, string][] = [
  ['trello', '2026-11-30-board', 'Fix the <b>bold</b> price tags & the “sale” sign'],
  ['asana', '2026-11-30-list', '<script>alert("quote")</script>'],
  ['jira', '2026-11-30-board', 'Fix the <oven> timer & check the thermostat 🔥'],
  ['github', '2026-11-30-issues', 'Menu page shows <script> in the allergen table'],
  ['linear', '2026-11-30-list', 'Print the <new> price tags & shelf labels'],
  ['clickup', '2026-11-30-list', 'Write the <b>menu</b> for January'],
  ['notion', '2026-11-30-table', 'Reels: <stollen> behind the scenes & packing'],
  ['outlook', '2026-11-30-message-list', '<b>Statement</b> & fees'],
];

describe('hostile titles', () => {
  for (const [site, name] of cases) {
    it(`${site}/${name}: the title is plain text and no element is created`, () => {
      const { doc, url } = loadFixture(site, name);
      const imgsBefore = doc.querySelectorAll('img').length;
      const create = vi.spyOn(doc, 'createElement');
      const cloneSpy = vi.spyOn(doc, 'importNode');
      const read = readPage(doc, url);
      const task = read.tasks.find((t) => t.title === HOSTILE);
      expect(task?.title).toBe(HOSTILE);
      expect(create).not.toHaveBeenCalled();
      expect(cloneSpy).not.toHaveBeenCalled();
      expect(doc.querySelectorAll('img').length).toBe(imgsBefore);
      expect(doc.querySelector('img[src="x"]')).toBeNull();
    });
  }

  for (const [site, name, title] of MARKUP) {
    it(`${site}/${name}: a title made of markup stays text, and nothing is built`, () => {
      const { doc, url } = loadFixture(site, name);
      const create = vi.spyOn(doc, 'createElement');
      const elements = doc.querySelectorAll('*').length;
      expect(readPage(doc, url).tasks.map((t) => t.title)).toContain(title);
      expect(create).not.toHaveBeenCalled();
      expect(doc.querySelectorAll('*').length).toBe(elements);
    });
  }

  it('a Gmail snippet holding a script tag stays text', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-25-inbox');
    const read = readPage(doc, url);
    expect(read.tasks.find((t) => t.title === HOSTILE)?.description).toBe('<script>alert(2)</script>');
    expect(doc.querySelectorAll('script').length).toBe(2);
  });
});
