// HTML for a mail body. Mail clients drop <style> and classes, and many re-theme messages for
// dark mode, so: inline styles only, no backgrounds, headings inherit the reader's text colour,
// and the only fixed colours are a mid-grey and a mid-blue that read on light and dark.
import { escapeHtml as h } from './escape';
import { layoutBrief, type RenderableBrief } from './layout';

const S = {
  lead: 'margin:0 0 4px;font-size:20px;line-height:1.3;font-weight:bold;color:inherit',
  meta: 'margin:0 0 16px;font-size:13px;line-height:1.4;color:#888888',
  heading:
    'margin:20px 0 8px;padding:0 0 4px;font-size:16px;line-height:1.3;font-weight:bold;color:inherit;' +
    'border-bottom:1px solid rgba(128,128,128,0.35)',
  p: 'margin:0 0 8px;line-height:1.5',
  label: 'margin:0 0 4px;line-height:1.5',
  // Logical padding: the bullets' room is on the right in a Hebrew or Arabic brief.
  ul: 'margin:0 0 8px;padding:0;padding-inline-start:20px',
  li: 'margin:0 0 2px;line-height:1.5',
  source: 'margin:20px 0 0;font-size:13px;line-height:1.4;color:#888888',
  a: 'color:#3b82f6;text-decoration:underline',
} as const;

// dir="auto": each block takes the direction of its own text, so right-to-left briefs read right.
const el = (tag: string, style: string, inner: string) => `<${tag} dir="auto" style="${style}">${inner}</${tag}>`;
const strong = (text: string) => `<strong>${h(text)}</strong>`;

export function renderEmailHtml(b: RenderableBrief): string {
  const l = layoutBrief(b);
  const out: string[] = [el('h2', S.lead, h(l.lead))];
  const meta = [`${strong('Category:')} ${h(l.category)}`];
  if (l.task) meta.push(`${strong('Task:')} ${h(l.task)}`);
  out.push(el('p', S.meta, meta.join('<br>')));
  for (const g of l.groups) {
    out.push(el('h3', S.heading, h(g.heading)));
    for (const f of g.fields) {
      const label = f.label ? strong(`${f.label}:`) : '';
      if (f.list) {
        if (label) out.push(el('p', S.label, label));
        out.push(el('ul', S.ul, f.items.map((i) => el('li', S.li, h(i))).join('')));
      } else {
        out.push(el('p', S.p, label ? `${label} ${h(f.items[0])}` : h(f.items[0])));
      }
    }
  }
  if (l.source) {
    const where = l.source.site ? ` (${h(l.source.site)})` : '';
    const title = l.source.url
      ? `<a href="${h(l.source.url)}" style="${S.a}">${h(l.source.title)}</a>`
      : h(l.source.title);
    out.push(el('p', S.source, `Source task${where}: ${title}`));
  }
  return out.join('\n');
}
