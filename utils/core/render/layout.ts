// One reading order for every output format, so text, Markdown and HTML never disagree about
// what a brief says: renderers only decide how a block looks.
import { categoryLabel } from '../model/categories';
import { SECTION_GROUPS, sectionItems, type Sections } from '../model/sections';
import { oneLine, safeHttpUrl } from './escape';
import { SITE_NAMES, type TaskSource } from '../model/task';

export interface RenderableBrief {
  title: string;
  category: string;
  sections: Sections;
  source?: { url?: string; title: string; source: string };
  assistant?: { name: string; email: string };
}

export interface FieldBlock {
  /** Undefined when the group has a single field: its heading already names it. */
  label?: string;
  items: string[];
  /** Several items of a multi-line field: shown as a list. */
  list: boolean;
}

export interface GroupBlock {
  heading: string;
  fields: FieldBlock[];
}

export interface SourceLine {
  title: string;
  site?: string;
  /** Only an http(s) URL survives; anything else is dropped rather than shown half-trusted. */
  url?: string;
}

export interface Layout {
  /** The outcome when there is one, else the task's title. Always one line. */
  lead: string;
  category: string;
  /** The task title, when the outcome took the lead and the title says something else. */
  task?: string;
  groups: GroupBlock[];
  source?: SourceLine;
}


const FALLBACK_LEAD = 'Outcome brief';

export function outcomeLine(b: RenderableBrief): string {
  return oneLine(sectionItems(b.sections?.outcome ?? '').join(' '));
}

export function layoutBrief(b: RenderableBrief): Layout {
  const outcome = outcomeLine(b);
  const title = oneLine(b.title ?? '');
  const lead = outcome || title || FALLBACK_LEAD;
  const groups: GroupBlock[] = [];
  for (const group of SECTION_GROUPS) {
    const fields: FieldBlock[] = [];
    for (const field of group.fields) {
      // The outcome already leads the brief; repeating it under its heading reads as padding.
      if (field.key === 'outcome' && outcome) continue;
      const items = sectionItems(b.sections?.[field.key] ?? '');
      if (items.length === 0) continue;
      const list = field.multiline && items.length > 1;
      fields.push({
        label: group.fields.length > 1 ? field.label : undefined,
        items: list ? items : [items.join(' ')],
        list,
      });
    }
    if (fields.length > 0) groups.push({ heading: group.heading, fields });
  }
  return {
    lead,
    category: categoryLabel(b.category),
    task: outcome && title && title !== outcome ? title : undefined,
    groups,
    source: sourceLine(b),
  };
}

function sourceLine(b: RenderableBrief): SourceLine | undefined {
  if (!b.source) return undefined;
  const url = safeHttpUrl(b.source.url);
  const title = oneLine(b.source.title ?? '') || oneLine(b.title ?? '');
  if (!title && !url) return undefined;
  return { title: title || url!, site: SITE_NAMES[b.source.source as TaskSource], url };
}
