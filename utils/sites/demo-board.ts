// The demo board shipped as an extension page (demo.html). Its markup copies Trello's board
// (same data-testids), so the demo is read by the very code that reads Trello.
import type { ChecklistItem } from '../core/model/task';

export interface DemoCard {
  id: string;
  title: string;
  /** One paragraph per line. */
  description?: string;
  labels?: string[];
  due?: string;
  members?: string[];
  checklist?: ChecklistItem[];
}
export interface DemoBoard {
  title: string;
  lists: { name: string; cards: DemoCard[] }[];
}

export const DEMO_BOARD: DemoBoard = {
  title: 'Demo: Brightside Bakery marketing',
  lists: [
    {
      name: 'Inbox',
      cards: [
        {
          id: 'bsb01mkt',
          title: 'Find out what the three nearest bakeries charge for sourdough',
          description: 'Competitor prices for the spring menu review.\nInclude opening hours and any loyalty schemes.',
          labels: ['Market research'],
          due: 'Dec 4',
        },
        { id: 'bsb02dat', title: 'Type up the paper order forms from the farmers market', labels: ['Data entry'], members: ['Priya Nair'] },
        {
          id: 'bsb03trn',
          title: 'Transcribe the interview with our flour supplier',
          description: 'The recording is 42 minutes, in the shared drive under Interviews.',
          labels: ['Transcription'],
        },
        { id: 'bsb04soc', title: 'Post photos of the new cinnamon buns on Instagram', labels: ['Social media'], due: 'Nov 28' },
        { id: 'bsb05odd', title: 'Book the van MOT before Christmas', due: 'Dec 12' },
        { id: 'bsb06elm', title: 'Reformat the 2019 flyer archive nobody opens', labels: ['Eliminate?'] },
      ],
    },
    {
      name: 'This week',
      cards: [
        {
          id: 'bsb07rep',
          title: 'Monthly sales report for the bank meeting',
          description: 'Charts of weekday vs weekend sales.\n- One slide per shop\n- Keep it under ten slides',
          labels: ['Reports'],
          due: 'Nov 30',
          members: ['Sam Okafor'],
          checklist: [
            { text: 'Export the till data', done: true },
            { text: 'Draw the charts', done: false },
            { text: 'Write the summary slide', done: false },
          ],
        },
        {
          id: 'bsb08hir',
          title: 'Hire a freelance photographer for the Christmas menu',
          labels: ['Hiring'],
          checklist: [
            { text: 'Shortlist five portfolios', done: false },
            { text: 'Ask for day rates', done: false },
          ],
        },
        { id: 'bsb09soc', title: 'Reply to comments on last week’s Facebook posts', labels: ['Social media'] },
        { id: 'bsb10dat', title: 'Clean up duplicate customers in the mailing list', labels: ['Data entry'], members: ['Priya Nair'] },
        { id: 'bsb11mkt', title: 'Survey ten customers about gluten-free options', labels: ['Market research'] },
        { id: 'bsb12odd', title: 'Order new paper bags with the logo', due: 'Dec 2' },
        { id: 'bsb25own', title: 'Approve the new logo from the designer' },
        { id: 'bsb26own', title: 'Meet the bank manager about the oven loan', due: 'Dec 9' },
      ],
    },
    {
      name: 'Waiting on others',
      cards: [
        { id: 'bsb13trn', title: 'Subtitle the sourdough masterclass video', labels: ['Transcription', 'Social media'] },
        {
          id: 'bsb14rep',
          title: 'Turn the customer survey results into a one-page summary',
          labels: ['Reports'],
          members: ['Sam Okafor', 'Priya Nair'],
        },
        { id: 'bsb15hir', title: 'Check references for the weekend shop assistant', labels: ['Hiring'], due: 'Dec 1' },
        { id: 'bsb16odd', title: 'Get three quotes for fixing the shop sign' },
        { id: 'bsb17elm', title: 'Reply-all thank-yous on the supplier newsletter', labels: ['Eliminate?'] },
        { id: 'bsb18soc', title: 'Plan the December posting calendar', labels: ['Social media'], due: 'Nov 29' },
      ],
    },
    {
      name: 'Someday',
      cards: [
        { id: 'bsb19mkt', title: 'Research wholesale cafés that might stock our bread', labels: ['Market research'] },
        { id: 'bsb20dat', title: 'Move the recipe costings into one spreadsheet', labels: ['Data entry'] },
        { id: 'bsb21rep', title: 'Slide deck for the local business awards', labels: ['Reports'] },
        { id: 'bsb22hir', title: 'Find a bookkeeper who knows small food businesses', labels: ['Hiring'] },
        { id: 'bsb23trn', title: 'Transcribe Grandma Rose’s handwritten recipe book', labels: ['Transcription'] },
        { id: 'bsb24odd', title: 'Renew the food hygiene certificate' },
      ],
    },
  ],
};

