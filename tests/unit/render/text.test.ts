import { describe, expect, it } from 'vitest';
import { emptySections } from '../../../utils/core/model/sections';
import { emailSubject, renderText, SUBJECT_MAX } from '../../../utils/core/render';
import { fullBrief, hostileBrief } from './sample';

describe('renderText', () => {
  it('leads with the outcome, then category and task, then every group in order', () => {
    const out = renderText(fullBrief());
    const lines = out.split('\n');
    expect(lines[0]).toBe('The Instagram account grows steadily and stays on-brand');
    expect(lines[1]).toBe('Category: Social media');
    expect(lines[2]).toBe('Task: Post on Instagram 3x a week');
    const headings = ['OUTCOME', 'WHY IT MATTERS', 'DONE LOOKS LIKE', 'EXPECTATIONS', 'TOOLS AND ACCESS', 'SOURCES',
      'DECISION RIGHTS', 'ESCALATION', 'REPORTING', 'CHECK-INS AND CORRECTIONS'];
    const at = headings.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const i of at) expect(lines[i - 1]).toBe('');
  });

  it('labels fields in multi-field groups, lists multi-line fields, and does not repeat the lead', () => {
    const out = renderText(fullBrief());
    expect(out).toContain('OUTCOME\nMeasure: +10% followers a quarter\n');
    expect(out).toContain('Standards, brand and tone:\n- Friendly tone\n- Brand palette only');
    expect(out).toContain('TOOLS AND ACCESS\n- Canva Pro\n- Unsplash+');
    expect(out).toContain('WHY IT MATTERS\nInstagram brings most of our new customers.\n');
    expect(out).toContain('Spending limit: $50 a month');
    expect(out.match(/grows steadily/g)).toHaveLength(1);
  });

  it('ends with the source task line', () => {
    const out = renderText(fullBrief());
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'Source task (Trello): Post on Instagram 3x a week - https://trello.com/c/abc123/1-post',
    );
  });

  it('leaves out empty groups and fields, and falls back to the title', () => {
    const sections = emptySections();
    sections.tools = '  \n\n';
    sections.deadlines = 'Friday';
    const out = renderText({ title: 'Book flights', category: 'nope', sections });
    expect(out).toBe('Book flights\nCategory: Other work\n\nEXPECTATIONS\nDeadlines and checkpoints: Friday\n');
    expect(out).not.toMatch(/undefined|TOOLS/);
  });

  it('keeps hostile text as text and drops a javascript: source url', () => {
    const out = renderText(hostileBrief());
    expect(out).toContain('<img src=x onerror=alert(1)>');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Source task (Trello): <script>alert(1)</script>');
  });

  it('emits no markup of its own, and keeps emoji and RTL text', () => {
    const b = fullBrief();
    b.sections.why = 'לקוחות חדשים 🚀\nمرحبا بالعالم';
    const out = renderText(b);
    expect(out).not.toMatch(/<[a-z/]/i);
    expect(out).toContain('- לקוחות חדשים 🚀\n- مرحبا بالعالم');
  });
});

describe('emailSubject', () => {
  it('uses the outcome, else the title, on one line', () => {
    expect(emailSubject(fullBrief())).toBe('Outcome: The Instagram account grows steadily and stays on-brand');
    expect(emailSubject({ title: 'Book\nflights\r\n', category: 'other', sections: emptySections() })).toBe(
      'Outcome: Book flights',
    );
    expect(emailSubject({ title: '', category: 'other', sections: emptySections() })).toBe('Outcome brief');
  });

  it('is bounded without splitting an emoji', () => {
    const b = fullBrief();
    b.sections.outcome = `${'🚀'.repeat(200)}\nsecond line`;
    const s = emailSubject(b);
    expect(Array.from(s).length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(s).toMatch(/🚀…$/);
    expect(s).not.toMatch(/[\r\n]|\uFFFD/);
    b.sections.outcome = 'word '.repeat(60);
    expect(emailSubject(b)).toMatch(/word…$/);
  });
});
