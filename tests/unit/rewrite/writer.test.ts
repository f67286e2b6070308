// The writer's stages one by one: what it understands of a task (the frame), what it writes, and
// what its verify step catches. Each case is one of the defects issue 10 found in the old writer.
import { describe, expect, it } from 'vitest';
import { buildFrame, rewriteTask, suggestTriage, verify, type TaskFrame } from '../../../utils/core/rewrite';
import { detectLanguage } from '../../../utils/core/rewrite/understand/language';
import { emptySections } from '../../../utils/core/model/sections';

const write = (title: string, description?: string) => rewriteTask({ title, ...(description ? { description } : {}) });

describe('understand: the task frame', () => {
  it('turns questions into requests or into what the owner wants to know', () => {
    expect(buildFrame({ title: 'Can you find us a cheaper courier?' })).toMatchObject({ asked: 'polite', action: { lemma: 'find' }, object: 'a cheaper courier' });
    expect(buildFrame({ title: 'Which tools do other bakeries use for stock?' })).toMatchObject({ asked: 'wh', toKnow: 'which tools other bakeries use for stock' });
    expect(buildFrame({ title: 'Who supplies the oat milk for Café Nord?' }).toKnow).toBe('who supplies the oat milk for Café Nord');
    expect(buildFrame({ title: 'Is anyone else offering gift subscriptions for plants?' }).toKnow).toBe('whether anyone else is offering gift subscriptions for plants');
    expect(buildFrame({ title: 'How much do local photographers charge for headshots?' }).toKnow).toBe('how much local photographers charge for headshots');
  });

  it('reads quantities, money, dates, cadence, tools and sources as written', () => {
    const f = buildFrame({ title: 'Log the 80 mileage slips in FreeAgent by the 5th' });
    expect(f.quantities[0]).toMatchObject({ text: '80', of: 'mileage slips' });
    expect(f.dates.map((d) => d.text)).toEqual(['by the 5th']);
    expect(f.tools).toEqual(['FreeAgent']);
    expect(buildFrame({ title: 'Find a venue for the summer party under €1,200' }).money[0]).toMatchObject({ text: 'under €1,200', limit: true });
    expect(buildFrame({ title: 'Post on Instagram 3x/week' }).cadence).toEqual(['3x/week']);
    expect(buildFrame({ title: 'Clean up the list in Drive/Customers 2026' }).sources).toEqual(['Drive/Customers 2026']);
  });

  it('never reads an adjective as a cadence ("weekly newsletter")', () => {
    expect(buildFrame({ title: 'Write the weekly newsletter' }).cadence).toEqual([]);
    expect(buildFrame({ title: 'Send the newsletter weekly' }).cadence).toEqual(['weekly']);
  });

  it('keeps how-instructions apart from the what', () => {
    const f = buildFrame({ title: 'Reply to customer emails, cc me on everything' });
    expect(f.instructions.map((i) => i.kind)).toEqual(['cc']);
    expect(f.request).toBe('Reply to customer emails');
    expect(buildFrame({ title: 'Post on Facebook at exactly 7:45 every morning' }).instructions[0]).toMatchObject({ kind: 'time', text: 'at exactly 7:45' });
  });

  it('sends each description line to the section it belongs to', () => {
    const r = write('Book the team offsite', '12 people, one night\nBudget £2,500 all in\nNeeds to be booked by 20 March\nPhotos are in Drive/Offsite\nTone: relaxed\nNever book anywhere without step-free access');
    expect(r.sections.spendingLimit).toContain('Budget £2,500 all in');
    expect(r.sections.deadlines).toContain('Needs to be booked by 20 March');
    expect(r.sections.sources).toContain('Photos are in Drive/Offsite');
    expect(r.sections.standards).toContain('relaxed');
    expect(r.sections.never).toContain('Never book anywhere without step-free access');
    expect(r.sections.why).not.toMatch(/£2,500|20 March|Drive/);
  });

  it('detects the language of short titles', () => {
    expect(detectLanguage('Kundenliste aktualisieren').lang).toBe('de');
    expect(detectLanguage('Actualizar la lista de clientes').lang).toBe('es');
    expect(detectLanguage('Mettre à jour la liste des clients').lang).toBe('fr');
    expect(detectLanguage('Aggiornare il sito web con i nuovi prezzi')).toEqual({ lang: 'other', code: 'it' });
    expect(detectLanguage('月次売上レポートを作成する')).toEqual({ lang: 'other', code: 'ja' });
    expect(detectLanguage('FB ads').lang).toBe('en');
    expect(detectLanguage('Transcribe founder interview').lang).toBe('en');
  });
});