/** Trello's label colours for the demo's labels; a label not listed here is grey, as on Trello. */
const LABEL_COLORS: Record<string, string> = {
  'Market research': 'blue',
  'Data entry': 'purple',
  Transcription: 'sky',
  Reports: 'orange',
  'Social media': 'pink',
  Hiring: 'green',
  'Eliminate?': 'red',
};

/** A label chip: its own element, name as text, colour as Trello gives it (a data attribute here). */
function label(doc: Document, testid: string, name: string): HTMLElement {
  const chip = el(doc, 'span', testid, name);
  chip.setAttribute('data-color', LABEL_COLORS[name] ?? 'gray');
  return chip;
}

const slug = (s: string): string =>
  s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

function el(doc: Document, tag: string, testid?: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  if (testid) e.setAttribute('data-testid', testid);
  if (text !== undefined) e.textContent = text;
  return e;
}

function member(doc: Document, testid: string, name: string): HTMLElement {
  const m = el(doc, 'div', testid, name.split(' ').map((w) => w[0]).join(''));
  m.setAttribute('title', name);
  return m;
}

function cardFront(doc: Document, card: DemoCard): HTMLElement {
  const li = el(doc, 'li', 'list-card');
  const front = li.appendChild(el(doc, 'div', 'trello-card'));
  if (card.labels?.length) {
    const labels = front.appendChild(el(doc, 'div', 'card-front-labels'));
    for (const l of card.labels) labels.append(label(doc, 'card-front-label', l));
  }
  const a = front.appendChild(el(doc, 'a', 'card-name', card.title));
  a.setAttribute('href', `#/c/${card.id}/${slug(card.title)}`);
  if (card.due) front.append(el(doc, 'span', 'badge-due-date-not-completed', card.due));
  for (const m of card.members ?? []) front.append(member(doc, 'card-front-member', m));
  return li;
}

/** Build the Trello-like board with DOM APIs and textContent only (card text is never parsed as HTML). */
export function renderDemoBoard(doc: Document, board: DemoBoard = DEMO_BOARD): void {
  doc.getElementById('demo-board')?.remove();
  const root = el(doc, 'div');
  root.id = 'demo-board';
  root.append(el(doc, 'h1', 'board-name-display', board.title));
  const lists = root.appendChild(el(doc, 'ol', 'lists'));
  for (const list of board.lists) {
    const wrap = lists.appendChild(el(doc, 'li', 'list-wrapper')).appendChild(el(doc, 'div', 'list'));
    wrap.append(el(doc, 'h2', 'list-name', list.name));
    const cards = wrap.appendChild(el(doc, 'ol', 'list-cards'));
    for (const card of list.cards) cards.append(cardFront(doc, card));
    wrap.append(el(doc, 'button', 'list-add-card-button', 'Add a card'));
  }
  doc.body.append(root);
}

/** Open a card back (Trello's dialog markup) for a card of the board; closes any open one. */
export function renderDemoCard(doc: Document, cardId: string, board: DemoBoard = DEMO_BOARD): void {
  doc.getElementById('demo-card')?.remove();
  const card = board.lists.flatMap((l) => l.cards).find((c) => c.id === cardId);
  if (!card) return;
  const dialog = el(doc, 'div', 'card-back-name');
  dialog.id = 'demo-card';
  dialog.setAttribute('role', 'dialog');
  const title = dialog.appendChild(el(doc, 'textarea', 'card-back-title-input', card.title)) as HTMLTextAreaElement;
  title.value = card.title;
  if (card.labels?.length) {
    const labels = dialog.appendChild(el(doc, 'div'));
    labels.className = 'demo-labels';
    for (const l of card.labels) labels.append(label(doc, 'card-label', l));
  }
  for (const m of card.members ?? []) dialog.append(member(doc, 'card-back-member-avatar', m));
  if (card.due) dialog.append(el(doc, 'button', 'due-date-badge', card.due));
  if (card.description) {
    const desc = dialog.appendChild(el(doc, 'div', 'description-content-area'));
    for (const line of card.description.split('\n')) desc.append(el(doc, 'p', undefined, line));
  }
  for (const item of card.checklist ?? []) {
    const row = dialog.appendChild(el(doc, 'div', 'check-item-container'));
    const box = row.appendChild(el(doc, 'input', 'clickable-checkbox')) as HTMLInputElement;
    box.type = 'checkbox';
    box.checked = item.done;
    box.setAttribute('aria-checked', String(item.done));
    row.append(el(doc, 'span', 'check-item-name', item.text));
  }
  doc.body.append(dialog);
}
