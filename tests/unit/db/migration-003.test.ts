import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { draftRowV1toV2, type RevisionRowV2 } from '../../../utils/storage/db/migrations/002-sources-and-history';
import { splitReporting } from '../../../utils/storage/db/migrations/003-settings-and-reporting';
import { runMigrations } from '../../../utils/storage/db/migrations';
import { DraftStore } from '../../../utils/storage/db/drafts-service';
import { briefSchema } from '../../../utils/core/model/brief';
import { V1_ROWS } from './fixtures-v1';
import { openRaw, putRows } from './fixtures';

describe('splitReporting', () => {
  it('moves labelled lines to their own fields and keeps the rest as what to report', () => {
    expect(splitReporting('Sales per week\nCadence: Fridays\nchannel: email\nFormat: a table\nRefund count')).toEqual({
      reportWhat: 'Sales per week\nRefund count',
      reportCadence: 'Fridays',
      reportChannel: 'email',
      reportFormat: 'a table',
    });
  });
  it('keeps unlabelled text whole', () => {
    expect(splitReporting('Numbers: signups, churn')).toEqual({
      reportWhat: 'Numbers: signups, churn', reportCadence: '', reportChannel: '', reportFormat: '',
    });
  });
});

describe('migration 003: settings store, reporting split, schema stamp', () => {
  it('turns v2 rows and their history into valid briefs', async () => {
    const factory = new IDBFactory();
    const v2 = await openRaw(factory, 'm3', 2, (d, tx, old) => runMigrations(d, tx, old, 2));
    const rows = V1_ROWS.map(draftRowV1toV2);
    await putRows(v2, 'drafts', rows);
    const history: RevisionRowV2[] = rows.map((r) => ({ briefId: r.id, revision: 1, savedAt: r.updatedAt, brief: r }));
    await putRows(v2, 'revisions', history);
    v2.close();

    const store = await DraftStore.open({ factory, name: 'm3' });
    const { drafts, damaged } = await store.list({ includeDeleted: true });
    expect(damaged).toEqual([]);
    expect(drafts.map((d) => d.id).sort()).toEqual(['v1-manual', 'v1-trashed', 'v1-trello']);
    for (const d of drafts) expect(briefSchema.safeParse(d).success).toBe(true);

    const trello = drafts.find((d) => d.id === 'v1-trello')!;
    expect(trello.schema).toBe(1);
    expect(trello.sections.reportWhat).toBe('Follower count and top posts');
    expect(trello.sections.reportCadence).toBe('weekly');
    expect(trello.sections.reportChannel).toBe('Slack #social');
    expect(trello.sections.reportFormat).toBe('three bullets');
    expect('reporting' in trello.sections).toBe(false);

    const past = await store.history('v1-trello');
    expect(past).toHaveLength(1);
    expect(past[0]!.sections.reportChannel).toBe('Slack #social');

    expect(await store.getPresets()).toMatchObject({ standards: '', tools: [] });
    store.close();
  });
});
