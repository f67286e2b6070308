// `npm run eval`: prints the evaluation report and writes it to test-results/eval.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { loadCorpus } from './corpus';
import { briefFor, report } from './run';

test('evaluation report', () => {
  const sets: [string, ReturnType<typeof briefFor>[]][] = [];
  const tuning = loadCorpus('tuning.json');
  if (tuning) sets.push(['tuning', tuning.map(briefFor)]);
  const heldout = loadCorpus('heldout.json');
  if (heldout) sets.push(['held-back', heldout.map(briefFor)]);
  const unseen = loadCorpus('unseen.json');
  if (unseen) sets.push(['unseen', unseen.map(briefFor)]);
  const sealed = loadCorpus('sealed.json');
  if (sealed) sets.push(['sealed', sealed.map(briefFor)]);
  const text = report(sets, Number(process.env.EVAL_WORST ?? 10));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/eval.md', `${text}\n`);
  console.log(text);
});
