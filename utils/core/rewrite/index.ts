// The brief writer: understand → compose → verify. A task (title, description, checklist, labels,
// due date) in, a prefilled outcome brief out, with the task frame it was written from, the
// sections that are only suggestions, and the how-instructions kept out of the outcome.
// Pure, deterministic and offline: no browser APIs, no language model, no clock, no randomness.
import type { Category, Triage } from '../model/categories';
import type { Presets } from '../model/presets';
import { SECTION_KEYS, emptySections, type SectionKey, type Sections } from '../model/sections';
import { compose, TEMPLATE_NUMBERS, type OutcomeKind } from './compose';
import type { Instruction, TaskFrame } from './frame';
import { TITLE_MAX, truncate } from './text';
import type { WriterNotice } from './notices';
import { triageOf } from './triage';
import { buildFrame, titleOf, type TaskInput } from './understand';
import { verify, type Failure } from './verify';

export { categoryFromLabels } from './labels';
export { toolLine, STEPS_HEADING } from './compose';
export { buildFrame, type TaskInput } from './understand';
export { verify, verifyText, type Failure, type CheckName, type VerifyOptions } from './verify';
export { findInstructions } from './understand/instructions';
export type { TaskFrame, Instruction } from './frame';
export type { WriterNotice } from './notices';
export { TEMPLATE_NUMBERS };

export type RewriteInput = TaskInput;

export interface RewriteResult {
  title: string;
  category: Category;
  triage: Triage;
  sections: Sections;
  recognised: boolean;
  missing: SectionKey[];
  /** What the owner is told about this brief (worded by the views, in the owner's language). */
  notices: WriterNotice[];
  /** What the writer understood; the same frame a model is given. */
  frame: TaskFrame;
  /** Sections filled with generic lines (or a guessed outcome): "suggested, check it". */
  suggested: SectionKey[];
  /** How-instructions kept out of the outcome, offered back as choices. */
  instructions: Instruction[];
  outcomeKind: OutcomeKind;
  /** Checks the final generated text still fails (empty when it may be sent as written). */
  failures: Failure[];
}

export function classify(title: string, description?: string): Category {
  return buildFrame({ title: title ?? '', ...(description ? { description } : {}) }, { light: true }).category;
}

export function rewriteTask(input: RewriteInput, presets?: Presets): RewriteResult {
  const full = titleOf(input ?? { title: '' });
  const { text: title, cut } = truncate(full, TITLE_MAX);
  const frame = buildFrame(input ?? { title: '' });
  if (!title) {
    return {
      title: '', category: 'other', triage: 'delegate', sections: emptySections(), recognised: false, missing: [...SECTION_KEYS],
      notices: [{ kind: 'empty' }], frame, suggested: [], instructions: [], outcomeKind: 'none', failures: [],
    };
  }
  const composed = compose(frame, presets, cut ? full : undefined);
  const sections = composed.sections;
  // An outcome that already passed verify word for word needs only its measure checked again.
  const generated: SectionKey[] =
    composed.outcomeKind === 'owner-words' ? [] : composed.verifiedOutcome === sections.outcome ? ['measure'] : ['outcome', 'measure'];
  const failures = composed.outcomeKind === 'fallback' ? [] : verify(frame, sections, { generated, allowedNumbers: TEMPLATE_NUMBERS });
  const notices: WriterNotice[] = [];
  if (cut) notices.push({ kind: 'shortened', max: TITLE_MAX });
  const recognised = frame.understood !== 'none';
  if (frame.language === 'other') notices.push({ kind: 'other-language', language: frame.languageCode ?? '' });
  else if (!recognised) notices.push({ kind: 'not-a-task', title: truncate(title, 60).text });
  else if (composed.outcomeKind === 'fallback' || composed.outcomeKind === 'plain' || composed.outcomeKind === 'generic') notices.push({ kind: composed.outcomeKind });
  if (frame.instructions.length) {
    notices.push({
      kind: 'instructions',
      count: frame.instructions.length,
      ...(frame.instructions.length === 1 ? { text: truncate(frame.instructions[0]!.text, 50).text } : {}),
    });
  }
  if (frame.owner.steps.length) notices.push({ kind: 'steps' });
  return {
    title,
    category: frame.category,
    triage: triageOf(full, { labels: frame.labels, ...(input?.list ? { list: input.list } : {}), frame }),
    sections,
    recognised,
    missing: SECTION_KEYS.filter((k) => !sections[k].trim()),
    notices,
    frame,
    suggested: composed.suggested,
    instructions: frame.instructions,
    outcomeKind: composed.outcomeKind,
    failures,
  };
}

export function suggestTriage(input: RewriteInput): Triage {
  return suggest(input).triage;
}

/** Category and triage for a board row, from one light reading of the task. */
export function suggest(input: RewriteInput): { category: Category; triage: Triage } {
  const full = titleOf(input ?? { title: '' });
  const frame = buildFrame(input ?? { title: '' }, { light: true });
  return { category: frame.category, triage: triageOf(full, { labels: frame.labels, ...(input?.list ? { list: input.list } : {}), frame }) };
}
