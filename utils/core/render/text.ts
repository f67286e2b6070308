// Plain text for mail bodies, mailto links and the text/plain half of a rich copy.
import { oneLine } from './escape';
import { layoutBrief, outcomeLine, type RenderableBrief } from './layout';

export const SUBJECT_MAX = 120;

export function renderText(b: RenderableBrief): string {
  const l = layoutBrief(b);
  const head = [l.lead, `Category: ${l.category}`];
  if (l.task) head.push(`Task: ${l.task}`);
  const blocks = [head.join('\n')];
  for (const g of l.groups) {
    const lines = [g.heading.toUpperCase()];
    for (const f of g.fields) {
      if (f.list) {
        if (f.label) lines.push(`${f.label}:`);
        lines.push(...f.items.map((i) => `- ${i}`));
      } else {
        lines.push(f.label ? `${f.label}: ${f.items[0]}` : f.items[0]);
      }
    }
    blocks.push(lines.join('\n'));
  }
  if (l.source) {
    const where = l.source.site ? ` (${l.source.site})` : '';
    const url = l.source.url && l.source.url !== l.source.title ? ` - ${l.source.url}` : '';
    blocks.push(`Source task${where}: ${l.source.title}${url}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

export function emailSubject(b: RenderableBrief): string {
  const what = outcomeLine(b) || oneLine(b.title ?? '');
  return truncate(what ? `Outcome: ${what}` : 'Outcome brief', SUBJECT_MAX);
}

/** Cuts by code point so an emoji is never split, at a word boundary when one is close. */
function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length - 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
