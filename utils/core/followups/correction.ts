// A gentle correction: what I'm after and why, what I noticed, an example, what to adjust next
// time, and the work stays yours. Written as a short, kind note the owner can send as it is.
import { sectionItems, type Sections } from '../model/sections';
import { escapeHtml } from '../render/escape';

export interface CorrectionInput {
  saw: string;
  goal: string;
  example: string;
  /** The point to adjust next time; drafted from the goal when left empty. */
  point: string;
}

export interface CorrectionContext {
  assistantName: string;
  title: string;
  sections: Pick<Sections, 'outcome' | 'why'>;
}

export interface CorrectionMessage {
  subject: string;
  paragraphs: string[];
  text: string;
  html: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const firstSentence = (s: string) => collapse(s).split(/(?<=[.!?])\s/)[0] ?? '';
const endWith = (s: string, mark = '.') => (/[.!?…]$/.test(s) ? s : `${s}${mark}`);
const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const lower = (s: string) => (s && !/^[A-Z]{2}|^I\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** The point to add to the brief: the goal's first sentence, as a standard. */
export function draftPoint(goal: string): string {
  return capital(firstSentence(goal).replace(/^(?:i'?m|i am|we'?re|we are) (?:going|aiming|looking) for\s+/i, '').replace(/[.!]+$/, ''));
}

/** The reason behind the brief, without the task title the rewrite puts first. */
function reason(ctx: CorrectionContext): string {
  const title = collapse(ctx.title).toLowerCase();
  return sectionItems(ctx.sections.why).find((w) => collapse(w).toLowerCase() !== title) ?? '';
}

export function draftCorrection(input: CorrectionInput, ctx: CorrectionContext): CorrectionMessage {
  const saw = collapse(input.saw);
  const goal = collapse(input.goal);
  const example = collapse(input.example);
  const point = collapse(input.point) || draftPoint(goal);
  const what = collapse(ctx.sections.outcome) || collapse(ctx.title);
  const name = collapse(ctx.assistantName).split(' ')[0] ?? '';
  const why = reason(ctx);

  const paragraphs: string[] = [name ? `Hi ${name},` : 'Hi,'];
  paragraphs.push(`A quick note on “${what.replace(/[.]$/, '')}”, so we stay on the same page.`);
  const after = goal ? `What I'm after: ${endWith(goal)}` : `What I'm after is the outcome in the brief: ${endWith(what)}`;
  paragraphs.push(why ? `${after} It matters because ${endWith(lower(why))}` : after);
  if (saw) paragraphs.push(`What I noticed: ${endWith(saw)}`);
  if (example) paragraphs.push(`An example of what I mean: ${endWith(example)}`);
  paragraphs.push(point ? `Next time: ${endWith(lower(point))}` : 'Next time: keep to the standards in the brief, and ask me when something is unclear.');
  paragraphs.push("The work stays yours: you know it best, so adjust course the way you think works. Thanks for everything you're doing.");

  const text = `${paragraphs.join('\n\n')}\n`;
  const html = paragraphs.map((p) => `<p style="margin:0 0 10px;line-height:1.5">${escapeHtml(p)}</p>`).join('\n');
  const subject = `A note on ${what.replace(/[.]$/, '')}`.slice(0, 120);
  return { subject, paragraphs, text, html };
}

/** Adds the clarified point to the standards or "must never happen" list, once. */
export function addPoint(sections: Sections, to: 'standards' | 'never', point: string): Sections {
  const line = collapse(point);
  if (!line) return sections;
  const items = sectionItems(sections[to]);
  if (items.some((i) => i.toLowerCase() === line.toLowerCase())) return sections;
  const current = sections[to].replace(/\s+$/, '');
  return { ...sections, [to]: current ? `${current}\n${line}` : line };
}
