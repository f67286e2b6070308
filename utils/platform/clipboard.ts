// Rich copy: every brief goes on the clipboard as HTML for mail clients and as
// plain text for everything else.

/** The copy-event route: works in a document that is not focused (offscreen) and as a fallback. */
export function copyWithEvent(doc: Document, html: string, text: string): boolean {
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/html', html);
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}

export async function copyRich(html: string, text: string): Promise<void> {
  if (navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Falls through: the page may have lost focus, where the copy event still works.
    }
  }
  if (!copyWithEvent(document, html, text)) {
    throw new Error('The browser did not allow copying. Click into this window and press Copy again.');
  }
}
