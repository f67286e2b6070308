// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptySections } from '../../../utils/core/model/sections';
import { renderEmailHtml } from '../../../utils/core/render';
import { fullBrief } from './sample';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('renderEmailHtml', () => {
  it('renders the lead, category, every group heading, labels and lists', () => {
    const body = parse(renderEmailHtml(fullBrief()));
    expect(body.querySelector('h2')?.textContent).toBe('The Instagram account grows steadily and stays on-brand');
    const meta = body.querySelector('p')!;
    expect(meta.innerHTML).toBe('<strong>Category:</strong> Social media<br><strong>Task:</strong> Post on Instagram 3x a week');
    expect([...body.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Outcome', 'Why it matters', 'Done looks like', 'Expectations', 'Tools and access', 'Sources',
      'Decision rights', 'Escalation', 'Reporting', 'Check-ins and corrections',
    ]);
    const labels = [...body.querySelectorAll('strong')].map((s) => s.textContent);
    expect(labels).toContain('Measure:');
    expect(labels).toContain('Standards, brand and tone:');
    expect(labels).not.toContain('Why it matters:');
    const lists = [...body.querySelectorAll('ul')].map((ul) => [...ul.children].map((li) => li.textContent));
    expect(lists).toContainEqual(['Canva Pro', 'Unsplash+']);
    expect(lists).toContainEqual(['Friendly tone', 'Brand palette only']);
    const link = body.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://trello.com/c/abc123/1-post');
    expect(link?.textContent).toBe('Post on Instagram 3x a week');
  });

  it('uses inline styles only and never sets a background', () => {
    const html = renderEmailHtml(fullBrief());
    const all = [...parse(html).querySelectorAll('*')];
    expect(all.length).toBeGreaterThan(20);
    for (const el of all) {
      const names = el.getAttributeNames().filter((n) => !(n === 'href' && el.tagName === 'A'));
      expect(names.every((n) => n === 'style' || n === 'dir'), el.outerHTML).toBe(true);
    }
    expect(html).not.toMatch(/background|<style|class=|id=/i);
    // Headings follow the reader's theme instead of a fixed dark colour.
    expect(parse(html).querySelector('h3')?.getAttribute('style')).toContain('color:inherit');
  });

  it('is well-formed: re-serialising the parsed fragment gives the same markup', () => {
    const html = renderEmailHtml(fullBrief());
    expect(parse(html).innerHTML).toBe(html);
  });

  it('leaves out empty sections and omits a link without a source url', () => {
    const sections = emptySections();
    sections.never = 'Share passwords';
    const body = parse(
      renderEmailHtml({ title: 'T', category: 'hiring', sections, source: { title: 'Card', source: 'manual' } }),
    );
    expect([...body.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Expectations']);
    expect(body.textContent).toContain('Must never happen: Share passwords');
    expect(body.querySelector('a')).toBeNull();
    expect(body.lastElementChild?.textContent).toBe('Source task: Card');
  });

  it('keeps emoji and RTL text', () => {
    const b = fullBrief();
    b.sections.why = 'לקוחות חדשים 🚀';
    expect(parse(renderEmailHtml(b)).textContent).toContain('לקוחות חדשים 🚀');
  });
});

it('right-to-left briefs read right: every block takes its own direction, lists indent on the start side', () => {
  const html = renderEmailHtml({ ...fullBrief(), title: 'תמלל את הראיון', sections: { ...fullBrief().sections, outcome: 'הראיון מתומלל במלואו' } });
  const blocks = [...parse(html).querySelectorAll('h2, h3, p, ul, li')];
  expect(blocks.every((b) => b.getAttribute('dir') === 'auto')).toBe(true);
  for (const ul of parse(html).querySelectorAll('ul')) {
    expect(ul.getAttribute('style')).toContain('padding-inline-start:20px');
    expect(ul.getAttribute('style')).not.toMatch(/padding(-left)?:[^;]*20px/);
  }
});
