import { describe, expect, it } from 'vitest';
import { taskFromSelection } from '../../../utils/sites/readers/selection';

const URL_A = 'https://example.com/notes';

describe('taskFromSelection', () => {
  it('gives nothing for empty or meaningless selections', () => {
    for (const text of ['', '   ', '\n\t\n', '\u00a0', '----\n***\n• ']) {
      expect(taskFromSelection(text, URL_A, 'Notes')).toBeNull();
    }
  });

  it('takes the first meaningful line as title and the rest as description', () => {
    const task = taskFromSelection('\n  \n---\n• Book the van MOT  \nBefore 12 Dec.\n\n\n\nGarage: Smith & Sons\n', URL_A, ' Jo’s notes ');
    expect(task).toEqual({
      source: 'selection',
      id: expect.stringMatching(/^s[0-9a-z]+$/),
      url: URL_A,
      title: 'Book the van MOT',
      description: 'Before 12 Dec.\n\nGarage: Smith & Sons',
      checklist: [],
      labels: [],
      assignees: [],
      board: 'Jo’s notes',
    });
  });

  it('handles Windows line endings and numbered items', () => {
    const task = taskFromSelection('1. Call the landlord\r\nabout the sign', URL_A, '');
    expect(task).toMatchObject({ title: 'Call the landlord', description: 'about the sign' });
    expect(task).not.toHaveProperty('board');
  });

  it('shortens a very long first line and keeps it whole in the description', () => {
    const line = 'word '.repeat(200).trim();
    const task = taskFromSelection(`${line}\nsecond line`, URL_A, 'x')!;
    expect(task.title.length).toBeLessThanOrEqual(300);
    expect(task.title.endsWith('…')).toBe(true);
    expect(task.title).not.toMatch(/\s…$/);
    expect(task.description).toBe(`${line}\nsecond line`);
  });

  it('has a stable id from url and text', () => {
    const a = taskFromSelection('Order bags', URL_A, 'A')!;
    expect(taskFromSelection('Order bags', URL_A, 'B')!.id).toBe(a.id);
    expect(taskFromSelection('Order bags', `${URL_A}?x`, 'A')!.id).not.toBe(a.id);
    expect(taskFromSelection('Order bag', URL_A, 'A')!.id).not.toBe(a.id);
  });

  it('keeps markup and non-Latin text as plain text', () => {
    expect(taskFromSelection('<img src=x onerror=alert(1)>', URL_A, '')!.title).toBe('<img src=x onerror=alert(1)>');
    expect(taskFromSelection('  ترجمة القائمة  ', URL_A, '')!.title).toBe('ترجمة القائمة');
    expect(taskFromSelection('😀 🎉\nfollow up', URL_A, '')!.title).toBe('follow up');
  });
});
