// The grader's own tests: a hand-written model brief passes every check, and each kind of defect
// the rubric names is caught. A grader that cannot fail would make `npm run eval` meaningless.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entrySchema, type Entry } from './corpus';
import { dateCore, fluency, grade, moneyCore, type BriefUnderTest } from './grader';

interface Example {
  task: Omit<Entry, 'expect'> & { expect: Entry['expect'] };
  brief: Record<string, string>;
  instructions?: string[];
}
const examples = JSON.parse(readFileSync(new URL('./examples/model-briefs.json', import.meta.url), 'utf8')) as Example[];

const under = (sections: Record<string, string>, extra: Partial<BriefUnderTest> = {}, category = 'other'): BriefUnderTest => ({
  category,
  triage: 'delegate',
  sections,
  ready: false,
  instructions: [],
  suggested: [],
  ...extra,
});

const entry = (e: Partial<Entry> & Pick<Entry, 'title'>): Entry =>
  entrySchema.parse({ id: 't999', styles: ['plain'], language: 'en', category: 'other', expect: {}, ...e });

describe('grader: model briefs pass', () => {
  it.each(examples.map((x) => [x.task.title, x] as const))('%s', (_t, x) => {
    const e = entrySchema.parse(x.task);
    const g = grade(e, under(x.brief, { instructions: x.instructions ?? [] }, e.category));
    expect(g.failures).toEqual([]);
    expect(g.outcomeOk).toBe(true);
    expect(g.garbled).toBe(false);
  });
});

