// The extension speaks the browser's language: Chromium started in German shows German words,
// German dates and German numbers (1.080, not 1,080), while the brief itself stays in the task's language.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manyDrafts, seedDrafts } from '../many-drafts';
import { launch, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch({ lang: 'de' });
});
afterAll(async () => h?.close());

describe('in German', () => {
  test('the popup is German from its first paint, and a brief written there keeps the task’s English', async () => {
    const popup = await h.openPage('popup.html');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await popup.title()).toBe('Outcome Briefs');
    await expect.poll(() => popup.getByTestId('rewrite').textContent()).toBe('Als Ergebnis-Briefing umschreiben');
    expect(await popup.locator('label[for="task-input"]').textContent()).toBe('Aufgabe');
    expect(await popup.getByTestId('task-input').getAttribute('placeholder')).toBe('Diese Woche 3 Instagram-Beiträge posten');

    await popup.getByTestId('rewrite').click();
    expect(await popup.getByRole('alert').textContent()).toContain('Geben Sie zuerst eine Aufgabe ein');

    await popup.getByTestId('task-input').fill('Post 3 Instagram updates this week');
    await popup.getByTestId('rewrite').click();
    await popup.getByTestId('brief-outcome').waitFor();
    await expect.poll(() => popup.getByTestId('readiness').textContent(), { timeout: 10_000 }).toMatch(/^Fertig: \d+ von \d+ Abschnitten/);
    await expect.poll(() => popup.getByTestId('save-state').textContent()).toBe('Gespeichert');
    expect(await popup.getByTestId('copy-email').textContent()).toBe('Für E-Mail kopieren');
    expect(await popup.locator('label[for="popup-measure"]').textContent()).toBe('Messgröße');
    // The brief is the assistant's text, written in the task's language, not the browser's.
    expect(await popup.getByTestId('brief-outcome').inputValue()).toMatch(/Instagram/);
    expect(await popup.getByTestId('brief-outcome').inputValue()).not.toMatch(/[äöüß]|Beiträge/);

    // What the writer says about a brief is in German too, with the task's language named in German.
    await popup.getByRole('button', { name: 'Neues Briefing' }).click();
    await popup.getByTestId('task-input').fill('Aggiornare il sito web con i nuovi prezzi');
    await popup.getByTestId('rewrite').click();
    await expect.poll(() => popup.locator('p.notice[role="status"]').textContent()).toContain('Diese Aufgabe ist in Italienisch verfasst');
    await popup.close();
  });

  test('the drafts page shows German dates and numbers', async () => {
    const page = await h.openPage('drafts.html');
    await page.getByTestId('draft-row').first().waitFor();
    expect(await page.title()).toBe('Entwürfe · Outcome Briefs');
    expect(await page.getByTestId('tab-follow-ups').textContent()).toBe('Nachverfolgung');
    expect(await page.getByTestId('export-all').textContent()).toBe('Alle exportieren');
    // "30. Nov., 14:05": day, abbreviated German month, 24-hour time (Intl.DateTimeFormat in German).
    const when = await page.getByTestId('draft-row').first().locator('.hint').textContent();
    expect(when).toMatch(/\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.?, \d{2}:\d{2}$/);

    // 1,100 drafts, one in 50 in the trash: 1,078 listed, and the two written above: 1,080, with a German thousands separator.
    await seedDrafts(page, manyDrafts(1_100, 'de'));
    await page.reload();
    await expect.poll(() => page.locator('p.hint').filter({ hasText: 'Entwürfe' }).first().textContent(), { timeout: 30_000 }).toBe('1.080 Entwürfe');
    await page.close();
  });
});
