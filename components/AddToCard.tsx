import { useEffect, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import type { PageRead } from '../utils/core/model/task';
import type { Layout } from '../utils/core/render/layout';
import type { CardPayload } from '../utils/platform/card-payload';
import { askTab, type CardFormat } from '../utils/platform/messages';
import { cardTargetFor, type CardTarget } from '../utils/sites/card-targets';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { t } from '../utils/platform/i18n';

interface Preview extends CardPayload {
  taskId: string;
  format: CardFormat;
  hasText: boolean | null;
}

const NO_ANSWER = t('card.noAnswer');

/**
 * "Add brief to the card": shows what will be added, then, on the owner's confirmation, has the
 * page's content script put it into the site's own editor, below what the card already says.
 */
export function AddToCard({ tabId, read, draftId }: { tabId?: number; read?: PageRead; draftId: string }) {
  const [brief, setBrief] = useState<Brief>();
  const [preview, setPreview] = useState<Preview>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    const load = () =>
      drafts()
        .then((s) => s.get(draftId))
        .then((b) => live && setBrief(b))
        .catch(() => undefined);
    void load();
    const off = onDraftsChanged((ids) => ids.includes(draftId) && void load());
    return () => {
      live = false;
      off();
    };
  }, [draftId]);

  const target: CardTarget | undefined = tabId === undefined ? undefined : cardTargetFor(read, brief?.source);
  if (!target || tabId === undefined || !brief?.source) return null;
  const taskId = brief.source.id;

  const start = async () => {
    setSaid('');
    setError('');
    setPreview(undefined);
    setBusy(true);
    try {
      // The latest saved text: what the owner sees in the preview is exactly what is written.
      const [latest, { cardPayload }] = await Promise.all([drafts().then((store) => store.get(draftId)), import('../utils/platform/card-payload')]);
      const payload = cardPayload(latest ?? brief);
      const probe = await askTab(tabId, { type: 'card-editor', taskId }).catch(() => undefined);
      if (!probe) return setError(NO_ANSWER);
      if (!probe.ok) return setError(probe.error);
      setPreview({ taskId, ...payload, format: probe.format, hasText: probe.hasText });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setError('');
    try {
      const { html, text, markdown } = preview;
      const result = await askTab(tabId, { type: 'add-to-card', taskId: preview.taskId, html, text, markdown }).catch(() => undefined);
      if (!result) return setError(NO_ANSWER);
      if (!result.ok) return setError(result.error);
      setPreview(undefined);
      setSaid(`${t('card.added', { place: target.place })} ${target.after}`);
    } finally {
      setBusy(false);
    }
  };

  const where =
    preview?.hasText === false
      ? t('card.willAddEmpty', { place: target.place })
      : t('card.willAddBelow', { place: target.place });

  return (
    <section class="add-to-card" aria-label={target.button}>
      {!preview && (
        <button type="button" data-testid="add-to-card" onClick={start} disabled={busy}>
          {target.button}
        </button>
      )}
      {preview && (
        <div class="notice" data-testid="card-preview" data-format={preview.format}>
          <p>
            <strong>{t('card.check')}</strong> {where}
          </p>
          <div class="card-preview" tabIndex={0} aria-label={t('card.whatLabel')}>
            {preview.format === 'html' ? <LayoutPreview layout={preview.layout} /> : <pre>{preview.format === 'markdown' ? preview.markdown : preview.text}</pre>}
          </div>
          <div class="row">
            <button type="button" class="primary" data-testid="confirm-add-to-card" onClick={confirm} disabled={busy}>
              {target.button}
            </button>
            <button type="button" data-testid="cancel-add-to-card" onClick={() => setPreview(undefined)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="status" aria-live="polite" data-testid="add-to-card-status">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </section>
  );
}

/** The brief as the editor will show it, built as elements: page text never becomes markup here. */
function LayoutPreview({ layout }: { layout: Layout }) {
  return (
    <>
      <h3>{layout.lead}</h3>
      <p class="muted">
        {t('card.category', { category: layout.category })}
        {layout.task ? ` · ${t('card.task', { task: layout.task })}` : ''}
      </p>
      {layout.groups.map((g) => (
        <div key={g.heading}>
          <h4>{g.heading}</h4>
          {g.fields.map((f, i) =>
            f.list ? (
              <div key={i}>
                {f.label && <p>{f.label}:</p>}
                <ul>
                  {f.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p key={i}>
                {f.label ? `${f.label}: ` : ''}
                {f.items[0]}
              </p>
            ),
          )}
        </div>
      ))}
    </>
  );
}
