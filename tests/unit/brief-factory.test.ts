import { describe, expect, test } from 'vitest';
import { newBrief } from '../../utils/core/brief-factory';
import { briefSchema } from '../../utils/core/model/brief';
import { emptyPresets } from '../../utils/core/model/presets';
import { taskText, type Task } from '../../utils/core/model/task';

const card: Task = {
  source: 'trello',
  id: 'Ab12',
  url: 'https://trello.com/c/Ab12/1-post',
  title: 'Post 3 Instagram updates this week',
  description: 'Use the new product photos.',
  checklist: [{ text: 'Cinnamon buns', done: false }],
  labels: ['Social'],
  assignees: [],
  list: 'To do',
  board: 'Marketing',
};

describe('newBrief', () => {
  test('a page task gives a valid draft keyed by its source', () => {
    const { brief } = newBrief(card, { now: 5, id: 'x1' });
    expect(briefSchema.parse(brief)).toEqual(brief);
    expect(brief).toMatchObject({ id: 'x1', sourceKey: 'trello:Ab12', status: 'draft', category: 'social-media', createdAt: 5 });
    expect(brief.source).toEqual(card);
  });

  test('typed text has no source key, so it never collides with a page task', () => {
    const { brief } = newBrief('Transcribe the interview\nIt is 40 minutes long.', { now: 1, id: 'x2' });
    expect(brief.sourceKey).toBeUndefined();
    expect(brief.title).toBe('Transcribe the interview');
    expect(brief.category).toBe('transcription');
    expect(briefSchema.safeParse(brief).success).toBe(true);
  });

  test('the assistant chosen last is filled in', () => {
    const presets = { ...emptyPresets(), assistants: [{ name: 'Ana', email: 'ana@example.com' }], lastAssistant: 'ana@example.com' };
    expect(newBrief('Email the newsletter', { now: 1, id: 'x3', presets }).brief.assistant).toEqual({ name: 'Ana', email: 'ana@example.com' });
  });

  test('taskText gives the owner the task as they wrote it', () => {
    expect(taskText(card)).toBe('Post 3 Instagram updates this week\nUse the new product photos.\n- Cinnamon buns');
  });
});