describe('grader: catches each defect', () => {
  const e = entry({ title: 'Log the 80 mileage slips in FreeAgent by the 5th', category: 'data-entry', expect: { object: ['mileage slips'], quantities: ['80'], dates: ['by the 5th'], tools: ['FreeAgent'] } });
  const good = examples[0]!.brief;
  const failed = (sections: Record<string, string>, extra: Partial<BriefUnderTest> = {}, category = 'data-entry') =>
    grade(e, under({ ...good, ...sections }, extra, category)).failures.map((f) => f.split(':')[0]);

  it('a wrong category', () => expect(failed({}, {}, 'reports')).toEqual(['category']));
  it('an outcome that is the task reworded or an instruction', () => {
    expect(failed({ outcome: 'Log the 80 mileage slips in FreeAgent.' })).toContain('result');
    expect(failed({ outcome: 'Mileage slips logged in FreeAgent 80 5th.' })).toContain('result');
  });
  it('the plain fallback is not counted as a result', () => {
    expect(failed({ outcome: 'What “Log the 80 mileage slips” asks for is done, and the result is confirmed to me in writing.' })).toContain('result');
  });
  it('a lost object, an invented number or name', () => {
    expect(failed({ outcome: 'All 80 slips are in FreeAgent by the 5th.' })).toContain('faithful');
    expect(failed({ outcome: 'All 90 mileage slips are in FreeAgent by the 5th.' })).toContain('invented');
    expect(failed({ outcome: 'All 80 mileage slips are in Xero by the 5th.' })).toContain('invented');
  });
  it('text defects: question, doubled and dangling words, placeholders, ids, welded languages, capitals', () => {
    for (const outcome of [
      'Are all 80 mileage slips in FreeAgent by the 5th?',
      'All 80 mileage slips are are in FreeAgent by the 5th.',
      'All 80 mileage slips are in FreeAgent by the 5th with.',
      'All 80 mileage slips are in FreeAgent by TBD.',
      'All 80 mileage slips are in FreeAgent by the 5th OPS-12.',
      'All 80 mileage slips sind in FreeAgent by the 5th, mit Belegen.',
      'All 80 mileage slips Are in FreeAgent by the 5th.',
      'The notes typed of the 80 mileage slips are in FreeAgent by the 5th.',
    ]) {
      expect(failed({ outcome }), outcome).toContain('fluent');
    }
  });
  it('garbles by their shape: a separator or a clause in the subject, a state taking a direction, a cut abbreviation, a shouted word', () => {
    for (const outcome of [
      'The mileage slips: log them are in FreeAgent by the 5th.',
      'All 80 mileage slips are ready into FreeAgent by the 5th.',
      'The of 80 mileage slips are in FreeAgent by the 5th.',
      'The 80 mileage slips aren’t logged is in FreeAgent by the 5th.',
      'All 80 mileage slips are in FreeAgent EVERY month.',
      'All 80 mileage slips can you log are in FreeAgent.',
    ]) {
      expect(failed({ outcome }), outcome).toContain('fluent');
    }
    const cut = entry({ title: 'Log the mileage slips incl. parking in FreeAgent', category: 'data-entry' });
    expect(grade(cut, under({ ...good, outcome: 'The mileage slips incl are in FreeAgent.' }, {}, 'data-entry')).failures.join()).toMatch(/abbreviation/);
    const es = entry({ title: 'Informe anual: cifras y fotos', language: 'es', category: 'reports' });
    expect(grade(es, under({ outcome: 'Todo lo relativo a Informe anual: cifras está listo.' }, {}, 'reports')).failures.join()).toMatch(/separator|capital/);
    expect(grade(es, under({ outcome: 'Todo lo relativo a «Informe anual» está listo.' }, {}, 'reports')).checks.fluent).toBe(true);
  });
  it('a measure with a count cut off mid-phrase is a garble too', () => {
    const g = grade(e, under({ ...good, measure: 'All 80 mileage slips of our covered.' }, {}, 'data-entry'));
    expect(g.checks.measureFluent).toBe(false);
    expect(g.garbled).toBe(true);
  });
  it('the quoted fallback is not counted as a result either', () => {
    expect(failed({ outcome: 'Done as asked: “Log the 80 mileage slips in FreeAgent by the 5th”.' })).toContain('result');
  });
  it('amounts, dates, tools and sources that miss their section', () => {
    expect(failed({ measure: 'All logged', doneLooksLike: 'Every slip' })).toContain('quantities');
    expect(failed({ deadlines: 'Soon' })).toContain('dates');
    expect(failed({ tools: 'A laptop' })).toContain('tools');
  });
  it('money must reach the spending limit; cadence the cadence; sources the sources', () => {
    const m = entry({ title: 'Find a venue under €1,200, files in Drive/Party, 3x/week check-ins', expect: { money: ['under €1,200'], sources: ['Drive/Party'], cadence: '3x/week' } });
    const bad = grade(m, under({ outcome: 'A venue is found.', spendingLimit: 'Ask me', sources: 'The web', cadence: 'Weekly' })).failures.map((f) => f.split(':')[0]);
    expect(bad).toEqual(expect.arrayContaining(['money', 'sources', 'cadence']));
    const ok = grade(m, under({ outcome: 'A venue is found.', spendingLimit: 'Under €1,200 without asking', sources: 'Drive/Party', cadence: '3x/week' })).failures.map((f) => f.split(':')[0]);
    expect(ok).not.toEqual(expect.arrayContaining(['money']));
    expect(ok).not.toContain('sources');
    expect(ok).not.toContain('cadence');
  });
  it('how-instructions inside the outcome, or never offered back', () => {
    const t = entry({ title: 'Tweet every weekday at 8:15 sharp', category: 'social-media', expect: { instructions: ['8:15 sharp'] } });
    const inside = grade(t, under({ outcome: 'Our X account posts every weekday at 8:15 sharp.' }, {}, 'social-media')).failures.map((f) => f.split(':')[0]);
    expect(inside).toEqual(expect.arrayContaining(['instructionsOut', 'instructionsShown']));
  });
  it('boilerplate that contradicts the task', () => {
    const r = entry({ title: 'Reply to the Google reviews', category: 'social-media' });
    expect(grade(r, under({ outcome: 'Every Google review gets a friendly reply.', doneLooksLike: 'Each post has relevant hashtags' }, {}, 'social-media')).failures.join()).toMatch(/fit/);
    const fix = entry({ title: 'Fix the leaking tap' });
    expect(grade(fix, under({ outcome: 'The tap is fixed and working properly.', decideAlone: 'Which provider, time or option to choose' })).failures.join()).toMatch(/fit/);
  });
  it('a failing brief called ready is the worst defect', () => {
    const g = grade(e, under({ ...good, outcome: 'Log the mileage?' }, { ready: true }, 'data-entry'));
    expect(g.checks.honest).toBe(false);
  });
  it('other languages: owner words kept, nothing English added, the outcome asked for', () => {
    const it_ = entry({ title: 'Aggiornare il sito web con i nuovi prezzi', language: 'other', expect: { object: ['sito web'] } });
    expect(grade(it_, under({ outcome: 'Aggiornare il sito web con i nuovi prezzi' }, { notice: 'Write the outcome in plain words.' })).failures).toEqual([]);
    const welded = grade(it_, under({ outcome: 'The sito web is updated with the nuovi prezzi' }, { notice: 'x' })).failures.join();
    expect(welded).toMatch(/English welded/);
    expect(grade(it_, under({ outcome: 'Aggiornare il sito web' })).failures.join()).toMatch(/does not ask/);
  });
});

describe('grader helpers', () => {
  it('reads the core of a date and an amount', () => {
    expect(dateCore('by the 5th')).toBe('5th');
    expect(dateCore('bis Freitag')).toBe('Freitag');
    expect(dateCore('antes del viernes')).toBe('viernes');
    expect(moneyCore('under €1,200')).toBe('€1,200');
    expect(moneyCore('$35/hour')).toBe('$35/hour');
  });
  it('lets phrasal verbs end a phrase but not a bare preposition', () => {
    expect(fluency('The form is filled in, complete and accurate.', { title: 'Fill in the form', language: 'en' }).ok).toBe(true);
    expect(fluency('The form is sent to.', { title: 'Send the form', language: 'en' }).ok).toBe(false);
  });
});
