// The rewrite engine: a task (title, description, checklist...) in, a prefilled outcome brief out.
// Pure, deterministic and offline: no browser APIs, no language model, no clock, no randomness.
import type { Category, Triage } from '../model/categories';
import type { Presets } from '../model/presets';
import { SECTION_KEYS, emptySections, type SectionKey, type Sections } from '../model/sections';
import type { ChecklistItem } from '../model/task';
import { categoryFromLabels } from './labels';
import { classifyParsed } from './classify';
import { outcomeOf } from './outcome';
import { ownerText } from './owner-text';
import { parseTitle } from './parse';
import { fillSections } from './sections';
import { TITLE_MAX, collapse, hasBrokenValue, isPlaceholder, truncate, words } from './text';
import { triageOf } from './triage';

export { classify } from './classify';
export { categoryFromLabels } from './labels';
export { toolLine } from './sections';

export interface RewriteInput {
  title: string;
  description?: string;
  checklist?: ChecklistItem[];
  labels?: string[];
  due?: string;
  list?: string;
  board?: string;
}

export interface RewriteResult {
  title: string;
  category: Category;
  triage: Triage;
  sections: Sections;
  recognised: boolean;
  missing: SectionKey[];
  notice?: string;
}

const EMPTY_NOTICE = 'Type a task to rewrite, for example “Post 3 Instagram updates this week”.';

/** The title as the owner wrote it, tidied; falls back to the first line of the description. */
function titleOf(input: RewriteInput): { title: string; full: string; cut: boolean } {
  const raw = typeof input.title === 'string' ? input.title : '';
  let full = collapse(raw);
  if (!full && input.description) full = collapse(input.description.split(/\r?\n/).find((l) => l.trim()) ?? '');
  const { text, cut } = truncate(full, TITLE_MAX);
  return { title: text, full, cut };
}

const quote = (s: string): string => `“${truncate(s, 60).text}”`;

export function rewriteTask(input: RewriteInput, presets?: Presets): RewriteResult {
  const { title, full, cut } = titleOf(input ?? { title: '' });
  if (!title) {
    const sections = emptySections();
    return { title: '', category: 'other', triage: 'delegate', sections, recognised: false, missing: [...SECTION_KEYS], notice: EMPTY_NOTICE };
  }
  const parsed = parseTitle(full);
  const description = typeof input.description === 'string' ? input.description : '';
  const labels = (input.labels ?? []).filter((l) => typeof l === 'string');
  const { category: guessed, hits } = classifyParsed(parsed, [description.slice(0, 2_000), labels.join(' ')]);
  const labelled = categoryFromLabels(labels);
  const recognised = Boolean((parsed.verb && (parsed.object || parsed.verb.thing)) || hits > 0);
  const category: Category = labelled ?? (recognised ? guessed : 'other');
  let outcome = recognised ? outcomeOf(parsed, category) : '';
  // Belt and braces: an outcome that could mislead is worse than an empty one the owner fills in.
  if (outcome && (isPlaceholder(outcome) || hasBrokenValue(outcome) || words(outcome).length < 3)) outcome = '';
  const owner = ownerText(description, input.checklist ?? []);
  const sections = fillSections({
    parsed,
    category,
    outcome,
    recognised,
    owner,
    ...(cut ? { fullTitle: full } : {}),
    ...(input.due ? { due: input.due } : {}),
    ...(presets ? { presets } : {}),
  });
  const notices: string[] = [];
  if (cut) notices.push(`The task was long, so its title was shortened to ${TITLE_MAX} characters; the full text is kept under Why it matters.`);
  if (!recognised) {
    notices.push(`${quote(title)} doesn't read like a task, so no outcome was written. What should be true when it's done? Write that as the outcome.`);
  } else if (!outcome) {
    notices.push('No outcome could be written from this task. What should be true when it is done? Write that as the outcome.');
  }
  if (owner.steps.length) notices.push('Your numbered steps were kept under Sources as background; a brief works best when it states the result rather than the steps.');
  const missing = SECTION_KEYS.filter((k) => !sections[k].trim());
  return {
    title,
    category,
    triage: triageOf(full, { labels, ...(input.list ? { list: input.list } : {}) }),
    sections,
    recognised,
    missing,
    ...(notices.length ? { notice: notices.join(' ') } : {}),
  };
}

export function suggestTriage(input: RewriteInput): Triage {
  const { full } = titleOf(input ?? { title: '' });
  return triageOf(full, { labels: input?.labels ?? [], ...(input?.list ? { list: input.list } : {}) });
}
