// The sections of an outcome brief (../shared/notes/briefs.md), in the order a
// reader meets them. Editor, renderers and checklist all walk this one list.

export const SECTION_KEYS = [
  'outcome',
  'measure',
  'why',
  'doneLooksLike',
  'cadence',
  'deadlines',
  'standards',
  'never',
  'tools',
  'sources',
  'decideAlone',
  'informAfter',
  'proposeFirst',
  'spendingLimit',
  'escalation',
  'reportWhat',
  'reportCadence',
  'reportChannel',
  'reportFormat',
  'checkIns',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];
export type Sections = Record<SectionKey, string>;

export interface SectionField {
  key: SectionKey;
  label: string;
  hint: string;
  /** Several lines, each rendered as a list item when there is more than one. */
  multiline: boolean;
}

export interface SectionGroup {
  id: string;
  heading: string;
  fields: SectionField[];
}

const f = (key: SectionKey, label: string, hint: string, multiline = true): SectionField => ({
  key,
  label,
  hint,
  multiline,
});

export const SECTION_GROUPS: SectionGroup[] = [
  {
    id: 'outcome',
    heading: 'Outcome',
    fields: [
      f('outcome', 'Outcome', 'What is true when this is done, written as a result, not an action.', false),
      f('measure', 'Measure', 'How you will both know it worked ("+10% followers a quarter").', false),
    ],
  },
  { id: 'why', heading: 'Why it matters', fields: [f('why', 'Why it matters', 'The business reason and context.')] },
  {
    id: 'done',
    heading: 'Done looks like',
    fields: [f('doneLooksLike', 'Done looks like', 'Acceptance criteria, or an example of a finished result.')],
  },
  {
    id: 'expectations',
    heading: 'Expectations',
    fields: [
      f('cadence', 'Cadence', 'How often ("three posts a week").', false),
      f('deadlines', 'Deadlines and checkpoints', 'Dates that matter.'),
      f('standards', 'Standards, brand and tone', 'Style guide, tone, quality bar.'),
      f('never', 'Must never happen', 'The lines not to cross.'),
    ],
  },
  {
    id: 'tools',
    heading: 'Tools and access',
    fields: [f('tools', 'Tools and access', 'Subscriptions, accounts, logins and budget provided.')],
  },
  { id: 'sources', heading: 'Sources', fields: [f('sources', 'Sources', 'Where to pull material or data from.')] },
  {
    id: 'decisions',
    heading: 'Decision rights',
    fields: [
      f('decideAlone', 'Decide alone', 'What the assistant decides without asking.'),
      f('informAfter', 'Decide, then tell me', 'Decisions to make and report afterwards.'),
      f('proposeFirst', 'Propose first', 'What needs your agreement before it happens.'),
      f('spendingLimit', 'Spending limit', 'What can be spent without asking.', false),
    ],
  },
  {
    id: 'escalation',
    heading: 'Escalation',
    fields: [f('escalation', 'When and how to ask', 'When to come to you, and in what form.')],
  },
  {
    id: 'reporting',
    heading: 'Reporting',
    fields: [
      f('reportWhat', 'What to report', 'The figures and facts that show progress.'),
      f('reportCadence', 'How often', 'Weekly, at each milestone...', false),
      f('reportChannel', 'Channel', 'Email, a shared doc, a chat thread.', false),
      f('reportFormat', 'Format', 'Status, what changed, what is next, one artefact.'),
    ],
  },
  {
    id: 'checkins',
    heading: 'Check-ins and corrections',
    fields: [f('checkIns', 'Check-ins and corrections', 'When you will check in, and how corrections are given.')],
  },
];

export const emptySections = (): Sections =>
  Object.fromEntries(SECTION_KEYS.map((k) => [k, ''])) as Sections;

/** Splits a section's text into items: one per non-empty line, list markers removed. */
export const sectionItems = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
