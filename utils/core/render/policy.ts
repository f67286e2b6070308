// The one allowlist both sanitiser engines enforce.

export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre',
]);

export const ALLOWED_URI = /^(?:https?:|mailto:)/i;

// A style attribute can still fetch (url(), image-set, @import) or run code in old engines
// (expression, behavior, -moz-binding); the brief's own styles need none of it. Escapes and
// markup characters are refused outright rather than decoded and re-checked.
const UNSAFE_CSS = /url\s*\(|image-set|@import|expression|behavior|binding|\\|&#|[<>]/i;

export const isSafeStyle = (css: string): boolean => !UNSAFE_CSS.test(css);

/** The only values of the `dir` attribute kept (mail HTML sets it so right-to-left text reads right). */
export const isSafeDir = (dir: string): boolean => dir === 'auto' || dir === 'ltr' || dir === 'rtl';
