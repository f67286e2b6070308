import { newBrief } from '../../../utils/core/brief-factory';
import { emptyPresets, type Presets } from '../../../utils/core/model/presets';
import type { Task } from '../../../utils/core/model/task';

export const card: Task = {
  source: 'trello',
  id: 'Ab12',
  url: 'https://trello.com/c/Ab12/1-post-3-instagram-updates',
  title: 'Post 3 Instagram updates this week',
  description: 'Use the new product photos.',
  checklist: [{ text: 'Cinnamon buns', done: false }],
  labels: ['Social'],
  assignees: ['Ana Lima'],
  people: [{ email: 'ana@example.com', name: 'Ana', role: 'to' }],
  list: 'To do',
  board: 'Marketing',
};

export const presets: Presets = {
  ...emptyPresets(),
  standards: 'Warm, plain words; our logo only on a cream background',
  spendingLimit: 'Up to $40 a month',
  reportCadence: 'Every Friday',
  assistants: [{ name: 'Ana', email: 'ana@example.com' }],
  lastAssistant: 'ana@example.com',
};

export const briefFor = (task: Task | string = card, p: Presets | undefined = presets) => newBrief(task, { presets: p, now: 1, id: 'b1' });

/** A good answer for the card: an outcome that passes every check, and a sharper measure. */
export const goodSections = {
  outcome: 'The 3 Instagram updates are live this week, each with the new product photos.',
  measure: 'All 3 Instagram updates are published this week, with reach and saves noted for each.',
};
