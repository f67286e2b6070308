import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../utils/storage/db/drafts-service';
import { FollowUpStore } from '../../../utils/storage/db/followups';
import { EXPORT_FORMAT, serializeExport } from '../../../utils/storage/db/export-format';
import type { Plan } from '../../../utils/core/followups/model';
import { makeBrief } from './fixtures';

const DAY = 86_400_000;
const plan = (p: Partial<Plan> = {}): Plan => ({ cadence: 'weekly', weekdays: [5], dates: [], channel: 'Email', timeZone: 'UTC', from: 'Weekly, on Fridays', ...p });

async function setup() {
  let now = Date.UTC(2026, 10, 30, 10); // Monday 30 November 2026
  let ids = 0;
  const factory = new IDBFactory();
  const drafts = await DraftStore.open({ factory, clock: () => now });
  let changes = 0;
  const follow = new FollowUpStore(drafts, { clock: () => now, newId: () => `id-${++ids}`, timeZone: () => 'UTC', onChange: () => changes++ });
  const brief = await drafts.create(
    makeBrief({ id: 'b1', sections: { ...makeBrief().sections, proposeFirst: 'Paid promotion\nGiveaways', decideAlone: 'What to post', standards: 'On-brand' } }),
  );
  return { drafts, follow, brief, factory, advance: (days: number) => (now += days * DAY), changes: () => changes };
}

const sent = { sentOn: '2026-11-30', to: { name: 'Ana', email: 'ana@example.com' }, via: 'copy' as const, plan: plan() };

describe('FollowUpStore', () => {
  it('marks a brief sent: the record, and the brief\'s status Sent as a new revision; undo puts both back', async () => {
    const { drafts, follow, changes } = await setup();
    const { followUp, brief, previousStatus } = await follow.markSent('b1', sent);
    expect(previousStatus).toBe('draft');
    expect(brief).toMatchObject({ status: 'sent', revision: 2 });
    expect(followUp).toMatchObject({ briefId: 'b1', sentOn: '2026-11-30', via: 'copy', plan: plan() });
    expect(changes()).toBe(1);
    await expect(follow.markSent('b1', sent)).rejects.toThrow(/already marked as sent \(on 2026-11-30\)/);

    await follow.undoSent('b1', previousStatus);
    expect(await follow.get('b1')).toBeUndefined();
    expect((await drafts.get('b1'))!.status).toBe('draft');
    expect((await drafts.history('b1')).map((b) => b.status)).toEqual(['draft', 'sent', 'draft']);
  });

  it('refuses an impossible schedule and keeps nothing of it', async () => {
    const { drafts, follow } = await setup();
    await expect(follow.markSent('b1', { ...sent, sentOn: '2026-12-02' })).rejects.toThrow(/future/);
    await expect(follow.markSent('b1', { ...sent, plan: plan({ cadence: 'completion', dates: ['2026-11-01'] }) })).rejects.toThrow(/before the day it was sent/);
    await expect(follow.markSent('b1', { ...sent, plan: plan({ weekdays: [] }) })).rejects.toThrow(/day of the week/);
    expect(await follow.get('b1')).toBeUndefined();
    expect((await drafts.get('b1'))!).toMatchObject({ status: 'draft', revision: 1 });
  });

  it('records reports: the next due moves on, a report marked twice is refused', async () => {
    const { follow, advance } = await setup();
    await follow.markSent('b1', sent);
    advance(5); // Saturday 5 December: Friday's report is late.
    const f = await follow.recordReport('b1', { receivedOn: '2026-12-05', note: 'Reach up 4%', how: 'on-track' });
    expect(f.reports).toEqual([{ id: 'id-1', receivedOn: '2026-12-05', dueOn: '2026-12-04', note: 'Reach up 4%', how: 'on-track', at: Date.UTC(2026, 11, 5, 10) }]);
    await expect(follow.recordReport('b1', { receivedOn: '2026-12-05', note: 'again', how: 'on-track' })).rejects.toThrow(/already recorded/);
    await expect(follow.recordReport('b1', { receivedOn: '2026-12-09', note: '', how: 'on-track' })).rejects.toThrow(/future/);
    expect((await follow.get('b1'))!.reports).toHaveLength(1);
    // A report recorded by mistake is removed, and the same day can be recorded again.
    expect((await follow.removeReport('b1', 'id-1')).reports).toEqual([]);
    expect((await follow.recordReport('b1', { receivedOn: '2026-12-05', note: 'again', how: 'correction' })).reports).toHaveLength(1);
    await expect(follow.recordReport('nope', { receivedOn: '2026-12-05', note: '', how: 'on-track' })).rejects.toThrow(/not marked as sent/);
  });

  it('a correction is logged, and its point added to the standards as a new revision, once', async () => {
    const { drafts, follow } = await setup();
    await follow.markSent('b1', sent);
    const c = await follow.logCorrection('b1', { saw: 'A meme', goal: 'Calm posts', example: '', point: 'Calm posts', message: 'Hi Ana…' });
    const brief = await follow.addCorrectionPoint('b1', c.id, 'standards', 'Calm, helpful posts');
    expect(brief.sections.standards).toBe('On-brand\nCalm, helpful posts');
    expect(brief.revision).toBe(3);
    expect((await follow.get('b1'))!.corrections[0]).toMatchObject({ addedTo: 'standards', revision: 3, point: 'Calm, helpful posts' });
    await expect(follow.addCorrectionPoint('b1', c.id, 'never', 'x')).rejects.toThrow(/already in the brief \(version 3\)/);
    expect((await drafts.history('b1')).at(-1)!.sections.standards).toBe('On-brand\nCalm, helpful posts');
  });

  it('widens a decision: one item moves, a new revision, logged', async () => {
    const { drafts, follow } = await setup();
    await follow.markSent('b1', sent);
    const b = await follow.widen('b1', 'Giveaways');
    expect(b.sections).toMatchObject({ proposeFirst: 'Paid promotion', decideAlone: 'What to post\nGiveaways' });
    expect((await follow.get('b1'))!.widenings).toEqual([{ at: expect.any(Number), item: 'Giveaways', revision: b.revision }]);
    expect((await drafts.history('b1')).map((h) => h.revision)).toContain(b.revision);
    await expect(follow.widen('b1', 'Giveaways')).rejects.toThrow(/no longer in/);
  });

  it('prefs: defaults, saved, refused when invalid', async () => {
    const { follow } = await setup();
    expect(await follow.getPrefs()).toMatchObject({ onSend: 'ask', notifications: false, quietFrom: '20:00', quietTo: '08:00', quietWeekends: true });
    await follow.savePrefs({ notifications: true, quietFrom: '21:30' });
    expect(await follow.getPrefs()).toMatchObject({ notifications: true, quietFrom: '21:30' });
    await expect(follow.savePrefs({ quietTo: 'late' })).rejects.toThrow(/quiet hours/);
    await follow.decline('b1');
    await follow.decline('b1');
    expect((await follow.getPrefs()).declined).toEqual(['b1']);
  });

  it('deleting a brief for good deletes its follow-up', async () => {
    const { drafts, follow } = await setup();
    await follow.markSent('b1', sent);
    await drafts.trash('b1');
    await drafts.purge('b1');
    expect((await follow.list()).followUps).toEqual([]);
  });
});

