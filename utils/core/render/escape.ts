// Escapers for page text that ends up in a mail body. Page text is hostile until proven
// otherwise: a task title is whatever someone typed into Trello or an email subject.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Backslash-escapes what could start a link, image, autolink, raw HTML, entity or emphasis
 * anywhere in a line, and a closing "#" run that a heading would swallow. With `lineStart`, also
 * the markers that only matter where the value begins a line (headings, quotes, list items,
 * setext underlines). CommonMark allows a backslash before any ASCII punctuation, so the
 * escapes read as the plain characters.
 */
export function escapeMarkdown(s: string, lineStart = true): string {
  const inline = oneLine(s)
    .replace(/[\\`*_[\]<>&|~!]/g, '\\$&')
    .replace(/(^|\s)(#+)$/, '$1\\$2');
  return lineStart ? inline.replace(/^([#>+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : inline;
}

/** Collapses line breaks and runs of whitespace so one value cannot add lines or blocks. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The URL when it is an absolute http(s) URL, else undefined: only those become links. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
