import { describe, expect, it } from 'vitest';
import { emptyPresets } from '../../../utils/core/model/presets';
import { SECTION_KEYS, sectionItems } from '../../../utils/core/model/sections';
import { rewriteTask } from '../../../utils/core/rewrite';

describe('rewriteTask', () => {
  it('turns the Instagram task into a result with its count, platform and deadline', () => {
    const out = rewriteTask({ title: 'Post 3 Instagram updates this week' });
    expect(out.category).toBe('social-media');
    expect(out.recognised).toBe(true);
    expect(out.sections.outcome).toBe('The 3 Instagram updates are live this week, on-brand and in our voice.');
    expect(out.sections.measure).toMatch(/^3 Instagram updates live this week/);
    expect(out.sections.deadlines).toBe('This week');
    expect(out.suggested).not.toContain('outcome');
    expect(out.suggested).not.toContain('measure');
    // The seed's example: tools, sources, a hashtag decision right and a weekly email report.
    expect(sectionItems(out.sections.tools)[0]).toBe('Access to Instagram');
    expect(out.sections.tools).toMatch(/stock photo/i);
    expect(out.sections.tools).toMatch(/photo editing/i);
    expect(out.sections.sources).toMatch(/blog posts/i);
    expect(out.sections.decideAlone).toMatch(/hashtag/i);
    expect(out.sections.reportCadence).toBe('Weekly');
    expect(out.sections.reportChannel).toBe('Email');
    expect(out.sections.reportWhat).toMatch(/engagement/i);
    expect(out.sections.reportFormat).toBe("Status, what changed, what's next, one artefact");
    expect(out.sections.escalation).toMatch(/one problem, three options/i);
  });

  it.each([
    ['Post on Instagram every Monday', 'Every Monday', ''],
    ['Exercise 3x a week', '3x a week', ''],
    ['Transcribe voicemails daily', 'Daily', ''],
    ['Send the invoice to ACME by Friday', 'One-off', 'By Friday'],
    ['Compile the report monthly', 'Monthly', ''],
    ['Book hotel in Berlin for 12-14 May', 'One-off', 'For 12-14 May'],
    ['Post 2 LinkedIn updates a week', '2 LinkedIn updates a week', ''],
    ['Call the bank tomorrow', 'One-off', 'Tomorrow'],
    ['Prepare the board deck by end of month', '', 'By end of month'],
    ['Send the weekly newsletter by end of month', 'One-off', 'By end of month'],
    ['Pay the florist on the 3rd', 'One-off', 'On the 3rd'],
    ['Post on Instagram 3x/week', '3x/week', ''],
  ])('extracts cadence and deadlines from %s', (title, cadence, deadlines) => {
    const out = rewriteTask({ title });
    expect(out.sections.cadence).toBe(cadence);
    expect(out.sections.deadlines).toBe(deadlines);
  });

  it('puts the task due date in deadlines', () => {
    const out = rewriteTask({ title: 'Renew car insurance', due: 'Fri 28 Nov' });
    expect(sectionItems(out.sections.deadlines)).toEqual(['Due Fri 28 Nov']);
  });

  it('lets the owner presets replace the category suggestions, so their sections count as their own', () => {
    const presets = {
      ...emptyPresets(),
      standards: 'Use British spelling',
      tools: [
        { name: 'Canva', access: 'team seat', link: 'https://canva.com' },
        { name: 'Buffer', access: '', link: '' },
        { name: '', access: 'ignored', link: '' },
      ],
      sources: 'Our newsletter archive',
      decideAlone: 'Reply to DMs',
      proposeFirst: 'Any collaboration',
      spendingLimit: '£50 a month',
      reportCadence: 'Fortnightly',
      reportChannel: 'Slack #social',
      reportFormat: 'Three bullet points',
    };
    const out = rewriteTask({ title: 'Post 3 Instagram updates this week' }, presets);
    const s = out.sections;
    expect(s.standards).toBe('Use British spelling');
    expect(sectionItems(s.tools)).toEqual(['Access to Instagram', 'Canva — team seat (https://canva.com)', 'Buffer']);
    expect(s.tools).not.toContain('ignored');
    expect(s.sources).toBe('Our newsletter archive');
    expect(s.decideAlone).toBe('Reply to DMs');
    expect(s.proposeFirst).toBe('Any collaboration');
    for (const key of ['standards', 'tools', 'sources', 'decideAlone', 'proposeFirst', 'spendingLimit', 'reportCadence'] as const) {
      expect(out.suggested).not.toContain(key);
    }
    expect(s.spendingLimit).toBe('£50 a month');
    expect(s.reportCadence).toBe('Fortnightly');
    expect(s.reportChannel).toBe('Slack #social');
    expect(s.reportFormat).toBe('Three bullet points');
    expect(out.missing).not.toContain('spendingLimit');
  });

  it('keeps category defaults when presets are empty', () => {
    const withEmpty = rewriteTask({ title: 'Research competitor pricing' }, emptyPresets());
    const without = rewriteTask({ title: 'Research competitor pricing' });
    expect(withEmpty.sections).toEqual(without.sections);
    expect(withEmpty.missing).toContain('spendingLimit');
  });

  it('turns a checklist into done-looks-like lines and keeps the description', () => {
    const out = rewriteTask({
      title: 'Clean up the contacts spreadsheet',
      description: 'Sales keep calling people twice.\n- Every row has an email address',
      checklist: [
        { text: 'No duplicate contacts', done: false },
        { text: 'Phone numbers in +44 format', done: true },
      ],
    });
    const done = sectionItems(out.sections.doneLooksLike);
    expect(done.slice(0, 3)).toEqual(['Every row has an email address', 'No duplicate contacts', 'Phone numbers in +44 format']);
    expect(sectionItems(out.sections.why)[0]).toBe('Sales keep calling people twice.');
    expect(out.notices).toEqual([]);
  });

  it('keeps a numbered step-by-step checklist as background, not as done criteria', () => {
    const steps = ['1. Open the CRM', '2. Click Export', '3. Paste into the sheet'];
    const out = rewriteTask({ title: 'Update the CRM', checklist: steps.map((text) => ({ text, done: false })) });
    expect(out.sections.doneLooksLike).not.toContain('Click Export');
    const sources = sectionItems(out.sections.sources);
    expect(sources).toContain('Click Export');
    expect(sources).toContain('Paste into the sheet');
    expect(out.notices).toContainEqual({ kind: 'steps' });
  });

  it('leaves the outcome to the owner for text that is not a task', () => {
    for (const title of ['hello', 'asdf', 'Lorem ipsum dolor sit amet', 'https://example.com/a']) {
      const out = rewriteTask({ title, description: 'Something about it' });
      expect(out.recognised).toBe(false);
      expect(out.sections.outcome).toBe('');
      expect(out.missing).toContain('outcome');
      expect(out.notices).toContainEqual({ kind: 'not-a-task', title: expect.stringContaining(title.slice(0, 20)) });
      expect(out.title).toBe(title);
      expect(out.sections.why).toContain('Something about it');
    }
  });

  it('asks for a task when the input is empty or blank', () => {
    for (const title of ['', '   \n\t ']) {
      const out = rewriteTask({ title });
      expect(out.recognised).toBe(false);
      expect(out.title).toBe('');
      expect(out.notices).toEqual([{ kind: 'empty' }]);
      expect(out.missing).toEqual([...SECTION_KEYS]);
    }
  });

  it('uses the description when the title is empty', () => {
    const out = rewriteTask({ title: '', description: '\nTranscribe the board meeting\nIt was long' });
    expect(out.title).toBe('Transcribe the board meeting');
    expect(out.category).toBe('transcription');
  });

  it('handles 20,000 characters quickly and says the title was shortened', () => {
    const long = `Research competitor pricing ${'and more detail '.repeat(1_300)}`.slice(0, 20_000);
    const start = performance.now();
    const out = rewriteTask({ title: long, description: long });
    // See the adversarial cases below: a backtracking guard, not a speed measure.
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(out.title.length).toBeLessThanOrEqual(200);
    expect(out.title.endsWith('…')).toBe(true);
    expect(out.notices).toContainEqual({ kind: 'shortened', max: 200 });
    expect(out.category).toBe('market-research');
    for (const key of SECTION_KEYS) expect(out.sections[key].length).toBeLessThanOrEqual(20_000);
    // The full title is not lost: it leads Why it matters.
    expect(out.sections.why.startsWith(long.trim().slice(0, 1_000))).toBe(true);
  });

  it.each([
    ['spaces', `${' '.repeat(20_000)}x`],
    ['dots', `${'.'.repeat(20_000)}a`],
    ['digits', '1'.repeat(20_000)],
    ['numbered', '1. '.repeat(7_000)],
    ['brackets', '['.repeat(20_000)],
    ['by', 'by '.repeat(7_000)],
    ['every', 'every '.repeat(3_400)],
    ['mixed', 'Post 3 x a week by the end of '.repeat(700)],
    ['re', 'Re: '.repeat(5_000)],
  ])('stays linear on adversarial input (%s)', (_name, text) => {
    const start = performance.now();
    const out = rewriteTask({ title: text, description: text, checklist: [{ text, done: false }] });
    // A guard against catastrophic backtracking (which takes seconds), not a speed measure: it
    // runs in a few milliseconds, and `npm run bench` measures the writer's speed.
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(out.title.length).toBeLessThanOrEqual(200);
  });

  it('treats HTML and script as inert text and never writes markup itself', () => {
    const title = 'Post <b>3</b> Instagram updates <script>alert(1)</script>';
    const out = rewriteTask({ title, description: '<img src=x onerror=alert(1)>' });
    expect(out.title).toBe(title);
    expect(out.category).toBe('social-media');
    expect(out.sections.why).toContain('<img src=x onerror=alert(1)>');
    const plain = rewriteTask({ title: 'Post 3 Instagram updates this week' });
    for (const key of SECTION_KEYS) expect(plain.sections[key]).not.toMatch(/<[a-z/]/i);
  });

  it('keeps right-to-left text and emoji intact', () => {
    const rtl = rewriteTask({ title: 'שלח חשבונית ללקוח', description: 'مرحبا بالعالم' });
    expect(rtl.title).toBe('שלח חשבונית ללקוח');
    expect(rtl.sections.outcome).toBe('שלח חשבונית ללקוח');
    expect(rtl.notices).toContainEqual({ kind: 'other-language', language: 'he' });
    expect(rtl.sections.why).toContain('مرحبا بالعالم');
    const emoji = rewriteTask({ title: '🎉 Post launch news on Instagram 🚀', checklist: [{ text: 'Uses the 🚀 emoji', done: false }] });
    expect(emoji.title).toBe('🎉 Post launch news on Instagram 🚀');
    expect(emoji.category).toBe('social-media');
    expect(emoji.sections.doneLooksLike).toContain('Uses the 🚀 emoji');
  });

  it('does not split an emoji when shortening the title', () => {
    const out = rewriteTask({ title: '😀'.repeat(300) });
    expect(out.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('is deterministic', () => {
    const input = { title: 'Re: Fwd: Update CRM with new leads by Friday', description: 'From the fair', labels: ['Sales'], due: '2026-01-10' };
    expect(rewriteTask(input)).toEqual(rewriteTask(input));
  });

  it('never lets a placeholder into the outcome', () => {
    const out = rewriteTask({ title: 'Post TBD on Instagram' });
    expect(out.sections.outcome).not.toMatch(/TBD/);
    expect(out.sections.outcome).toContain('Instagram');
  });

  it('tolerates missing or odd fields', () => {
    const out = rewriteTask({ title: 'Fix leaking tap', checklist: [{ text: '', done: false }], labels: [] });
    expect(out.sections.outcome).toContain('tap');
    expect(out.missing).not.toContain('outcome');
  });
});
