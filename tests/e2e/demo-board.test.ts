// The demo board as a person sees it: labels are chips, each its own coloured block.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, tabIdOf, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

test('labels render as separate coloured chips, not run-on text', async () => {
  const page = await h.openPage('demo.html');
  const card = page.getByTestId('trello-card').filter({ hasText: 'Subtitle the sourdough masterclass video' });
  const chips = await card.getByTestId('card-front-label').evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { text: el.textContent, bg: s.backgroundColor, radius: parseFloat(s.borderTopLeftRadius), left: r.left, right: r.right, top: r.top };
    }),
  );
  expect(chips.map((c) => c.text)).toEqual(['Transcription', 'Social media']);
  for (const c of chips) {
    expect(c.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(c.radius).toBeGreaterThan(0);
  }
  // Two chips with their own colours, side by side with a gap between them.
  expect(chips[0].bg).not.toBe(chips[1].bg);
  expect(chips[1].top).toBe(chips[0].top);
  expect(chips[1].left - chips[0].right).toBeGreaterThanOrEqual(2);

  // The open card shows the same chips.
  await page.goto(`${page.url()}#/c/bsb13trn/subtitle`);
  const back = await page.locator('#demo-card').getByTestId('card-label').evaluateAll((els) =>
    els.map((el) => [el.textContent, getComputedStyle(el).backgroundColor]),
  );
  expect(back).toEqual(chips.map((c) => [c.text, c.bg]));
  await page.close();
});

test('cards the owner labelled “Eliminate?” are suggested for elimination in the side panel', async () => {
  const page = await h.openPage('demo.html');
  const panel = await h.openPage(`sidepanel.html?tab=${await tabIdOf(h, page)}`);
  await panel.getByTestId('task-row').first().waitFor();
  for (const title of ['Reformat the 2019 flyer archive nobody opens', 'Reply-all thank-yous on the supplier newsletter']) {
    const row = panel.getByTestId('task-row').filter({ has: panel.getByTestId('task-title').getByText(title, { exact: true }) });
    expect(await row.getAttribute('data-triage')).toBe('eliminate');
  }
  await panel.close();
  await page.close();
});
