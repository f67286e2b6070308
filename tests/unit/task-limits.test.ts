import { describe, expect, test } from 'vitest';
import { capTask, TASK_LIMITS, type Task } from '../../utils/core/model/task';
import { taskSchema } from '../../utils/core/model/brief';

const task: Task = { source: 'trello', id: 'a1', title: 'Post on Instagram', checklist: [], labels: ['Social'], assignees: [] };

describe('capTask', () => {
  test('a task within the limits is returned as it is', () => {
    expect(capTask(task)).toBe(task);
  });

  test('every over-long field is cut so the task validates', () => {
    const huge: Task = {
      ...task,
      title: 'x'.repeat(TASK_LIMITS.title + 5),
      description: 'd'.repeat(TASK_LIMITS.description + 1),
      labels: Array.from({ length: 150 }, () => 'L'.repeat(300)),
      assignees: ['P'.repeat(201)],
      checklist: Array.from({ length: 600 }, () => ({ text: 'c'.repeat(2_100), done: true })),
      due: 'D'.repeat(201),
      list: 'l'.repeat(501),
      board: 'b'.repeat(501),
      url: `https://trello.com/${'u'.repeat(4_000)}`,
    };
    expect(taskSchema.safeParse(huge).success).toBe(false);
    const capped = capTask(huge);
    expect(taskSchema.safeParse(capped).success).toBe(true);
    expect(capped.title).toHaveLength(TASK_LIMITS.title);
    expect(capped.labels).toHaveLength(TASK_LIMITS.labels);
    expect(capped.checklist[0]).toEqual({ text: 'c'.repeat(TASK_LIMITS.checklistItem), done: true });
  });
});
