// The brief as "Add brief to the card" hands it to a page: HTML for rich editors (sanitised
// here, in the extension page, before it crosses into the site), its plain-text twin, Markdown
// for a Markdown textarea, and the layout the preview shows. Loaded only when the owner asks,
// so the popup's first paint carries no renderer or sanitiser.
import type { Brief } from '../core/model/brief';
import { layoutBrief, type Layout } from '../core/render/layout';
import { renderEmailHtml, renderMarkdown, renderText } from '../core/render';
import { sanitizeHtml } from './sanitize/sanitize';

export interface CardPayload {
  html: string;
  text: string;
  markdown: string;
  layout: Layout;
}

export function cardPayload(brief: Brief): CardPayload {
  // The card is the brief's source: no "Source task" line pointing back at it.
  const forCard = { ...brief, source: undefined };
  return {
    // Editors keep no inline styles; HTML only crosses into a web page after DOMPurify has seen it.
    html: sanitizeHtml(renderEmailHtml(forCard), { allowStyle: false }),
    text: renderText(forCard),
    markdown: renderMarkdown(forCard),
    layout: layoutBrief(forCard),
  };
}
