// "Improve with on-device AI" in real Chromium, with a fake Prompt API (headless browsers have no
// model): the prompt and schema it is given, a good answer taken as one revision and marked for
// the owner to check, and every way an answer can fail leaving the rule-based brief as it was.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, tabIdOf, type Harness } from './harness';
import { fakeLanguageModel, fakeModelCalls, setFakeModel, type FakeModel } from './fake-language-model';
import { GOOD, rewriteInPopup, section, TASK } from './ai-helpers';

let h: Harness;
let control: Page;
const answerWith = (sections: Record<string, string>) => ({ sections });

beforeAll(async () => {
  h = await launch();
  await h.context.addInitScript(fakeLanguageModel);
  control = await h.openPage('welcome.html');
});
afterAll(async () => h?.close());

const saved = (page: Page) => page.waitForSelector('[data-testid="save-state"][data-state="saved"]');

async function settings(change: Record<string, unknown>) {
  await h.worker.evaluate(async (c) => {
    const { aiSettings } = await chrome.storage.local.get('aiSettings');
    await chrome.storage.local.set({ aiSettings: { ...(aiSettings ?? {}), ...c } });
  }, change);
}

async function model(m: FakeModel | null) {
  await setFakeModel(control, m);
}

const rewrite = (task = TASK) => rewriteInPopup(h, task);

/** Saved versions of the brief, counted on the drafts page's history. */
async function versions(title: string): Promise<number> {
  const page = await h.openPage('drafts.html');
  await page.getByTestId('draft-row').filter({ hasText: title }).first().getByRole('button', { name: title, exact: true }).click();
  await page.getByTestId('history').locator('summary').click();
  const n = Number(/\((\d+) versions?\)/.exec((await page.getByTestId('history').locator('summary').textContent()) ?? '')?.[1]);
  await page.close();
  return n;
}

describe('without a model there is no button', () => {
  test('absent when the browser has no LanguageModel, or its model is unavailable, and no endpoint is set', async () => {
    for (const m of [null, { absent: true }, { availability: 'unavailable' as const }]) {
      await model(m);
      const popup = await rewrite('Research competitor pricing');
      // The editor has fully settled (its checklist is there) and still no button.
      await popup.getByTestId('readiness').waitFor();
      await popup.waitForTimeout(300);
      expect(await popup.getByTestId('ai-improve').count(), JSON.stringify(m)).toBe(0);
      await popup.close();
    }
    const drafts = await h.openPage('drafts.html');
    await drafts.getByTestId('draft-row').first().getByRole('button').first().click();
    await drafts.getByTestId('brief-outcome').waitFor();
    await drafts.waitForTimeout(300);
    expect(await drafts.getByTestId('ai-improve').count()).toBe(0);
    await drafts.close();
  });
});

