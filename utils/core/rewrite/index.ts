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
import { triageOf } from './triage';
import { buildFrame, titleOf, type TaskInput } from './understand';
import { verify, type Failure } from './verify';

export { categoryFromLabels } from './labels';
export { toolLine, STEPS_HEADING } from './compose';
export { buildFrame, type TaskInput } from './understand';
export { verify, verifyText, type Failure, type CheckName, type VerifyOptions } from './verify';
export { findInstructions } from './understand/instructions';
export type { TaskFrame, Instruction } from './frame';
export { TEMPLATE_NUMBERS };

export type RewriteInput = TaskInput;

export interface RewriteResult {
  title: string;
  category: Category;
  triage: Triage;
  sections: Sections;
  recognised: boolean;
  missing: SectionKey[];
  notice?: string;
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

const EMPTY_NOTICE = 'Type a task to rewrite, for example “Post 3 Instagram updates this week”.';
const LANGUAGE_NAMES: Record<string, string> = {
  it: 'Italian', pt: 'Portuguese', nl: 'Dutch', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ru: 'Russian', he: 'Hebrew',
  ar: 'Arabic', th: 'Thai', el: 'Greek', hi: 'Hindi', pl: 'Polish', sv: 'Swedish', da: 'Danish', cs: 'Czech',
};

const quote = (s: string): string => `“${truncate(s, 60).text}”`;

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
      notice: EMPTY_NOTICE, frame, suggested: [], instructions: [], outcomeKind: 'none', failures: [],
    };
  }
  const composed = compose(frame, presets, cut ? full : undefined);
  const sections = composed.sections;
  // An outcome that already passed verify word for word needs only its measure checked again.
  const generated: SectionKey[] =
    composed.outcomeKind === 'owner-words' ? [] : composed.verifiedOutcome === sections.outcome ? ['measure'] : ['outcome', 'measure'];
  const failures = composed.outcomeKind === 'fallback' ? [] : verify(frame, sections, { generated, allowedNumbers: TEMPLATE_NUMBERS });
  const notices: string[] = [];
  if (cut) notices.push(`The task was long, so its title was shortened to ${TITLE_MAX} characters; the full text is kept under Why it matters.`);
  const recognised = frame.understood !== 'none';
  if (frame.language === 'other') {
    const name = LANGUAGE_NAMES[frame.languageCode] ?? 'another language';
    notices.push(`This task is in ${name}, so your words are kept as they are and nothing was added in English. Write the outcome in plain words: what should be true when it is done?`);
  } else if (!recognised) {
    notices.push(`${quote(title)} doesn't read like a task, so no outcome was written. What should be true when it's done? Write that as the outcome.`);
  } else if (composed.outcomeKind === 'fallback') {
    notices.push('The outcome keeps your words, because a result could not be written from them with confidence. Say what should be true when it is done, and the brief is ready to check.');
  } else if (composed.outcomeKind === 'plain') {
    notices.push('The outcome is kept plain, because a fuller result could not be written from the task with confidence. Say what should be true when it is done.');
  } else if (composed.outcomeKind === 'generic') {
    notices.push('The task is short, so the outcome is a suggestion: check that it says what you want.');
  }
  if (frame.instructions.length) {
    notices.push(
      frame.instructions.length === 1
        ? `One how-instruction (“${truncate(frame.instructions[0]!.text, 50).text}”) was kept out of the outcome: choose in the checklist what to do with it.`
        : `${frame.instructions.length} how-instructions were kept out of the outcome: choose in the checklist what to do with each.`,
    );
  }
  if (frame.owner.steps.length) notices.push('Your numbered steps were kept under Sources as background; a brief works best when it states the result rather than the steps.');
  return {
    title,
    category: frame.category,
    triage: triageOf(full, { labels: frame.labels, ...(input?.list ? { list: input.list } : {}), frame }),
    sections,
    recognised,
    missing: SECTION_KEYS.filter((k) => !sections[k].trim()),
    ...(notices.length ? { notice: notices.join(' ') } : {}),
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
