// A model's answer, held to the writer's own standard before anyone sees it: JSON, in the brief's
// shape, not a refusal, actually changing something, and passing the same verify step the rule
// writer's text passes. Anything less and the rule-based brief stands.
import type { Presets } from '../model/presets';
import type { SectionKey, Sections } from '../model/sections';
import { TEMPLATE_NUMBERS, verify, type Failure, type TaskFrame } from '../rewrite';
import { presetsForModel, sectionLabel } from './prompt';
import { answerSchema, SECTION_MAX } from './schema';

export type RejectionKind = 'bad-json' | 'shape' | 'refusal' | 'no-change' | 'verify';

export interface Rejection {
  kind: RejectionKind;
  /** Why, in words, to follow "Kept the rule-based brief because …". */
  because: string;
  failures?: Failure[];
}

export type Checked = { ok: true; sections: Partial<Sections>; changed: SectionKey[] } | { ok: false; rejection: Rejection };

/** The JSON object in a reply: as it is, or inside a ```json fence, or the outermost {…} of chatty text. */
export function parseJsonAnswer(text: string): unknown {
  const attempts = [text.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fenced) attempts.push(fenced[1]!.trim());
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first !== -1 && last > first) attempts.push(text.slice(first, last + 1));
  for (const a of attempts) {
    try {
      const v: unknown = JSON.parse(a);
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v;
    } catch {
      // Try the next reading.
    }
  }
  return undefined;
}

const REFUSAL = /\b(?:I(?:['’]m| am) sorry|I apologi[sz]e|I can(?:not|['’]t) (?:help|assist|comply|do that|provide|create|write)|I(?:['’]m| am) (?:not able|unable) to|as an AI\b|I must decline)/i;

/** Numbers the model may use besides the task's own: the writer's template constants, and numbers already in the owner's presets or in this brief. */
export function allowedNumbers(sections: Sections, presets?: Presets): string[] {
  const text = [...Object.values(sections), JSON.stringify(presetsForModel(presets))].join('\n');
  const found = text.match(/\d[\d,.]*/g) ?? [];
  return [...new Set([...TEMPLATE_NUMBERS, ...found.map((n) => n.replace(/[.,]$/, ''))])];
}

export interface AnswerContext {
  frame: TaskFrame;
  /** The brief's sections as they were sent. */
  sections: Sections;
  /** The sections the model was asked for; anything else in the answer is ignored. */
  open: SectionKey[];
  presets?: Presets;
}

export function checkAnswer(text: string, ctx: AnswerContext): Checked {
  const reject = (kind: RejectionKind, because: string, failures?: Failure[]): Checked => ({ ok: false, rejection: { kind, because, ...(failures ? { failures } : {}) } });
  if (REFUSAL.test(text.slice(0, 300)) && parseJsonAnswer(text) === undefined) return reject('refusal', 'the model declined to write it');
  const parsed = parseJsonAnswer(text);
  if (parsed === undefined) return reject('bad-json', 'the model’s answer was not readable JSON');
  // Without a schema some servers leave out the wrapper or a key: a missing key keeps the text.
  const raw = parsed as Record<string, unknown>;
  const body = typeof raw.sections === 'object' && raw.sections !== null ? (raw.sections as Record<string, unknown>) : raw;
  const filled = Object.fromEntries(ctx.open.map((k) => [k, body[k] ?? '']));
  const result = answerSchema(ctx.open).safeParse({ sections: filled });
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path[1];
    const where = typeof key === 'string' ? ` (${sectionLabel(key as SectionKey)})` : '';
    const what = issue?.code === 'too_big' ? `a section longer than ${SECTION_MAX.toLocaleString('en')} characters` : 'something other than text for a section';
    return reject('shape', `the model’s answer was not in the brief’s shape: ${what}${where}`);
  }
  const answer = result.data.sections as Record<SectionKey, string>;
  if (Object.values(answer).some((v) => REFUSAL.test(v))) return reject('refusal', 'the model declined to write it');
  const changed = ctx.open.filter((k) => {
    const v = answer[k].replace(/\r\n?/g, '\n').trim();
    return v !== '' && v !== ctx.sections[k].trim();
  });
  if (!changed.length) return reject('no-change', 'the model suggested no changes');
  const sections: Partial<Sections> = Object.fromEntries(changed.map((k) => [k, answer[k].replace(/\r\n?/g, '\n').trim()]));
  const failures = verify(ctx.frame, { ...ctx.sections, ...sections }, { generated: changed, allowedNumbers: allowedNumbers(ctx.sections, ctx.presets) });
  if (failures.length) {
    const first = failures[0]!;
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more ${failures.length === 2 ? 'problem' : 'problems'})` : '';
    return reject('verify', `the model’s text failed the writer’s checks: ${sectionLabel(first.section)}: ${first.message}${more}`, failures);
  }
  return { ok: true, sections, changed };
}
