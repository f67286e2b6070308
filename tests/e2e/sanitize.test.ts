// DOMPurify with the project's policy, in real Chromium (the browser it is verified in): the
// sanitiser extension pages use before a brief goes into a web page. Bundled for the test
// with esbuild (installed with the build tools) and run in a blank page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await launch({ extension: false });
  const { outputFiles } = buildSync({
    stdin: {
      contents: `import { sanitizeHtml } from './utils/platform/sanitize/sanitize';
        import { renderEmailHtml } from './utils/core/render';
        import { fullBrief, hostileBrief } from './tests/unit/render/sample';
        window.__t = { sanitizeHtml, renderEmailHtml, briefs: [fullBrief(), hostileBrief()] };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  page = await h.context.newPage();
  await page.setContent('<!doctype html><title>t</title>');
  await page.addScriptTag({ content: outputFiles[0].text });
});
afterAll(async () => h?.close());

type T = { sanitizeHtml(html: string, o?: { allowStyle?: boolean }): string; renderEmailHtml(b: unknown): string; briefs: unknown[] };
const run = <R>(fn: (t: T) => R) => page.evaluate(`(${fn.toString()})(window.__t)`) as Promise<R>;

test('keeps the allowed formatting and safe links', async () => {
  const out = await run((t) => {
    const html = t.sanitizeHtml('<h1>T</h1><p>a <b>b</b> <em>c</em><br><a href="https://x.test/a">l</a> <a href="mailto:a@b.test">m</a></p><ul><li>1</li></ul>');
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    return { tags: [...body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()), hrefs: [...body.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
  });
  expect(out.tags).toEqual(['h1', 'p', 'b', 'em', 'br', 'a', 'a', 'ul', 'li']);
  expect(out.hrefs).toEqual(['https://x.test/a', 'mailto:a@b.test']);
});

test('strips scripts, handlers, unknown tags, classes, unsafe urls and directions', async () => {
  const out = await run((t) =>
    t.sanitizeHtml(
      '<div class="c" id="i" onclick="x()"><img src=x onerror=alert(1)><script>alert(2)</script><svg onload=alert(3)></svg>' +
        '<a href="javascript:alert(4)">j</a><a href="data:text/html,x">d</a><p dir="rtl">r</p><p dir="x onclick=y">q</p><p style="color:red">kept text</p></div>',
    ),
  );
  expect(out).not.toMatch(/<(img|script|svg|div)|on\w+=|class=|id=|style=|href=|alert\(2\)|dir="x/i);
  expect(out).toContain('<p dir="rtl">r</p>');
});

test('keeps inline styles only when asked, never ones that load anything; a brief passes unchanged', async () => {
  const out = await run((t) => {
    const html = '<p style="color:#888888;margin:0">a</p><p style="background:url(https://t.test/p.gif)">b</p>';
    const norm = (s: string) => new DOMParser().parseFromString(s, 'text/html').body.innerHTML;
    return {
      plain: t.sanitizeHtml(html),
      styled: t.sanitizeHtml(html, { allowStyle: true }),
      briefs: t.briefs.map((b) => {
        const rendered = t.renderEmailHtml(b);
        return norm(t.sanitizeHtml(rendered, { allowStyle: true })) === norm(rendered);
      }),
    };
  });
  expect(out.plain).toBe('<p>a</p><p>b</p>');
  expect(out.styled).toBe('<p style="color:#888888;margin:0">a</p><p>b</p>');
  expect(out.briefs).toEqual([true, true]);
});
