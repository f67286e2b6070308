import { afterAll, beforeAll, test } from 'vitest';
import { launch, type Harness } from '../tests/e2e/harness';
import { addReader, makeBoard, timeBareQuery, timeReader } from './boards';
import { median, record, save } from './record';

// The reader runs in Chromium, on a board served at its real URL; no extension is needed
// for this: the reader is bundled and added to the page. Reader and baseline alternate.
const RUNS = 9;
const SIZES = [100, 1_000, 5_000];
/** Reads per sample, so that even the baseline of a small board spans many clock ticks. */
const REPS: Record<number, number> = { 100: 50, 1_000: 10, 5_000: 2 };
let h: Harness;

beforeAll(async () => {
  h = await launch({ extension: false });
});
afterAll(async () => h?.close());

test('Trello reader on boards of 100, 1,000 and 5,000 cards against a bare querySelectorAll', async () => {
  for (const size of SIZES) {
    const url = `https://trello.com/b/Bench${size}/brightside-marketing`;
    await h.serve(url, makeBoard(size).html);
    const page = await h.context.newPage();
    await page.goto(url);
    await addReader(page);
    // One warm-up of each: the first call compiles the code.
    const first = await timeReader(page);
    await timeBareQuery(page);
    if (first.tasks !== size) throw new Error(`The reader found ${first.tasks} tasks on a board of ${size}`);
    const reader: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      reader.push((await timeReader(page, REPS[size])).ms);
      bare.push((await timeBareQuery(page, REPS[size])).ms);
    }
    await page.close();
    record({
      name: `Trello reader, ${size.toLocaleString('en-GB')} cards`,
      unit: 'ms',
      value: median(reader),
      baselineName: 'querySelectorAll + titles',
      baseline: median(bare),
      budget: '≤ 3x',
      runs: RUNS,
    });
    console.log(`${size} cards: reader ${median(reader).toFixed(2)} ms, bare ${median(bare).toFixed(2)} ms (${REPS[size]} reads per sample)`);
  }
  save(__filename);
});
