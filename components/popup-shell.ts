// popup.html shows a bare task box from its first frame, before the popup's code has loaded
// (see entrypoints/popup/index.html). When the popup renders, what the person typed there, and
// where the caret was, carry over to the real task box, so the first keystrokes count.
const BOX = '[data-testid="task-input"]';

export function replaceShell(shell: HTMLElement | null, renderApp: () => void): void {
  const early = shell?.querySelector<HTMLTextAreaElement>(BOX);
  const typed = early?.value ?? '';
  const focused = !!early && early.ownerDocument.activeElement === early;
  const start = early?.selectionStart ?? 0;
  const end = early?.selectionEnd ?? 0;
  shell?.remove();
  renderApp();
  const box = document.querySelector<HTMLTextAreaElement>(BOX);
  if (!box) return;
  if (typed) {
    box.value = typed;
    // Through the popup's own input handler: the text is the person's, as if typed there.
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (focused) {
    box.focus();
    box.setSelectionRange(start, end);
  }
}
