// @vitest-environment happy-dom
// Every payload of the XSS corpus, as the title, in every section, and as the source task's
// title and url, through every output format. A payload may change the text of the output,
// never its structure: the HTML has exactly the elements and attributes a benign brief of the
// same shape has, Markdown has the same blocks and no live link or tag, plain text no tags.
import { describe, expect, it } from 'vitest';
import { SECTION_KEYS, type Sections } from '../../../utils/core/model/sections';
import { emailSubject, renderEmailHtml, renderMarkdown, renderText, SUBJECT_MAX, type RenderableBrief } from '../../../utils/core/render';
import { asOneLine, withoutNul, XSS_PAYLOADS } from '../../xss-corpus';

// What renderEmailHtml is written to emit (utils/render/email-html.ts), nothing else.
const HTML_TAGS = new Set(['H2', 'H3', 'P', 'STRONG', 'BR', 'UL', 'LI', 'A']);
const ACTIVE = 'script, iframe, object, embed, style, img, svg, math, form, input, textarea, base, meta, link, details, noscript, template';
const PLACEHOLDER = 'Benign placeholder text';

const sectionsOf = (value: string): Sections =>
  Object.fromEntries(SECTION_KEYS.map((k) => [k, value])) as Sections;

type Variant = 'title only' | 'every section' | 'multi-line sections' | 'source title, bad url' | 'source url query';

/** The same brief shape with the payload in a chosen place. */
function brief(variant: Variant, p: string): RenderableBrief {
  const plain = sectionsOf('');
  switch (variant) {
    case 'title only':
      return { title: p, category: 'other', sections: plain };
    case 'every section':
      return { title: p, category: 'other', sections: sectionsOf(p), source: { title: p, source: 'trello' } };
    case 'multi-line sections':
      return { title: p, category: 'social-media', sections: sectionsOf(`${p}\n- ${p}\n${p}`) };
    case 'source title, bad url':
      // The payload as the url too: not an http(s) URL, so no link may come of it.
      return { title: 'Task', category: 'reports', sections: plain, source: { url: p, title: p, source: 'asana' } };
    case 'source url query':
      return {
        title: 'Task',
        category: 'reports',
        sections: plain,
        source: { url: `https://trello.com/c/Ab12Cd01/1-x?q=${p}#${p}`, title: p, source: 'trello' },
      };
  }
}
const VARIANTS: Variant[] = ['title only', 'every section', 'multi-line sections', 'source title, bad url', 'source url query'];

const parseBody = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;

/** Tag and attribute names in document order: the structure, without the text. */
const skeleton = (body: HTMLElement) =>
  Array.from(body.querySelectorAll('*'), (el) => `${el.tagName}[${el.getAttributeNames().sort().join(',')}]`);

const lines = (p: string) => p.split(/\r?\n/).map((l) => asOneLine(withoutNul(l))).filter(Boolean);
const collapsed = (s: string) => asOneLine(withoutNul(s));

describe('renderers with hostile text', () => {
  for (const variant of VARIANTS) {
    describe(variant, () => {
      for (const { name, text: p } of XSS_PAYLOADS) {
        // The same brief with benign text of the same line structure: what the output must look like.
        const benign = brief(variant, p.split(/\r?\n/).map((l) => (l.trim() ? PLACEHOLDER : '')).join('\n'));
        const benignHtml = renderEmailHtml(benign);
        const benignStyles = new Set(Array.from(parseBody(benignHtml).querySelectorAll('[style]'), (e) => e.getAttribute('style')));
        const benignMd = renderMarkdown(benign);
        const benignText = renderText(benign);

        it(`${name}: HTML has the benign structure, no active content, the payload as text`, () => {
          const html = renderEmailHtml(brief(variant, p));
          const body = parseBody(html);
          // Well-formed: parsing and re-serialising is stable, and the structure is the benign one.
          expect(parseBody(body.innerHTML).innerHTML).toBe(body.innerHTML);
          expect(skeleton(body)).toEqual(skeleton(parseBody(benignHtml)));
          for (const el of body.querySelectorAll('*')) {
            expect(HTML_TAGS.has(el.tagName), el.tagName).toBe(true);
            for (const attr of el.getAttributeNames()) {
              expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
              expect(attr === 'style' || (attr === 'dir' && el.getAttribute('dir') === 'auto') || (attr === 'href' && el.tagName === 'A'), `${el.tagName} ${attr}`).toBe(true);
            }
            const style = el.getAttribute('style');
            if (style !== null) expect(benignStyles.has(style), style).toBe(true);
          }
          expect(body.querySelector(ACTIVE)).toBeNull();
          for (const a of body.querySelectorAll('a')) {
            const href = a.getAttribute('href')!;
            expect(href).toMatch(/^https:\/\/trello\.com\//);
            expect(new URL(href).protocol).toBe('https:');
            // A parsed URL: quotes and brackets percent-encoded (a "'" may stay in a fragment; the
            // attribute is double-quoted and escaped, and the structure check shows it stays inside).
            expect(href).toBe(new URL(href).href);
            expect(href).not.toMatch(/[\s"<>]/);
          }
          const shown = collapsed(body.textContent ?? '');
          for (const line of lines(p)) expect(shown).toContain(line);
          if (variant === 'title only' || variant === 'every section') {
            expect(collapsed(body.querySelector('h2')?.textContent ?? '')).toBe(collapsed(p));
          }
          if (variant.startsWith('source')) {
            expect(collapsed(body.lastElementChild?.textContent ?? '')).toContain(`Source task`);
            expect(collapsed(body.lastElementChild?.textContent ?? '')).toContain(collapsed(p));
          }
        });

        it(`${name}: Markdown has the benign blocks and no live tag or link`, () => {
          const md = renderMarkdown(brief(variant, p));
          const marker = (l: string) => l.match(/^(#+ |- |\*\*[^*]+:\*\*|---$|Source task)/)?.[0] ?? '';
          expect(md.split('\n').map(marker)).toEqual(benignMd.split('\n').map(marker));
          // Drop escaped characters and the renderer's one link destination: no "<", ">" or "](" is left.
          const bare = md.replace(/\\[\s\S]/g, '').replace(/\]\(<https:\/\/[^\s<>]*>\)/g, '');
          expect(bare).not.toMatch(/[<>]/);
          expect(bare).not.toContain('](');
          // "\\](javascript:" is an escaped bracket, shown as text; an unescaped one would be a link.
          expect(bare.toLowerCase()).not.toMatch(/\]\(\s*<?\s*(javascript|data|vbscript):/);
          // Unescaping gives every line of the payload back.
          const unescaped = collapsed(md.replace(/\\([\s\S])/g, '$1'));
          for (const line of lines(p)) expect(unescaped).toContain(line);
        });

        it(`${name}: plain text has the benign lines and no tags of its own`, () => {
          const text = renderText(brief(variant, p));
          expect(text.split('\n').length).toBe(benignText.split('\n').length);
          let rest = withoutNul(text);
          for (const line of [...lines(p), collapsed(p)].sort((a, b) => b.length - a.length)) rest = rest.split(line).join('');
          expect(withoutNul(rest).replace(/\s+/g, ' ')).not.toMatch(/<|>/);
          for (const line of lines(p)) expect(collapsed(text)).toContain(line);
        });

        it(`${name}: the subject is one bounded line`, () => {
          const subject = emailSubject(brief(variant, p));
          expect(subject).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
          expect(Array.from(subject).length).toBeLessThanOrEqual(SUBJECT_MAX);
          expect(subject.startsWith('Outcome: ') || subject === 'Outcome brief').toBe(true);
        });
      }
    });
  }
});

