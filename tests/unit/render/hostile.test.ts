// @vitest-environment happy-dom
// Hostile page text must come out inert in every format the brief is sent in.
import { describe, expect, it } from 'vitest';
import { renderEmailHtml, renderMarkdown, renderText, emailSubject } from '../../../utils/core/render';
import { HOSTILE, hostileBrief } from './sample';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const ALLOWED_TAGS = new Set(['H2', 'H3', 'P', 'STRONG', 'BR', 'UL', 'LI', 'A']);

describe('hostile input', () => {
  it('HTML: shows the payloads as text and creates no active content', () => {
    const body = parse(renderEmailHtml(hostileBrief()));
    for (const payload of HOSTILE) expect(body.textContent).toContain(payload);
    for (const el of body.querySelectorAll('*')) {
      expect(ALLOWED_TAGS.has(el.tagName), el.tagName).toBe(true);
      for (const name of el.getAttributeNames()) {
        expect(name === 'style' || (name === 'dir' && el.getAttribute('dir') === 'auto') || (name === 'href' && el.tagName === 'A'), `${el.tagName} ${name}`).toBe(true);
      }
    }
    expect(body.querySelector('script, style, img, svg, [class], [id]')).toBeNull();
    // The javascript: source url is dropped, so no link at all is produced.
    expect(body.querySelector('a')).toBeNull();
    expect(body.querySelector('p')?.textContent).toContain('Category: Other work');
  });

  it('Markdown and text: payloads survive as text, nothing renders them', () => {
    const md = renderMarkdown(hostileBrief());
    const text = renderText(hostileBrief());
    for (const payload of HOSTILE) {
      expect(text).toContain(payload);
      // Unescaping the backslashes gives the payload back: it is only escaped, never altered.
      expect(md.replace(/\\(.)/g, '$1')).toContain(payload);
    }
    expect(md).not.toMatch(/(^|[^\\])<(?!https:)/m);
    expect(md).not.toMatch(/(^|[^\\])\]\(/m);
  });

  it('subject: one line, bounded', () => {
    const b = hostileBrief();
    b.sections.outcome = `${HOSTILE.join('\r\n')}\n`.repeat(20);
    const s = emailSubject(b);
    expect(s).not.toMatch(/[\r\n]/);
    expect(s.length).toBeLessThanOrEqual(120);
  });
});
