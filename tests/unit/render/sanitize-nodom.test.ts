import { expect, it } from 'vitest';
import { sanitizeHtml } from '../../../utils/platform/sanitize/sanitize';

it('returns an empty string where there is no DOM (background worker), never the raw HTML', () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  expect(sanitizeHtml('<img src=x onerror=alert(1)><p>hi</p>')).toBe('');
});
