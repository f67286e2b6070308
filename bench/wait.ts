import type { Page } from 'playwright-core';

/**
 * performance.now() in the page at the first DOM change after which `count(selector) >= n`,
 * watched with a MutationObserver inside the page (Playwright's waitForFunction has no
 * mutation polling any more, and raf polling would round to a frame).
 */
export function timeUntilCount(page: Page, selector: string, n: number, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(
    ({ selector, n, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const ok = () => document.querySelectorAll(selector).length >= n;
        if (ok()) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (!ok()) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector}: fewer than ${n} after ${timeoutMs} ms`));
        }, timeoutMs);
      }),
    { selector, n, timeoutMs },
  );
}
