import { describe, expect, it } from 'vitest';
import { emptySections } from '../../../utils/core/model/sections';
import { renderMarkdown } from '../../../utils/core/render';
import { fullBrief, hostileBrief } from './sample';

describe('renderMarkdown', () => {
  it('renders the lead, bold labels, group headings and lists', () => {
    const out = renderMarkdown(fullBrief());
    expect(out.startsWith('# The Instagram account grows steadily and stays on-brand\n\n')).toBe(true);
    expect(out).toContain('**Category:** Social media\\\n**Task:** Post on Instagram 3x a week');
    expect(out).toContain('## Outcome\n\n**Measure:** +10% followers a quarter');
    expect(out).toContain('## Tools and access\n\n- Canva Pro\n- Unsplash+');
    expect(out).toContain('**Standards, brand and tone:**\n\n- Friendly tone\n- Brand palette only');
    expect(out.match(/^## /gm)).toHaveLength(10);
    expect(out.trimEnd().endsWith('Source task (Trello): [Post on Instagram 3x a week](<https://trello.com/c/abc123/1-post>)')).toBe(true);
  });

  it('leaves out empty sections', () => {
    const sections = emptySections();
    sections.sources = 'Blog';
    const out = renderMarkdown({ title: 'T', category: 'reports', sections });
    expect(out).toBe('# T\n\n**Category:** Presentations, reports and charts\n\n## Sources\n\nBlog\n');
  });

  it('escapes page text so it cannot open links, images or HTML', () => {
    const out = renderMarkdown(hostileBrief());
    // Every "[", "]", "<", ">" in the output is one the renderer chose, or escaped.
    const unescaped = out.replace(/\\./g, '').replace(/\*\*[^*]+:\*\*/g, '');
    expect(unescaped).not.toMatch(/[<>[\]]/);
    expect(out).toContain('\\[x\\](javascript:alert(1))');
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).not.toMatch(/(^|[^\\])\]\(/m);
    // A javascript: source url never becomes a link destination.
    expect(out.trimEnd().split('\n').at(-1)).toBe('Source task (Trello): \\<script\\>alert(1)\\</script\\>');
  });

  it('escapes markers that would start a block at the beginning of an item', () => {
    const sections = emptySections();
    sections.tools = '# not a heading\n> not a quote\n+ not a list\n= not a rule';
    expect(renderMarkdown({ title: 'T', category: 'other', sections })).toContain(
      '- \\# not a heading\n- \\> not a quote\n- \\+ not a list\n- \\= not a rule',
    );
    sections.why = '+ alone it would be a list';
    expect(renderMarkdown({ title: 'T', category: 'other', sections })).toContain('\n\\+ alone it would be a list\n');
    // A closing "#" run would be eaten by the heading.
    expect(renderMarkdown({ title: 'Fix issue #', category: 'other', sections }).startsWith('# Fix issue \\#\n')).toBe(true);
  });

  it('keeps emoji and RTL text', () => {
    const b = fullBrief({ title: 'مرحبا 🚀' });
    b.sections.outcome = '';
    expect(renderMarkdown(b).startsWith('# مرحبا 🚀\n')).toBe(true);
  });
});
