// The writer's notices reach the owner as sentences in the UI's language (English here, as the
// unit setup's browser speaks it), with the task's language named by Intl.
import { expect, test } from 'vitest';
import { noticesText } from '../../../components/writer-notices';
import { rewriteTask } from '../../../utils/core/rewrite';

test('each notice is a sentence, with its details filled in', () => {
  expect(noticesText([{ kind: 'empty' }])).toMatch(/^Type a task to rewrite/);
  expect(noticesText([{ kind: 'shortened', max: 200 }])).toContain('shortened to 200 characters');
  expect(noticesText([{ kind: 'not-a-task', title: 'lorem ipsum' }])).toMatch(/^“lorem ipsum” doesn't read like a task/);
  expect(noticesText([{ kind: 'instructions', count: 1, text: 'at exactly 7:45' }])).toContain('(“at exactly 7:45”)');
  expect(noticesText([{ kind: 'instructions', count: 3 }])).toMatch(/^3 how-instructions/);
});

test('the task’s language is named, or called another language when unknown', () => {
  expect(noticesText(rewriteTask({ title: 'שלח חשבונית ללקוח' }).notices)).toContain('This task is in Hebrew');
  expect(noticesText([{ kind: 'other-language', language: '' }])).toContain('This task is in another language');
  expect(noticesText([{ kind: 'other-language', language: 'zz' }])).toContain('This task is in another language');
});

test('several notices read as one paragraph, no keys shown', () => {
  const text = noticesText(rewriteTask({ title: 'x'.repeat(400) }).notices);
  expect(text).toContain('shortened');
  expect(text).not.toMatch(/writer\./);
});
