import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: [string, unknown][] = [];
const action: Record<string, ((d: unknown) => Promise<void>) | undefined> = {};
vi.mock('wxt/browser', () => ({ browser: { action } }));
const { BADGE_COLORS, setBadge } = await import('../../../utils/platform/badge');

const channel = (hex: string, i: number) => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('badge style', () => {
  it('every tone is legible: text on background meets WCAG AA (4.5:1)', () => {
    for (const [tone, { background, text }] of Object.entries(BADGE_COLORS)) {
      expect(contrast(background, text), tone).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('tones are told apart by colour', () => {
    const backgrounds = Object.values(BADGE_COLORS).map((c) => c.background);
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });

  it('no code sets a badge colour except through the badge module', () => {
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    const offenders = ['utils', 'components', 'entrypoints']
      .flatMap((d) => walk(d))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(join('platform', 'badge.ts')))
      .filter((f) => /setBadge(Background|Text)Color/.test(readFileSync(f, 'utf8')))
      .map((f) => relative('.', f));
    expect(offenders).toEqual([]);
  });
});

describe('setBadge', () => {
  beforeEach(() => {
    calls.length = 0;
    for (const name of ['setBadgeBackgroundColor', 'setBadgeTextColor', 'setBadgeText']) {
      action[name] = async (d: unknown) => void calls.push([name, d]);
    }
  });

  it('sets the tone colours before the text, for one tab', async () => {
    await setBadge('3', 'overdue', 7);
    expect(calls).toEqual([
      ['setBadgeBackgroundColor', { tabId: 7, color: BADGE_COLORS.overdue.background }],
      ['setBadgeTextColor', { tabId: 7, color: BADGE_COLORS.overdue.text }],
      ['setBadgeText', { tabId: 7, text: '3' }],
    ]);
  });

  it('still shows the badge where the browser cannot colour its text', async () => {
    action.setBadgeTextColor = undefined;
    await setBadge('!', 'problem');
    expect(calls.map(([name]) => name)).toEqual(['setBadgeBackgroundColor', 'setBadgeText']);
    action.setBadgeTextColor = () => Promise.reject(new Error('not supported'));
    await expect(setBadge('✓', 'done')).resolves.toBeUndefined();
  });
});

describe('clearTabBadge', () => {
  beforeEach(() => {
    calls.length = 0;
    for (const name of ['setBadgeBackgroundColor', 'setBadgeTextColor', 'setBadgeText', 'setTitle']) {
      action[name] = async (d: unknown) => void calls.push([name, d]);
    }
    action.getTitle = (async () => 'Outcome Briefs: 2 reports overdue') as unknown as (d: unknown) => Promise<void>;
  });

  it('hands the tab back the shared overdue badge instead of blanking it', async () => {
    const { clearTabBadge } = await import('../../../utils/platform/badge');
    await clearTabBadge(7);
    expect(calls).toContainEqual(['setBadgeText', { tabId: 7, text: null }]);
    expect(calls).toContainEqual(['setBadgeBackgroundColor', { tabId: 7, color: BADGE_COLORS.overdue.background }]);
    expect(calls).toContainEqual(['setTitle', { tabId: 7, title: 'Outcome Briefs: 2 reports overdue' }]);
  });
});
