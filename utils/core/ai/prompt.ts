// The prompt: a fixed system message (what an outcome brief is and the rules the answer is held
// to) and a user message with exactly what the settings page says is sent: the task, what the
// writer understood of it (the frame), the owner's presets and this brief's sections. Never other
// drafts, never the assistants' names or addresses, never the page's address.
import type { Presets } from '../model/presets';
import { SECTION_GROUPS, type SectionKey, type Sections } from '../model/sections';
import type { TaskFrame } from '../rewrite';
import type { ModelTask, Scope } from './scope';

export const SYSTEM_PROMPT = [
  'You improve an outcome brief: what a business owner hands to a virtual assistant instead of a list of steps.',
  'A brief says what should be true when the work is done, why it matters, the expectations, the tools and sources, what the assistant may decide alone, and how they report back.',
  'Rules for your answer:',
  '- Answer with JSON only: {"sections": {...}} with exactly the section keys you are asked for. An empty string keeps the current text.',
  '- Write in the language of the task.',
  '- Use only facts from the task, the frame, the presets and the current brief. Never add a number, date, amount, name, tool or link that is not there.',
  '- The outcome is one sentence saying what is true when the work is done (a result, e.g. "… are live", "… is ready", "I have …"), never an instruction or a question. It keeps the words of what the task is about.',
  '- Keep how-instructions (exact times, approving every piece, step-by-step orders) out of the outcome.',
  '- Sections with several items have one item per line, without bullets.',
  '- No placeholders (TBD, …), no emoji, no ticket ids.',
].join('\n');

const LANGUAGES: Record<string, string> = {
  en: 'English', de: 'German', es: 'Spanish', fr: 'French', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', ja: 'Japanese', zh: 'Chinese',
  ko: 'Korean', ru: 'Russian', pl: 'Polish', sv: 'Swedish',
};
export const languageName = (frame: Pick<TaskFrame, 'languageCode'>): string => LANGUAGES[frame.languageCode] ?? 'the task’s own language';

/** The frame without empty fields: the same facts in fewer tokens (on-device context is small). */
export function compactFrame(frame: TaskFrame): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.length ? v.map(strip) : undefined;
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v)
        .map(([k, x]) => [k, strip(x)] as const)
        .filter(([, x]) => x !== undefined);
      return entries.length ? Object.fromEntries(entries) : undefined;
    }
    return v === '' || v === false || v === null ? undefined : v;
  };
  const { version: _, ...rest } = frame;
  return (strip(rest) as Record<string, unknown>) ?? {};
}

/** The presets that shape a brief; the assistants' names and email addresses are never sent. */
export function presetsForModel(presets?: Presets): Record<string, unknown> {
  if (!presets) return {};
  const { assistants: _a, lastAssistant: _l, tools, ...text } = presets;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(text).filter(([, v]) => typeof v === 'string' && v.trim()));
  const named = tools.filter((t) => t.name.trim());
  if (named.length) out.tools = named;
  return out;
}

const FIELDS = new Map(SECTION_GROUPS.flatMap((g) => g.fields).map((f) => [f.key, f]));
export const sectionLabel = (key: SectionKey): string => FIELDS.get(key)?.label ?? key;

export interface PromptInput {
  task: ModelTask;
  frame: TaskFrame;
  presets?: Presets;
  sections: Sections;
  scope: Scope;
}

export function buildPrompt({ task, frame, presets, sections, scope }: PromptInput): { system: string; user: string } {
  const current = Object.fromEntries(Object.entries(sections).filter(([, v]) => v.trim()));
  const asked = scope.open.map((k) => `- ${k} (${sectionLabel(k)}): ${FIELDS.get(k)?.hint ?? ''}`).join('\n');
  const about = frame.toKnow || frame.object;
  const user = [
    `The task (in ${languageName(frame)}):`,
    JSON.stringify(task),
    '',
    'What the rule-based writer understood of it (the task frame):',
    JSON.stringify(compactFrame(frame)),
    '',
    'The owner’s presets, used in every brief:',
    JSON.stringify(presetsForModel(presets)),
    '',
    'The brief as it is now:',
    JSON.stringify(current),
    '',
    `Rewrite these sections, in ${languageName(frame)}, better fitted to this task:`,
    asked,
    scope.owner.length ? `Do not change these sections; the owner wrote them: ${scope.owner.join(', ')}.` : '',
    about ? `The outcome must keep the words “${about}”.` : '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
  return { system: SYSTEM_PROMPT, user };
}
