import { DEMO_BOARD, renderDemoBoard, renderDemoCard } from '../../utils/sites/demo-board';
import { demoReader } from '../../utils/sites/readers/demo';
import { startPageAgent } from '../../utils/sites/page-agent';
import { openSidePanelHere } from '../../utils/platform/side-panel';
import './demo.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('page.demo'));
// The banner is the extension's own words; the board under it is sample data, like a real board's.
const banner = document.querySelector('.demo-banner');
const bannerText = [...(banner?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
if (bannerText) bannerText.textContent = ` ${t('demo.intro')} `;
const bannerTitle = banner?.querySelector('strong');
if (bannerTitle) bannerTitle.textContent = t('demo.title');
const panelButton = document.getElementById('open-panel');
if (panelButton) panelButton.textContent = t('demo.openPanel');

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
  close.textContent = t('demo.closeCard');
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
    note.textContent = t('demo.panelFailed');
    document.querySelector('.demo-banner')?.append(note);
  }
});

// The demo page is the extension's own page: never invalidated, and its card changes are
// hash changes, which the agent watches itself.
startPageAgent(
  { isValid: true, onInvalidated: () => () => undefined, addEventListener: (target, _type, handler) => target.addEventListener('popstate', handler) },
  { reader: demoReader },
);
