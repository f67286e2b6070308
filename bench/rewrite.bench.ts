import { test } from 'vitest';
import { rewriteTask } from '../utils/core/rewrite';
import { checkBrief } from '../utils/core/checklist';
import { CORPUS } from '../tests/unit/rewrite/corpus';
import { median, record, save } from './record';

const RUNS = 7;
const ROUNDS = 20;

test('rewrite engine throughput over the corpus', () => {
  const titles = CORPUS.map((row) => row.title);
  const perSecond = (f: (t: string) => unknown) => {
    const samples: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const start = performance.now();
      for (let i = 0; i < ROUNDS; i++) for (const t of titles) f(t);
      samples.push((titles.length * ROUNDS) / ((performance.now() - start) / 1000));
    }
    return median(samples);
  };
  // Baseline: the cheapest thing any rewrite must do, normalising the text.
  const baseline = perSecond((t) => t.normalize('NFKC').trim().toLowerCase().split(/\s+/));
  const rewrite = perSecond((t) => rewriteTask({ title: t }));
  const withChecklist = perSecond((t) => checkBrief(rewriteTask({ title: t })));
  record({ name: 'rewrite engine', unit: 'tasks/s', value: rewrite, baselineName: 'normalise+split', baseline, runs: RUNS });
  record({ name: 'rewrite + checklist', unit: 'tasks/s', value: withChecklist, runs: RUNS });
  save(__filename);
});