describe('export format 2 with follow-ups', () => {
  it('round-trips follow-ups into a fresh profile; the same file again changes nothing', async () => {
    const { drafts, follow, advance } = await setup();
    await follow.markSent('b1', sent);
    advance(5);
    await follow.recordReport('b1', { receivedOn: '2026-12-05', note: 'ok', how: 'initiative' });
    const file = await drafts.exportAll();
    expect(file.version).toBe(2);
    expect(file.followups).toHaveLength(1);
    const text = serializeExport(file);

    const other = await DraftStore.open({ factory: new IDBFactory() });
    expect(await other.importText(text)).toEqual({ ok: true, added: 1, updated: 0, skipped: 0, followUps: 1 });
    expect((await new FollowUpStore(other).list()).followUps).toEqual(file.followups);
    expect(await other.importText(text)).toEqual({ ok: true, added: 0, updated: 0, skipped: 1 });
    expect((await other.exportAll()).followups).toEqual(file.followups);
  });

  it('a newer follow-up replaces an older one; an older one is skipped', async () => {
    const { drafts, follow, advance } = await setup();
    await follow.markSent('b1', sent);
    const older = serializeExport(await drafts.exportAll());
    advance(5);
    await follow.recordReport('b1', { receivedOn: '2026-12-05', note: 'newer', how: 'on-track' });
    expect(await drafts.importText(older)).toMatchObject({ ok: true, skipped: 1 });
    expect((await follow.get('b1'))!.reports).toHaveLength(1);
  });

  it('version 1 files still import, with no follow-ups', async () => {
    const { drafts } = await setup();
    const v1 = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '', drafts: [makeBrief({ id: 'old-1' })] });
    expect(await drafts.importText(v1)).toEqual({ ok: true, added: 1, updated: 0, skipped: 0 });
  });

  it('refuses damaged follow-ups with a message naming them, and imports nothing', async () => {
    const { drafts, follow } = await setup();
    await follow.markSent('b1', sent);
    const good = JSON.parse(serializeExport(await drafts.exportAll()));
    const fresh = await DraftStore.open({ factory: new IDBFactory() });
    const cases: Array<[unknown, RegExp]> = [
      [{ ...good, followups: 'x' }, /not a list/],
      [{ ...good, followups: [{ ...good.followups[0], briefId: 'elsewhere' }] }, /Follow-up 1 is for a draft that is not in this file/],
      [{ ...good, followups: [good.followups[0], good.followups[0]] }, /Follow-up 2 repeats/],
      [{ ...good, followups: [{ ...good.followups[0], sentOn: '2026-02-30' }] }, /^Follow-up 1/],
      [{ ...good, followups: [{ ...good.followups[0], plan: { ...good.followups[0].plan, cadence: 'hourly' } }] }, /^Follow-up 1/],
    ];
    for (const [file, message] of cases) {
      const r = await fresh.importText(JSON.stringify(file));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
    expect((await fresh.list()).drafts).toEqual([]);
  });
});
