// The writer never throws, whatever shape an owner's title takes: titles from the corpora, cut,
// joined and wrapped the way people write (a polite lead, a topic before a colon, dash or question
// mark, details after it, shouting). A throw here would be an error in the popup instead of a brief.
import { expect, test } from 'vitest';
import { rewriteTask } from '../../../utils/core/rewrite';
import { loadCorpus } from '../../eval/corpus';
import { mixSeed, prng, Rng } from './mutate';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const titles = (['tuning.json', 'heldout.json', 'unseen.json'] as const).flatMap((n) => (loadCorpus(n) ?? []).map((e) => e.title));
const LEADS = ['Could someone ', 'can you pls ', 'Please ', 'Kindly ', 'Who can ', 'need someone to ', ''];
const SEPARATORS = ['? ', ': ', ' - ', ' – ', '! ', ', ', ' / '];
const TAILS = ['~1,200 of them, into the job database', 'by Thurs 10am', 'the 21st at the latest', 'budget $300', 'am 3. Juni', 'thanks!!', '🙏', 'JIRA-123', ''];

function mutate(title: string, r: Rng): string {
  const words = title.split(/\s+/);
  const cut = r.int(words.length + 1);
  let text = `${r.pick(LEADS)}${words.slice(0, cut).join(' ')}${r.pick(SEPARATORS)}${words.slice(cut).join(' ')}`;
  if (r.chance(0.5)) text += `${r.pick(SEPARATORS)}${r.pick(TAILS)}`;
  if (r.chance(0.5)) text = `${r.pick(titles)}${r.pick(SEPARATORS)}${text}`;
  if (r.chance(0.1)) text = text.toUpperCase();
  return text;
}

test('2,000 reshaped titles each give a brief, none throws', () => {
  const failures: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const r = new Rng(prng(mixSeed(SEED, i)));
    const title = mutate(r.pick(titles)!, r);
    try {
      const result = rewriteTask({ title });
      if (typeof result.sections.outcome !== 'string') failures.push(`no outcome: ${title}`);
    } catch (e) {
      failures.push(`${String(e)} (seed ${SEED}, case ${i}): ${title}`);
    }
  }
  expect(failures.slice(0, 5)).toEqual([]);
  // About 3 s alone; a loaded CI machine can take several times that.
}, 60_000);
