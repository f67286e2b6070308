import { describe, expect, it } from 'vitest';
import { checkBrief, READY_SCORE, repeatsTask } from '../../../utils/core/checklist';
import { SECTION_GROUPS, emptySections, type Sections } from '../../../utils/core/model/sections';
import { rewriteTask } from '../../../utils/core/rewrite';

const full = (): Sections => ({
  outcome: 'The Instagram account grows steadily and stays on-brand',
  measure: '+10% followers a quarter',
  why: 'Customers find us on Instagram first',
  doneLooksLike: 'Three on-brand posts a week with fitting images',
  cadence: 'Three posts a week',
  deadlines: 'First posts live by Friday',
  standards: 'Brand guide tone: warm, clear, no jargon',
  never: 'Never post about politics',
  tools: 'Canva — team seat (https://canva.com)',
  sources: 'Blog posts and news updates',
  decideAlone: 'Jump on a trending hashtag without asking',
  informAfter: 'New post formats, told in the weekly report',
  proposeFirst: 'Paid promotion of any post',
  spendingLimit: '£50 a month',
  escalation: 'One problem, three options, one recommendation',
  reportWhat: 'Engagement and account growth figures',
  reportCadence: 'Weekly',
  reportChannel: 'Email',
  reportFormat: "Status, what changed, what's next, one artefact",
  checkIns: 'I review the first week, then the reports',
});
const title = 'Post 3 Instagram updates this week';
const kinds = (r: ReturnType<typeof checkBrief>) => r.flags.map((f) => f.kind);

describe('checkBrief', () => {
  it('marks an all-filled brief ready with every group done', () => {
    const r = checkBrief({ title, sections: full() });
    expect(r.total).toBe(SECTION_GROUPS.length);
    expect(r.total).toBe(10);
    expect(r.done).toBe(10);
    expect(r.groups.map((g) => g.id)).toEqual(SECTION_GROUPS.map((g) => g.id));
    expect(r.groups.every((g) => g.state === 'done')).toBe(true);
    expect(r.score).toBe(100);
    expect(r.flags).toEqual([]);
    expect(r.ready).toBe(true);
  });

  it('is not ready without an outcome, and says there is no result', () => {
    const r = checkBrief({ title, sections: { ...full(), outcome: '' } });
    expect(r.ready).toBe(false);
    expect(r.groups.find((g) => g.id === 'outcome')?.state).toBe('weak'); // the measure is still there
    expect(kinds(r)).toContain('no-result');
    expect(r.done).toBe(9);
  });

  it('counts missing and weak groups and lowers the score', () => {
    const s = { ...full(), outcome: '', measure: '', tools: '', why: 'TBD', checkIns: 'ok' };
    const r = checkBrief({ title, sections: s });
    const state = (id: string) => r.groups.find((g) => g.id === id)?.state;
    expect(state('outcome')).toBe('missing');
    expect(state('tools')).toBe('missing');
    expect(state('why')).toBe('weak');
    expect(state('checkins')).toBe('weak');
    expect(r.done).toBe(6);
    expect(r.done).toBe(r.groups.filter((g) => g.state === 'done').length);
    expect(r.score).toBe(100 - 20 - 8 - 4 - 4);
    expect(kinds(r)).toEqual(expect.arrayContaining(['no-result', 'no-measure', 'no-tools']));
  });

  it.each([
    ['exactly', 'standards', 'Use exactly these hashtags'],
    ['ask me before', 'proposeFirst', 'Ask me before you post anything'],
    ['check with me before', 'escalation', 'Check with me before every reply'],
    ['step by step', 'doneLooksLike', 'Follow the guide step by step'],
    ['run everything by me', 'decideAlone', 'Run everything by me first'],
  ])('flags micromanagement: %s', (phrase, key, text) => {
    const r = checkBrief({ title, sections: { ...full(), [key]: text } });
    const flag = r.flags.find((f) => f.kind === 'micromanagement');
    expect(flag?.message).toContain(phrase);
    expect(r.ready).toBe(false);
  });

  it('flags numbered step lists, on separate lines or inline', () => {
    const lines = checkBrief({ title, sections: { ...full(), doneLooksLike: '1. Open Canva\n2. Pick the template\n3. Export' } });
    expect(kinds(lines)).toContain('micromanagement');
    expect(lines.flags[0]?.message).toMatch(/numbered steps/);
    const inline = checkBrief({ title, sections: { ...full(), why: '1. open the app 2. click post' } });
    expect(kinds(inline)).toContain('micromanagement');
    const single = checkBrief({ title, sections: { ...full(), why: '1. Customers find us on Instagram' } });
    expect(kinds(single)).not.toContain('micromanagement');
  });

  it('flags an outcome that only repeats the task', () => {
    const r = checkBrief({ title, sections: { ...full(), outcome: 'post 3 Instagram updates, this week!' } });
    expect(kinds(r)).toContain('repeats-task');
    expect(r.groups.find((g) => g.id === 'outcome')?.state).toBe('weak');
    expect(r.ready).toBe(false);
    expect(repeatsTask('Book dentist', 'Dentist booked and confirmed')).toBe(false);
    expect(repeatsTask('Book dentist', 'Book the dentist')).toBe(true);
  });

  it('needs reporting agreed: what and how often', () => {
    const r = checkBrief({ title, sections: { ...full(), reportCadence: '' } });
    expect(r.groups.find((g) => g.id === 'reporting')?.state).toBe('weak');
    expect(kinds(r)).toContain('no-reporting');
    expect(r.ready).toBe(false);
    expect(r.score).toBeGreaterThanOrEqual(READY_SCORE);
  });

  it('reports an empty brief as all missing and not ready', () => {
    const r = checkBrief({ title: '', sections: emptySections() });
    expect(r.done).toBe(0);
    expect(r.score).toBe(0);
    expect(r.groups.every((g) => g.state === 'missing')).toBe(true);
    expect(kinds(r)).toEqual(expect.arrayContaining(['no-result', 'no-measure', 'no-tools', 'no-reporting']));
    expect(r.ready).toBe(false);
  });

  it('does not flag the rewrite engine’s own defaults as micromanagement', () => {
    for (const t of ['Post 3 Instagram updates this week', 'Research competitor pricing', 'Update CRM', 'Transcribe podcast', 'Prepare Q3 report', 'Hire a VA', 'Book dentist']) {
      const out = rewriteTask({ title: t });
      const r = checkBrief({ title: out.title, sections: out.sections });
      expect(kinds(r)).not.toContain('micromanagement');
      expect(kinds(r)).not.toContain('repeats-task');
      expect(r.groups.find((g) => g.id === 'outcome')?.state).toBe('done');
    }
  });

  it('stays fast on huge sections', () => {
    const big = `${'1. '.repeat(6_000)}exactly`;
    const start = performance.now();
    checkBrief({ title: big, sections: { ...full(), why: big, never: ' '.repeat(20_000) } });
    expect(performance.now() - start).toBeLessThan(50);
  });
});
