import type { DraftRowV1 } from '../../../utils/storage/db/migrations/001-create-drafts';

const sectionsV1 = (over: Partial<DraftRowV1['sections']> = {}): DraftRowV1['sections'] => ({
  outcome: '', measure: '', why: '', doneLooksLike: '', cadence: '', deadlines: '', standards: '',
  never: '', tools: '', sources: '', decideAlone: '', informAfter: '', proposeFirst: '',
  spendingLimit: '', escalation: '', reporting: '', checkIns: '',
  ...over,
});

/** Rows exactly as version 1 of the extension wrote them. */
export const V1_ROWS: DraftRowV1[] = [
  {
    id: 'v1-trello',
    sourceKey: 'trello:abc123',
    source: { source: 'trello', id: 'abc123', title: 'Grow Instagram', checklist: [{ text: 'Audit', done: true }], labels: ['Social'], assignees: [] },
    title: 'Grow Instagram',
    category: 'social-media',
    status: 'ready',
    sections: sectionsV1({
      outcome: 'Instagram grows 10% a quarter',
      reporting: 'Follower count and top posts\nCadence: weekly\nChannel: Slack #social\nFormat: three bullets',
    }),
    assistant: { name: 'Ana', email: 'ana@example.com' },
    createdAt: 100,
    updatedAt: 300,
  },
  {
    id: 'v1-manual',
    title: 'Clean the CRM',
    category: 'data-entry',
    status: 'draft',
    sections: sectionsV1({ outcome: 'No duplicate contacts', reporting: 'How many merged' }),
    createdAt: 200,
    updatedAt: 200,
  },
  {
    id: 'v1-trashed',
    sourceKey: 'asana:999',
    title: 'Old idea <b>bold</b>',
    category: 'other',
    status: 'draft',
    sections: sectionsV1(),
    createdAt: 50,
    updatedAt: 60,
    deletedAt: 70,
  },
];
