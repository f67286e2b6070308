import { afterAll, beforeAll, test } from 'vitest';
import { launch, type Harness } from '../tests/e2e/harness';
import { addReader, makeBoard, timeReader } from './boards';
import { median, record, save } from './record';
import { timeUntilCount } from './wait';

// The side panel bound to a served 1,000-card board: from the panel's navigation start until
// 1,000 task rows exist, against the reader alone reading the same page in the page.
const RUNS = 7;
const CARDS = 1_000;
const URL = 'https://trello.com/b/BenchPanel/brightside-marketing';
let h: Harness;

beforeAll(async () => {
  h = await launch();
  await h.serve(URL, makeBoard(CARDS).html);
});
afterAll(async () => h?.close());

async function panelTime(tabId: number): Promise<number> {
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`, { waitUntil: 'commit' });
  const ms = await timeUntilCount(panel, '[data-testid="task-row"]', CARDS);
  await panel.close();
  return ms;
}

test('side panel time to list a 1,000-card board against the reader alone', async () => {
  const { page, tabId } = await h.openSite(URL);
  await addReader(page);
  await timeReader(page);
  await panelTime(tabId);
  const panel: number[] = [];
  const reader: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    panel.push(await panelTime(tabId));
    reader.push((await timeReader(page)).ms);
  }
  record({
    name: 'side panel lists a 1,000-card board',
    unit: 'ms',
    value: median(panel),
    baselineName: 'reader alone in the page',
    baseline: median(reader),
    budget: 'report',
    runs: RUNS,
  });
  console.log({ panel, reader });
  save(__filename);
});