describe('with Chrome’s on-device model', () => {
  test('the model gets the task, the frame and a schema of the brief; its answer is one revision, marked to check, and can be undone', async () => {
    await model({ availability: 'available', answer: answerWith(GOOD) });
    const popup = await rewrite();
    const ruleOutcome = await section(popup, 'outcome').inputValue();
    // The owner checks every suggestion: the brief is theirs and ready before the model is asked.
    await popup.getByTestId('confirm-all').click();
    await saved(popup);
    expect(await popup.getByTestId('readiness').getAttribute('data-ready')).toBe('true');
    const before = await versions(TASK);

    await popup.bringToFront();
    await popup.getByTestId('ai-improve').click();
    const status = popup.getByTestId('ai-status');
    await status.and(popup.locator('[data-outcome="improved"]')).waitFor();
    expect(await status.textContent()).toMatch(/Improved with Chrome’s on-device AI: Outcome and Measure\. Each is marked “Suggested, check it” until you confirm it\./);
    expect(await status.getAttribute('data-changed')).toBe('outcome measure');
    expect(await section(popup, 'outcome').inputValue()).toBe(GOOD.outcome);
    expect(await section(popup, 'measure').inputValue()).toBe(GOOD.measure);
    // The model is not the owner: what it wrote waits for their confirmation.
    expect(await section(popup, 'outcome').getAttribute('data-suggested')).toBe('true');
    expect(await section(popup, 'measure').getAttribute('data-suggested')).toBe('true');
    expect(await section(popup, 'why').getAttribute('data-suggested')).toBeNull();
    expect(await popup.getByTestId('readiness').getAttribute('data-ready')).toBe('false');
    await saved(popup);
    expect(await versions(TASK)).toBe(before + 1);

    const calls = await fakeModelCalls(control);
    const create = calls.find((c) => c.call === 'create')!;
    expect(create.userActivation).toBe(true);
    expect(create.initialPrompts?.[0]).toMatchObject({ role: 'system' });
    expect(create.initialPrompts?.[0]?.content).toMatch(/outcome brief/);
    expect(create.expectedOutputs).toEqual([{ type: 'text', languages: ['en'] }]);
    const prompt = calls.find((c) => c.call === 'prompt')!;
    expect(prompt.input).toContain(TASK);
    expect(prompt.input).toContain('"object":"3 Instagram updates"');
    expect(prompt.input).toContain('"category":"social-media"');
    expect(prompt.hasSignal).toBe(true);
    const sections = prompt.schema!.properties.sections;
    // Sections the owner confirmed are theirs: the schema only offers the writer's own and empty ones.
    expect(Object.keys(sections.properties)).toEqual(expect.arrayContaining(['outcome', 'measure']));
    expect(Object.keys(sections.properties)).not.toContain('why');
    expect(Object.keys(sections.properties)).not.toContain('standards');
    expect(sections.additionalProperties).toBe(false);
    expect(sections.required).toEqual(Object.keys(sections.properties));
    expect(calls.some((c) => c.call === 'destroy')).toBe(true);

    await popup.getByTestId('ai-undo').click();
    await popup.getByTestId('ai-status').and(popup.locator('[data-outcome="undone"]')).waitFor();
    await expect.poll(() => section(popup, 'outcome').inputValue()).toBe(ruleOutcome);
    expect(await popup.getByTestId('readiness').getAttribute('data-ready')).toBe('true');
    expect(await versions(TASK)).toBe(before + 2);
    await popup.close();
  });

  const failures: [string, FakeModel, RegExp][] = [
    ['garbage', { availability: 'available', answer: 'Sure! Here is a better brief: post more often.' }, /Kept the rule-based brief because the model’s answer was not readable JSON\./],
    [
      'an answer that fails verify',
      { availability: 'available', answer: answerWith({ outcome: 'The 3 Instagram updates are live this week and reach 25,000 people.' }) },
      /Kept the rule-based brief because the model’s text failed the writer’s checks: Outcome: The number 25,000 is not in the task\./,
    ],
    ['a refusal', { availability: 'available', answer: answerWith({ outcome: 'I’m sorry, but I can’t help with that request.' }) }, /Kept the rule-based brief because the model declined to write it\./],
    ['no answer in time', { availability: 'available', hang: true }, /Kept the rule-based brief because the model did not answer within 1 second\./],
  ];
  for (const [what, fake, message] of failures) {
    test(`${what}: the rule-based brief stands, one status line says why, no revision is added`, async () => {
      await settings({ timeoutSeconds: 1 });
      await model(fake);
      const popup = await rewrite();
      const rule = await Promise.all(['outcome', 'measure', 'why'].map((k) => section(popup, k).inputValue()));
      const before = await versions(TASK);
      await popup.bringToFront();
      await popup.getByTestId('ai-improve').click();
      const status = popup.getByTestId('ai-status');
      await status.waitFor();
      expect(await status.getAttribute('data-outcome')).toBe('kept');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.textContent()).toMatch(message);
      expect(await popup.getByTestId('ai-error').count()).toBe(0);
      expect(await Promise.all(['outcome', 'measure', 'why'].map((k) => section(popup, k).inputValue()))).toEqual(rule);
      expect(await section(popup, 'outcome').getAttribute('data-suggested')).toBeNull();
      expect(await popup.getByTestId('ai-improve').isEnabled()).toBe(true);
      expect(await versions(TASK)).toBe(before);
      await popup.close();
      await settings({ timeoutSeconds: 60 });
    });
  }

  test('the model failing outright is an error in words (role="alert"), and the brief is unchanged', async () => {
    await model({ availability: 'available', throws: { name: 'NotSupportedError', message: 'The model could not process this input.' } });
    const popup = await rewrite();
    const rule = await section(popup, 'outcome').inputValue();
    await popup.getByTestId('ai-improve').click();
    const alert = popup.getByTestId('ai-error').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Chrome’s on-device model could not answer \(NotSupportedError: The model could not process this input\.\)\. The brief is unchanged\./);
    expect(await section(popup, 'outcome').inputValue()).toBe(rule);
    await popup.close();
  });

  test('a model still to download: the click starts it (create() in the user gesture) and shows its progress, then improves', async () => {
    await model({ availability: 'downloadable', stepMs: 500, answer: answerWith(GOOD) });
    const popup = await rewrite();
    const button = popup.getByTestId('ai-improve');
    expect(await button.textContent()).toBe('Improve with on-device AI');
    expect(await popup.getByTestId('ai-panel').textContent()).toMatch(/Chrome downloads its model first \(once\)/);
    await button.click();
    const progress = popup.getByTestId('ai-download-progress');
    await popup.waitForFunction(() => Number((document.querySelector('[data-testid="ai-download-progress"]') as HTMLProgressElement | null)?.value) === 0.4);
    expect(await popup.getByTestId('ai-download').textContent()).toMatch(/Downloading Chrome’s on-device model… 40%/);
    expect(await button.isDisabled()).toBe(true);
    await popup.getByTestId('ai-status').and(popup.locator('[data-outcome="improved"]')).waitFor();
    expect(await progress.count()).toBe(0);
    expect(await section(popup, 'outcome').inputValue()).toBe(GOOD.outcome);
    const create = (await fakeModelCalls(control)).find((c) => c.call === 'create')!;
    expect(create.userActivation).toBe(true);
    await popup.close();
  });

  test('“Improve every new brief”: a brief written in the popup or side panel is improved at once, without a click', async () => {
    await model({ availability: 'available', answer: answerWith(GOOD) });
    await settings({ auto: true });
    try {
      const popup = await rewrite();
      await popup.getByTestId('ai-status').and(popup.locator('[data-outcome="improved"]')).waitFor();
      expect(await section(popup, 'outcome').inputValue()).toBe(GOOD.outcome);
      await popup.close();
      // Reopening it later does not run the model again.
      await model({ availability: 'available', answer: answerWith(GOOD) });
      const again = await h.openPage('popup.html');
      await again.getByTestId('brief-outcome').waitFor();
      await again.getByTestId('ai-improve').waitFor();
      await again.waitForTimeout(500);
      expect((await fakeModelCalls(control)).filter((c) => c.call === 'prompt')).toEqual([]);
      await again.close();

      // The side panel too, for a task it writes a brief for the first time.
      await model({ availability: 'available', answer: answerWith({}) });
      const demo = await h.openPage('demo.html');
      const panel = await h.openPage(`sidepanel.html?tab=${await tabIdOf(h, demo)}`);
      await panel.getByTestId('task-row').first().waitFor();
      await panel.getByRole('button', { name: /^Write brief: / }).first().click();
      await panel.getByTestId('ai-status').waitFor();
      expect(await panel.getByTestId('ai-status').textContent()).toBe('Kept the rule-based brief because the model suggested no changes.');
      expect((await fakeModelCalls(control)).filter((c) => c.call === 'prompt')).toHaveLength(1);
      await panel.close();
      await demo.close();
    } finally {
      await settings({ auto: false });
    }
  });

  test('the drafts page editor offers it too', async () => {
    await model({ availability: 'available', answer: answerWith(GOOD) });
    const popup = await rewrite('Post 3 Instagram updates this week for the drafts page');
    await popup.close();
    const page = await h.openPage('drafts.html');
    const title = 'Post 3 Instagram updates this week for the drafts page';
    await page.getByTestId('draft-row').filter({ hasText: title }).getByRole('button', { name: title, exact: true }).click();
    await page.getByTestId('ai-improve').click();
    await page.getByTestId('ai-status').waitFor();
    expect(await page.getByTestId('ai-status').getAttribute('data-outcome')).toBe('improved');
    expect(await section(page, 'measure').inputValue()).toBe(GOOD.measure);
    await page.close();
  });

  test('the button, the status line and its section links pass axe in light and dark, and work from the keyboard', async () => {
    await model({ availability: 'available', answer: answerWith(GOOD) });
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await rewrite();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('ai-improve').focus();
      await popup.keyboard.press('Enter');
      await popup.getByTestId('ai-status').waitFor();
      const { violations } = await new AxeBuilder({ page: popup as never }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), scheme).toEqual([]);
      // A changed section's name in the status line takes the keyboard to that field.
      await popup.getByTestId('ai-status').getByRole('button', { name: 'Measure' }).click();
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-section'))).toBe('measure');
      await popup.close();
    }
  });
});
