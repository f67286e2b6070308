// @vitest-environment happy-dom
// What a person types into the popup's first-frame task box, before its code has run, is in the
// real task box once the popup renders: in the popup's state, with the caret where it was.
import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { replaceShell } from '../../../components/popup-shell';

let seen = '';
function Box() {
  const [value, setValue] = useState('');
  seen = value;
  return <textarea data-testid="task-input" value={value} onInput={(e) => setValue(e.currentTarget.value)} />;
}

function page() {
  document.body.innerHTML = '<main id="popup-shell"><textarea data-testid="task-input"></textarea></main><div id="app"></div>';
  return { shell: document.getElementById('popup-shell')!, early: document.querySelector('textarea')! };
}
const mount = () => render(<Box />, document.getElementById('app')!);

afterEach(() => {
  render(null, document.getElementById('app')!);
  seen = '';
});

test('typed text, focus and caret move to the rendered box; the first-frame box is gone', async () => {
  const { shell, early } = page();
  early.value = 'Post 3 Instagram updates';
  early.focus();
  early.setSelectionRange(5, 6);
  replaceShell(shell, mount);
  await new Promise((r) => setTimeout(r, 0));
  const boxes = document.querySelectorAll<HTMLTextAreaElement>('[data-testid="task-input"]');
  expect(boxes).toHaveLength(1);
  expect(boxes[0]!.closest('#app')).not.toBeNull();
  expect(boxes[0]!.value).toBe('Post 3 Instagram updates');
  expect(seen).toBe('Post 3 Instagram updates');
  expect(document.activeElement).toBe(boxes[0]);
  expect([boxes[0]!.selectionStart, boxes[0]!.selectionEnd]).toEqual([5, 6]);
});

test('an untouched first-frame box leaves the popup as it renders, unfocused and empty', async () => {
  const { shell } = page();
  replaceShell(shell, mount);
  await new Promise((r) => setTimeout(r, 0));
  const box = document.querySelector<HTMLTextAreaElement>('[data-testid="task-input"]')!;
  expect(box.value).toBe('');
  expect(seen).toBe('');
  expect(document.activeElement).not.toBe(box);
});

test('without a first-frame box the popup still renders', () => {
  document.body.innerHTML = '<div id="app"></div>';
  replaceShell(document.getElementById('popup-shell'), mount);
  expect(document.querySelectorAll('[data-testid="task-input"]')).toHaveLength(1);
});
