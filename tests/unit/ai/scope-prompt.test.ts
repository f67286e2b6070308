import { describe, expect, test } from 'vitest';
import { buildPrompt, compactFrame, presetsForModel, SYSTEM_PROMPT } from '../../../utils/core/ai/prompt';
import { scopeOf, taskOfBrief } from '../../../utils/core/ai/scope';
import { rewriteTask } from '../../../utils/core/rewrite';
import { briefFor, card, presets } from './fixtures';

const setup = (edit?: (b: ReturnType<typeof briefFor>['brief']) => void) => {
  const { brief } = briefFor();
  edit?.(brief);
  const { input, sent } = taskOfBrief(brief);
  const rule = rewriteTask(input, presets);
  return { brief, sent, rule, scope: scopeOf(brief, rule, presets) };
};

describe('what the model may rewrite', () => {
  test('a fresh rule brief: everything but the sections carrying the owner’s presets', () => {
    const { scope } = setup();
    expect(scope.owner).toEqual(['standards', 'spendingLimit', 'reportCadence']);
    expect(scope.open).toContain('outcome');
    expect(scope.open).toContain('measure');
    expect(scope.open).toContain('why');
    expect(scope.open).toContain('cadence');
  });

  test('a section the owner edited, or confirmed, is theirs', () => {
    const { scope } = setup((b) => {
      b.sections.outcome = 'Our Instagram shows this week’s bakes, three times.';
      b.suggested = (b.suggested ?? []).filter((k) => k !== 'why');
    });
    expect(scope.owner).toEqual(expect.arrayContaining(['outcome', 'why']));
    expect(scope.open).not.toContain('outcome');
    expect(scope.open).not.toContain('why');
  });

  test('a section the model improved earlier stays open while it is still a suggestion', () => {
    const { scope } = setup((b) => {
      b.sections.measure = 'Three posts, each with reach noted';
      b.suggested = [...(b.suggested ?? []), 'measure'];
    });
    expect(scope.open).toContain('measure');
  });

  test('an old draft (no suggestions recorded) counts as the owner’s text: only empty sections are open', () => {
    const { scope, brief } = setup((b) => delete b.suggested);
    for (const key of scope.open) expect(brief.sections[key], key).not.toMatch(/\S/);
  });
});

describe('the prompt', () => {
  test('sends the task, the frame, the presets and this brief; never the address, the people or the assistants', () => {
    const { brief, sent, rule, scope } = setup();
    const { system, user } = buildPrompt({ task: sent, frame: rule.frame, presets, sections: brief.sections, scope });
    expect(system).toBe(SYSTEM_PROMPT);
    expect(user).toContain('Post 3 Instagram updates this week');
    expect(user).toContain('Use the new product photos.');
    expect(user).toContain('Cinnamon buns');
    expect(user).toContain('"quantities":[{"text":"3","n":3,"of":"Instagram updates"}]');
    expect(user).toContain('Warm, plain words');
    expect(user).toContain(JSON.stringify(brief.sections.outcome));
    expect(user).toMatch(/^- outcome \(Outcome\): What is true when this is done/m);
    expect(user).toContain('Do not change these sections; the owner wrote them: standards, spendingLimit, reportCadence.');
    expect(user).toContain('The outcome must keep the words “3 Instagram updates”.');
    for (const secret of [card.url!, 'ana@example.com', 'Ana Lima', 'Marketing']) expect(user).not.toContain(secret);
  });

  test('the frame is sent without its empty fields, and the presets without the assistants', () => {
    const { rule } = setup();
    const compact = compactFrame(rule.frame);
    expect(compact).not.toHaveProperty('version');
    expect(compact).not.toHaveProperty('tools');
    expect(compact).not.toHaveProperty('urgent');
    expect(compact).toMatchObject({ object: '3 Instagram updates', category: 'social-media' });
    expect(presetsForModel(presets)).toEqual({ standards: presets.standards, spendingLimit: presets.spendingLimit, reportCadence: presets.reportCadence });
  });

  test('a German task asks for German', () => {
    const { brief } = briefFor('Rechnungen bis Freitag in DATEV erfassen', undefined);
    const { input, sent } = taskOfBrief(brief);
    const rule = rewriteTask(input);
    const { user } = buildPrompt({ task: sent, frame: rule.frame, sections: brief.sections, scope: scopeOf(brief, rule) });
    expect(user).toContain('Rewrite these sections, in German,');
  });
});
