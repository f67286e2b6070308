// Honest readiness: a section of the writer's generic suggestions counts once the owner confirms
// it; a pending how-instruction or an outcome that fails the text checks keeps a brief from ready.
import { describe, expect, it } from 'vitest';
import { checkBrief } from '../../../utils/core/checklist';
import { resolveInstruction } from '../../../utils/core/checklist/actions';
import { confirmAll, confirmSection, editSection } from '../../../utils/core/checklist/section-edits';
import { newBrief } from '../../../utils/core/brief-factory';
import type { Brief } from '../../../utils/core/model/brief';
import { mergeBriefs } from '../../../utils/core/merge';

const apply = (b: Brief, patch: Omit<Partial<Brief>, 'sections'> & { sections?: Partial<Brief['sections']> }): Brief => ({
  ...b,
  ...patch,
  sections: { ...b.sections, ...patch.sections },
});
const brief = (title: string): Brief => newBrief(title, { now: 1, id: 'b1' }).brief;

describe('readiness', () => {
  it('a fresh brief with generic suggestions is not ready until they are confirmed', () => {
    let b = brief('Log the 80 mileage slips in FreeAgent by the 5th');
    let check = checkBrief(b);
    expect(check.suggested.length).toBeGreaterThan(0);
    expect(check.groups.some((g) => g.state === 'suggested')).toBe(true);
    expect(check.flags.map((f) => f.kind)).toContain('suggested');
    expect(check.ready).toBe(false);
    b = apply(b, confirmAll());
    check = checkBrief(b);
    expect(check.suggested).toEqual([]);
    expect(check.ready).toBe(true);
  });

  it('confirming or editing one section takes only that section off the list', () => {
    const b = brief('Research competitor pricing');
    const [first, second] = b.suggested!;
    expect(first).toBeDefined();
    expect(apply(b, confirmSection(b, first!)).suggested).not.toContain(first);
    const edited = apply(b, editSection(b, second!, 'My own words for this section'));
    expect(edited.suggested).not.toContain(second);
    expect(edited.sections[second!]).toBe('My own words for this section');
    expect(edited.suggested).toContain(first);
  });

  it('a task-specific outcome is not a suggestion; a guessed one is', () => {
    expect(brief('Log the 80 mileage slips in FreeAgent by the 5th').suggested).not.toContain('outcome');
    expect(brief('FB ads').suggested).toContain('outcome');
  });

  it('pending how-instructions keep a brief from ready, and each choice lands where it says', () => {
    let b = brief('Tweet every weekday at 8:15 sharp, only our navy template, run each one past me');
    b = apply(b, confirmAll());
    expect(b.instructions?.map((i) => i.kind)).toEqual(['time', 'setting', 'approval']);
    expect(checkBrief(b).ready).toBe(false);
    const standards = b.sections.standards;
    b = apply(b, resolveInstruction(b, 1, 'standard'));
    expect(b.sections.standards).toBe(`${standards}\nOnly our navy template`);
    b = apply(b, resolveInstruction(b, 1, 'propose'));
    expect(b.sections.proposeFirst).toMatch(/Show me the first posts before they go out/);
    b = apply(b, resolveInstruction(b, 0, 'drop'));
    expect(b.instructions).toEqual([]);
    expect(b.sections.outcome).not.toMatch(/8:15/);
    expect(checkBrief(b).ready).toBe(true);
  });

  it('an older draft (no suggestions tracked) is judged on its text, and its title instructions are offered', () => {
    const { suggested: _s, instructions: _i, ...old } = brief('Post on Facebook at exactly 7:45 every morning');
    const check = checkBrief(old);
    expect(check.suggested).toEqual([]);
    expect(check.instructions.length).toBe(1);
    expect(check.ready).toBe(false);
    const settled = apply(old as Brief, resolveInstruction(old as Brief, 0, 'drop'));
    expect(settled.instructions).toEqual([]);
    expect(checkBrief(settled).instructions).toEqual([]);
  });

  it('an outcome that is still a question, or holds a placeholder, is never ready', () => {
    const b = apply(brief('Research competitor pricing'), confirmAll());
    expect(checkBrief(b).ready).toBe(true);
    for (const outcome of ['Who are our main competitors and what do they charge?', 'The summary is ready by TBD.', 'Pricing is is compared.']) {
      const check = checkBrief(apply(b, { sections: { outcome } }));
      expect(check.ready).toBe(false);
      expect(check.flags.some((f) => f.kind === 'text')).toBe(true);
    }
  });

  it('two views confirming different sections both keep their confirmations', () => {
    const base = brief('Research competitor pricing');
    const [a, b] = base.suggested!;
    const mine = apply(base, confirmSection(base, a!));
    const theirs = apply(base, confirmSection(base, b!));
    const { merged, conflicts } = mergeBriefs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.suggested).not.toContain(a);
    expect(merged.suggested).not.toContain(b);
    expect(merged.suggested!.length).toBe(base.suggested!.length - 2);
  });
});