describe('compose: sentences whose grammar the writer controls', () => {
  it('never splices a stock ending onto an unknown verb or a phrase', () => {
    expect(write('Benchmark our prices against Lidl').sections.outcome).toBe(
      'I know how our prices compare against Lidl, from a short, sourced comparison with a recommendation.',
    );
    expect(write('Migrate the newsletter list to Mailchimp').sections.outcome).toBe('The newsletter list is migrated to Mailchimp, with nothing lost on the way.');
    expect(write('Type the notes of the call up').sections.outcome).toMatch(/^The notes of the call are typed up,/);
    expect(write('Get the webinar recording transcribed').sections.outcome).toMatch(/^The webinar recording is transcribed,/);
    for (const title of ['Benchmark our prices against Lidl', 'Migrate the newsletter list to Mailchimp', 'Get the car sorted']) {
      expect(write(title).sections.outcome).not.toMatch(/looked into|dealt with|\bsorted\b.*\bsorted\b/);
    }
  });

  it('puts the task’s numbers where they belong', () => {
    const r = write('Log the 80 mileage slips in FreeAgent by the 5th');
    expect(r.sections.outcome).toBe('The 80 mileage slips are logged in FreeAgent by the 5th, each one complete and accurate.');
    expect(r.sections.measure).toMatch(/^80 of 80 mileage slips logged/);
    expect(r.sections.deadlines).toBe('By the 5th');
    expect(r.sections.tools.split('\n')[0]).toBe('Access to FreeAgent');
    expect(write('Pay the florist $300 on the 3rd').sections.spendingLimit).toMatch(/^\$300/);
  });

  it('writes German, Spanish and French in their own language, and keeps other languages as written', () => {
    expect(write('Rechnungen bis Freitag in DATEV erfassen').sections.outcome).toBe('Ergebnis: Rechnungen in DATEV erfasst, bis Freitag – vollständig und fehlerfrei.');
    expect(write('Actualizar la lista de clientes en Holded').sections.outcome).toMatch(/^La actualización de la lista de clientes en Holded está terminada/);
    expect(write('Préparer le rapport trimestriel pour lundi').sections.outcome).toMatch(/^La préparation du rapport trimestriel est terminée pour lundi/);
    const it_ = write('Aggiornare il sito web con i nuovi prezzi');
    expect(it_.sections.outcome).toBe('Aggiornare il sito web con i nuovi prezzi');
    expect(it_.suggested).toContain('outcome');
    expect(it_.sections.escalation).toBe('');
  });

  it('fits the defaults to the kind of work (no hashtags for replies, no "which provider" for a repair)', () => {
    expect(Object.values(write('Reply to the Google reviews').sections).join('\n')).not.toMatch(/hashtag/i);
    expect(write('Fix the leaking tap').sections.decideAlone).not.toMatch(/which provider/i);
  });

  it('falls back to the owner’s words and a plain result, never to garble', () => {
    const r = write('Send thank you cards, the ones from the drawer, to everyone who came on the 14th and also to the band');
    expect(r.sections.outcome).not.toMatch(/\s(?:to|and|the)\s*[.,]/);
    expect(r.failures).toEqual([]);
  });
});

describe('verify: what the writer checks before anyone sees it', () => {
  const f = buildFrame({ title: 'Log the 80 mileage slips in FreeAgent by the 5th' });
  const checks = (outcome: string, frame: TaskFrame = f) => verify(frame, { ...emptySections(), outcome }, { generated: ['outcome'] }).map((x) => x.check);

  it('passes a good result', () => {
    expect(checks('All 80 mileage slips are in FreeAgent by the 5th, each one complete.')).toEqual([]);
  });
  it.each([
    ['Are the 80 mileage slips in FreeAgent?', 'question'],
    ['Log the 80 mileage slips in FreeAgent.', 'imperative'],
    ['The 80 mileage slips are logged in FreeAgent by the.', 'dangling'],
    ['The 80 mileage slips are are logged in FreeAgent.', 'doubled'],
    ['The 80 receipts are logged in FreeAgent.', 'object'],
    ['The 90 mileage slips are logged in FreeAgent.', 'invented'],
    ['The 80 mileage slips are logged in Xero.', 'invented'],
    ['The 80 mileage slips are logged in FreeAgent by TBD.', 'placeholder'],
    ['The 80 mileage slips are logged in FreeAgent OPS-12.', 'noise'],
    ['The 80 mileage slips sind in FreeAgent, mit allen Belegen und ohne Fehler.', 'welded'],
    ['The 80 mileage slips are logged in FreeAgent, and run each one past me.', 'instruction'],
    ['The notes typed of the 80 mileage slips are in FreeAgent.', 'participle'],
  ])('catches %s', (outcome, check) => {
    expect(checks(outcome)).toContain(check);
  });
  it('holds a model’s answer to the same checks, section by section', () => {
    const answer = { ...emptySections(), outcome: 'All 80 mileage slips are in FreeAgent by the 5th, each with date, route and purpose.', measure: '80 of 80 logged by the 31st; ask me?' };
    const failed = verify(f, answer, { generated: ['outcome', 'measure'] });
    expect(failed.map((x) => `${x.section}:${x.check}`)).toEqual(expect.arrayContaining(['measure:invented']));
    expect(failed.some((x) => x.section === 'outcome')).toBe(false);
  });
});

describe('triage', () => {
  it('keeps delegable work delegated even when a sensitive word appears', () => {
    expect(suggestTriage({ title: 'Prepare the slides for the investor meeting' })).toBe('delegate');
    expect(suggestTriage({ title: 'Draft the update for the board meeting' })).toBe('delegate');
    expect(suggestTriage({ title: 'Research salary benchmarks for a junior designer' })).toBe('delegate');
    expect(suggestTriage({ title: 'Pitch to the investors on Thursday' })).toBe('keep');
    expect(suggestTriage({ title: 'Meet investor for coffee' })).toBe('keep');
  });
  it('suggests eliminating work done twice out of habit', () => {
    expect(suggestTriage({ title: 'Copy every order into the paper order book as well, like we used to' })).toBe('eliminate');
  });
});
