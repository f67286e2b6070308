// @vitest-environment happy-dom
// The allowlist sanitiser the Gmail content script ships. (DOMPurify, used by extension pages,
// is checked with the same policy in real Chromium: tests/e2e/sanitize.test.ts; its authors
// call it unsafe on emulated DOMs such as this one.)
import { describe, expect, it } from 'vitest';
import { renderEmailHtml } from '../../../utils/core/render';
import { allowlistSanitize } from '../../../utils/platform/sanitize/allowlist';
import { fullBrief, hostileBrief } from './sample';

const sanitizeHtml = (html: string, options: { allowStyle?: boolean } = {}) =>
  allowlistSanitize(window as unknown as Window & typeof globalThis, html, options.allowStyle === true);

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('allowlistSanitize', () => {
  it('keeps the allowed formatting and safe links', () => {
    const out = parse(
      sanitizeHtml(
        '<h1>T</h1><p>a <b>b</b> <em>c</em><br><a href="https://x.test/a">l</a> <a href="mailto:a@b.test">m</a></p>' +
          '<ul><li>1</li></ul><ol><li>2</li></ol><blockquote>q</blockquote><pre><code>x</code></pre>',
      ),
    );
    expect([...out.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())).toEqual([
      'h1', 'p', 'b', 'em', 'br', 'a', 'a', 'ul', 'li', 'ol', 'li', 'blockquote', 'pre', 'code',
    ]);
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://x.test/a',
      'mailto:a@b.test',
    ]);
  });

  it('strips scripts, handlers, unknown tags, classes, styles and unsafe urls', () => {
    const out = sanitizeHtml(
      '<div class="c" id="i" onclick="x()"><img src=x onerror=alert(1)><script>alert(2)</script>' +
        '<style>p{}</style><svg onload=alert(3)></svg><template><img src=x onerror=alert(6)></template><noscript>ns</noscript>' +
        '<a href="javascript:alert(4)">j</a><a href=" JaVaScRiPt:alert(5)">k</a><a href="data:text/html,x">d</a>' +
        '<a href="/relative">r</a><p style="color:red">kept text</p></div>',
    );
    expect(out).not.toMatch(/<(img|script|style|svg|template|noscript|div)|on\w+=|class=|id=|style=|href=|alert\(2\)/i);
    expect(parse(out).textContent).toBe('jkdrkept text');
  });

  it('keeps inline styles only when asked, and never ones that load or run anything', () => {
    const html = '<p style="color:#888888;margin:0">a</p><p style="background:url(https://t.test/p.gif)">b</p>';
    expect(sanitizeHtml(html)).toBe('<p>a</p><p>b</p>');
    expect(sanitizeHtml(html, { allowStyle: true })).toBe('<p style="color:#888888;margin:0">a</p><p>b</p>');
  });

  it('passes the brief renderer output through unchanged in structure and text', () => {
    for (const b of [fullBrief(), hostileBrief()]) {
      const html = renderEmailHtml(b);
      const clean = parse(sanitizeHtml(html, { allowStyle: true }));
      const original = parse(html);
      expect(clean.innerHTML).toBe(original.innerHTML);
    }
  });
});

it('flattens pathological nesting to text instead of recursing forever', () => {
  const deep = `${'<b>'.repeat(500)}deep<img src=x onerror=alert(1)>${'</b>'.repeat(500)}`;
  const out = sanitizeHtml(deep);
  expect(out).toContain('deep');
  expect(out).not.toMatch(/<img|onerror=/);
});
