import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { draftRowV1toV2 } from '../../../utils/storage/db/migrations/002-sources-and-history';
import { draftRowV2toV3 } from '../../../utils/storage/db/migrations/003-settings-and-reporting';
import { followUpForV3Draft } from '../../../utils/storage/db/migrations/004-followups';
import { runMigrations } from '../../../utils/storage/db/migrations';
import { DraftStore } from '../../../utils/storage/db/drafts-service';
import { FollowUpStore } from '../../../utils/storage/db/followups';
import { followUpSchema } from '../../../utils/core/followups/model';
import { V1_ROWS } from './fixtures-v1';
import { getAllRows, openRaw, putRows } from './fixtures';

// 2026-11-30 23:30 UTC is already 1 December in Auckland.
const LATE = Date.UTC(2026, 10, 30, 23, 30);
const v3Rows = () => {
  const [trello, manual, trashed] = V1_ROWS.map((r) => draftRowV2toV3(draftRowV1toV2(r)));
  return [
    { ...trello, status: 'sent', updatedAt: LATE },
    { ...manual, status: 'active', assistant: undefined },
    { ...trashed, status: 'sent' },
  ];
};

describe('migration 004: a follow-ups store, and briefs already sent are followed up', () => {
  it('upgrades a real version 3 database: drafts untouched, sent briefs tracked with no plan yet', async () => {
    const factory = new IDBFactory();
    const v3 = await openRaw(factory, 'm4', 3, (d, tx, old) => runMigrations(d, tx, old, 3));
    const rows = v3Rows();
    await putRows(v3, 'drafts', rows);
    await putRows(v3, 'settings', [{ key: 'presets', value: { standards: 'Warm tone' } }]);
    const draftsBefore = await getAllRows(v3, 'drafts');
    v3.close();

    const drafts = await DraftStore.open({ factory, name: 'm4' });
    const raw = await openRaw(factory, 'm4', 4);
    expect([...raw.objectStoreNames].sort()).toEqual(['drafts', 'followups', 'revisions', 'settings']);
    expect(await getAllRows(raw, 'drafts')).toEqual(draftsBefore);
    raw.close();

    const { followUps, damaged } = await new FollowUpStore(drafts).list();
    expect(damaged).toBe(0);
    // The trashed brief is not followed up; the other two are, from the day they were last edited.
    expect(followUps.map((f) => f.briefId).sort()).toEqual(['v1-manual', 'v1-trello']);
    const trello = followUps.find((f) => f.briefId === 'v1-trello')!;
    expect(followUpSchema.parse(trello)).toEqual(trello);
    expect(trello).toMatchObject({ plan: null, to: { name: 'Ana', email: 'ana@example.com' }, via: 'manual', reports: [], updatedAt: LATE });
    expect(followUps.find((f) => f.briefId === 'v1-manual')!.to).toEqual({ name: '', email: '' });
    expect((await drafts.getPresets()).standards).toBe('Warm tone');
    drafts.close();
  });

  it('dates the follow-up on the owner\'s calendar, and skips rows it cannot read', () => {
    const [trello] = v3Rows();
    expect(followUpForV3Draft(trello, 'Pacific/Auckland')!.sentOn).toBe('2026-12-01');
    expect(followUpForV3Draft(trello, 'America/New_York')!.sentOn).toBe('2026-11-30');
    expect(followUpForV3Draft({ ...trello, status: 'draft' }, 'UTC')).toBeUndefined();
    expect(followUpForV3Draft({ status: 'sent' }, 'UTC')).toBeUndefined();
    expect(followUpForV3Draft('nonsense', 'UTC')).toBeUndefined();
  });
});
