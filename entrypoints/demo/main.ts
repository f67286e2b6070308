import { DEMO_BOARD, renderDemoBoard, renderDemoCard } from '../../utils/sites/demo-board';
import { demoReader } from '../../utils/sites/readers/demo';
import { startPageAgent } from '../../utils/sites/page-agent';
import { openSidePanelHere } from '../../utils/platform/side-panel';
import './demo.css';

renderDemoBoard(document, DEMO_BOARD);

// The open card lives in the URL, as on Trello: #/c/<id>/<slug>.
const showCard = () => {
  const id = /^#\/c\/([^/]+)/.exec(location.hash)?.[1];
  document.getElementById('demo-card')?.remove();
  if (!id) return;
  renderDemoCard(document, decodeURIComponent(id), DEMO_BOARD);
  const dialog = document.getElementById('demo-card');
  if (!dialog) return;
  const close = document.createElement('a');
  close.href = '#';
  close.className = 'demo-close';
  close.textContent = 'Close card';
  dialog.prepend(close);
  dialog.querySelector('textarea')?.focus();
};
window.addEventListener('hashchange', showCard);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && location.hash) location.hash = '';
});
showCard();

document.getElementById('open-panel')?.addEventListener('click', async () => {
  try {
    await openSidePanelHere();
  } catch {
    const note = document.createElement('span');
    note.setAttribute('role', 'alert');
    note.textContent = 'The side panel could not be opened from here. Use the extension’s toolbar button, then “Review board”.';
    document.querySelector('.demo-banner')?.append(note);
  }
});

// The demo page is the extension's own page: never invalidated, and its card changes are
// hash changes, which the agent watches itself.
startPageAgent(
  { isValid: true, onInvalidated: () => () => undefined, addEventListener: (target, _type, handler) => target.addEventListener('popstate', handler) },
  { reader: demoReader },
);
