/** Saves text as a file through an ordinary link: no downloads permission needed. */
export function downloadText(filename: string, text: string | string[], type: string): void {
  // Parts are joined by the Blob itself: a large export never becomes one long string.
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : text, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: safe on every OS, never empty. */
export const fileSlug = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .toLowerCase() || 'brief';
