// Markdown for notes apps and chat. Every page-derived value goes through escapeMarkdown, so a
// title like "[x](javascript:…)" or "<img onerror>" stays literal text in any renderer.
import { escapeMarkdown } from './escape';
import { layoutBrief, type RenderableBrief } from './layout';

// Inline values follow a label or marker; only values that begin a line need block escapes.
const md = (s: string) => escapeMarkdown(s, false);
const mdLine = (s: string) => escapeMarkdown(s, true);

export function renderMarkdown(b: RenderableBrief): string {
  const l = layoutBrief(b);
  const meta = [`**Category:** ${md(l.category)}`];
  if (l.task) meta.push(`**Task:** ${md(l.task)}`);
  // Two trailing spaces would be invisible; a backslash is CommonMark's explicit hard break.
  const blocks = [`# ${md(l.lead)}`, meta.join('\\\n')];
  for (const g of l.groups) {
    blocks.push(`## ${md(g.heading)}`);
    for (const f of g.fields) {
      const label = f.label ? `**${md(f.label)}:**` : '';
      if (f.list) {
        if (label) blocks.push(label);
        blocks.push(f.items.map((i) => `- ${mdLine(i)}`).join('\n'));
      } else {
        blocks.push(label ? `${label} ${md(f.items[0])}` : mdLine(f.items[0]));
      }
    }
  }
  if (l.source) {
    const where = l.source.site ? ` (${md(l.source.site)})` : '';
    // Pointy brackets let the destination hold ")" safely; URL parsing already percent-encoded
    // "<", ">" and spaces, the replace only guards against a parser that did not.
    const link = l.source.url
      ? `[${md(l.source.title)}](<${l.source.url.replace(/[<>\s]/g, encodeURIComponent)}>)`
      : md(l.source.title);
    blocks.push('---', `Source task${where}: ${link}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
