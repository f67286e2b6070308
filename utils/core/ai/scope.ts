// What a model may rewrite, and what it is given of the task. The model is not the owner: it never
// rewrites a section the owner wrote or confirmed, nor one that carries the owner's presets.
import type { Brief } from '../model/brief';
import type { Presets } from '../model/presets';
import { SECTION_KEYS, type SectionKey, type Sections } from '../model/sections';
import type { TaskInput } from '../rewrite';

/** Sections filled from a preset: the owner's own words for every brief. */
const FROM_PRESET: Partial<Record<SectionKey, (p: Presets) => boolean>> = {
  standards: (p) => !!p.standards.trim(),
  tools: (p) => p.tools.some((t) => t.name.trim()),
  sources: (p) => !!p.sources.trim(),
  decideAlone: (p) => !!p.decideAlone.trim(),
  proposeFirst: (p) => !!p.proposeFirst.trim(),
  spendingLimit: (p) => !!p.spendingLimit.trim(),
  reportCadence: (p) => !!p.reportCadence.trim(),
  reportChannel: (p) => !!p.reportChannel.trim(),
  reportFormat: (p) => !!p.reportFormat.trim(),
};

export interface Scope {
  /** Sections the model may rewrite: empty, still suggested, or the writer's text as it wrote it. */
  open: SectionKey[];
  /** Sections that are the owner's: shown to the model as context, never changed. */
  owner: SectionKey[];
}

/**
 * `written`: what the rule writer gives this task with these presets today. A section that is no
 * longer a suggestion is the owner's when its text differs from the writer's (they edited it) or
 * when the writer had marked it a suggestion (they confirmed it). A draft from before suggestions
 * were recorded is the owner's text throughout, as readiness counts it.
 */
export function scopeOf(brief: Pick<Brief, 'sections' | 'suggested'>, written: { sections: Sections; suggested: SectionKey[] }, presets?: Presets): Scope {
  const suggested = new Set(brief.suggested ?? []);
  const old = brief.suggested === undefined;
  const open: SectionKey[] = [];
  const owner: SectionKey[] = [];
  for (const key of SECTION_KEYS) {
    const text = brief.sections[key].trim();
    const mine =
      text !== '' &&
      !suggested.has(key) &&
      (old ||
        text !== written.sections[key].trim() ||
        written.suggested.includes(key) ||
        (presets !== undefined && FROM_PRESET[key]?.(presets) === true));
    (mine ? owner : open).push(key);
  }
  return { open, owner };
}

/** The task as the model gets it: what the owner wrote (title, description, checklist, labels, due date), never the page address or the people on it. */
export interface ModelTask {
  title: string;
  description?: string;
  checklist?: string[];
  labels?: string[];
  due?: string;
}

/** The task a brief was written from: the page's task when it came from one, else its title (a typed task keeps only its first line). */
export function taskOfBrief(brief: Pick<Brief, 'title' | 'source'>): { input: TaskInput; sent: ModelTask } {
  const s = brief.source;
  if (!s) return { input: { title: brief.title }, sent: { title: brief.title } };
  const input: TaskInput = {
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    checklist: s.checklist,
    labels: s.labels,
    ...(s.due ? { due: s.due } : {}),
    ...(s.list ? { list: s.list } : {}),
    ...(s.board ? { board: s.board } : {}),
  };
  const sent: ModelTask = {
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    ...(s.checklist.length ? { checklist: s.checklist.map((c) => c.text) } : {}),
    ...(s.labels.length ? { labels: s.labels } : {}),
    ...(s.due ? { due: s.due } : {}),
  };
  return { input, sent };
}
