import { useEffect, useRef, useState } from 'preact/hooks';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { readPopupSnapshot, writePopupSnapshot } from '../utils/storage/popup-snapshot';
import { taskText } from '../utils/core/model/task';
import { Alert } from './Alert';
import { noticesText } from './writer-notices';
import { LazyAddToCard as AddToCard, LazyAllowSite as AllowSite } from './LazySiteActions';
import { DraftPane } from './DraftPane';
import { LazyDueNow } from './LazyDueNow';
import type * as PopupTask from './popup-task';
import type { Found } from './popup-task';
import { usePresets } from './use-presets';
import { t, tParts } from '../utils/platform/i18n';

// What the popup asks of the browser (the bound tab, the page's task, storage, other pages) comes
// with the webextension polyfill: it loads after the first paint, which needs none of it.
const browserSide = () => import('./popup-task');
type BrowserSide = typeof PopupTask;

export function PopupApp() {
  const presets = usePresets();
  const [found, setFound] = useState<Found>();
  // The brief shown last time is back in the editor from the first paint; the database confirms it.
  const [snapshot] = useState(readPopupSnapshot);
  const [draftId, setDraftId] = useState<string | undefined>(snapshot?.id);
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Remounts the editor when a rewrite replaced the sections of the draft it shows.
  const [rewrites, setRewrites] = useState(0);
  // Drafts this popup wrote from typed text: only those may be rewritten in place.
  const typedHere = useRef(new Set<string>());
  // The brief this popup has just written, which AI improves at once when Settings say so.
  const [fresh, setFresh] = useState<string>();
  // Reading the page can take a moment; whatever the person typed or did meanwhile wins.
  const touched = useRef(false);
  const [ready, setReady] = useState(false);
  // The title of the brief reopened from the last visit, while it is the one shown.
  const [resumed, setResumed] = useState('');
  // Loaded once the popup has painted; "Review board" calls it straight from the click, as the
  // browser opens a side panel only from a person's gesture.
  const side = useRef<BrowserSide>();
  const withBrowser = (act: (b: BrowserSide) => Promise<unknown>) => () =>
    void browserSide()
      .then(act)
      .catch((e) => setError(errorText(e)));

  // Set once the person picks a brief here (a rewrite, "New brief"): no restore may undo that.
  const chose = useRef(false);

  const useDraftId = (id: string | undefined) => {
    chose.current = true;
    setResumed('');
    setDraftId(id);
    if (!id) writePopupSnapshot(undefined);
    // Only a convenience for the next visit: a failure here must not disturb this one.
    void browserSide()
      .then((b) => b.setLastDraft(id))
      .catch(() => undefined);
  };

  useEffect(() => {
    (async () => {
      const b = (side.current = await browserSide());
      const result = await b.findTask().catch(() => ({}) as Found);
      setFound(result);
      const store = await drafts();
      // Once the person is typing, the page's task does not replace their words; the last
      // brief still comes back in the editor below, where it cannot get in their way.
      if (result.task && !touched.current) {
        setInput(taskText(result.task));
        const { draftForTask } = await import('../utils/storage/task-drafts');
        const { brief, notices: said, created } = await draftForTask(store, result.task);
        // A brief the person rewrote (or started editing) meanwhile is the one they want to see.
        if (typedHere.current.size > 0 || touched.current) return;
        if (said?.length) setNotice(noticesText(said));
        if (created) setFresh(brief.id);
        return useDraftId(brief.id);
      }
      const last = await b.getLastDraft();
      const lastBrief = last ? await store.get(last) : undefined;
      // The last brief comes back in the editor; its task text does not go back into the task
      // box, where it would run together with what the person starts typing.
      if (lastBrief && lastBrief.deletedAt === undefined) {
        if (chose.current) return;
        setDraftId(lastBrief.id);
        setResumed(lastBrief.title);
      } else if (snapshot && !chose.current) {
        // The copy was of a brief deleted since: nothing to reopen.
        useDraftId(undefined);
      }
    })()
      .catch((e) => setError(errorText(e)))
      .finally(() => setReady(true));
  }, []);

  const rewrite = async () => {
    touched.current = true;
    const text = input.trim();
    setError('');
    setNotice('');
    if (!text) {
      setError(t('popup.typeFirst'));
      return;
    }
    setBusy(true);
    try {
      const [store, { newBrief }] = await Promise.all([drafts(), import('../utils/core/brief-factory')]);
      const { brief, rewrite: result } = newBrief(text, { presets: await store.getPresets(), now: Date.now(), id: crypto.randomUUID() });
      if (result.notices.length) setNotice(noticesText(result.notices));
      const current = draftId ? await store.get(draftId) : undefined;
      // Rewriting the text just typed replaces that brief while nobody has edited it; an edited
      // brief, or one from an earlier visit, is kept and a new draft is made.
      if (current && current.revision <= 1 && typedHere.current.has(current.id)) {
        const saved = await store.save(
          {
            ...current,
            title: brief.title,
            category: brief.category,
            triage: brief.triage,
            sections: brief.sections,
            suggested: brief.suggested ?? [],
            instructions: brief.instructions ?? [],
          },
          current.revision,
        );
        if (saved.ok) {
          setFresh(current.id);
          setRewrites((n) => n + 1);
          return;
        }
      }
      const created = await store.create(brief);
      typedHere.current.add(created.id);
      setFresh(created.id);
      useDraftId(created.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    touched.current = true;
    useDraftId(undefined);
    setInput('');
    setNotice('');
  };

  const tab = found?.tab;
  const read = found?.read;
  const boardCount = read?.tasks.length ?? 0;
  // Editing the brief shown from the last visit counts as the person's own work, as typing a task does.
  return (
    <main class="popup" data-ready={ready} onInput={() => (touched.current = true)}>
      <header class="row">
        <h1 class="grow">{t('popup.heading')}</h1>
        <button type="button" onClick={withBrowser((b) => b.openExtensionPage('drafts.html'))}>
          {t('popup.drafts')}
        </button>
        {tab && side.current && (
          <button type="button" onClick={() => side.current!.openSidePanel(tab).catch((e) => setError(errorText(e)))}>
            {t('popup.reviewBoard')}
          </button>
        )}
        <button type="button" onClick={withBrowser((b) => b.openSettings())} aria-label={t('popup.settingsLabel')}>
          {t('popup.settings')}
        </button>
      </header>
      <LazyDueNow />

      {found?.task && (
        <p>
          <span class="muted">{found.task.source === 'selection' ? t('popup.taskFromSelection') : t('popup.taskFromPage')} </span>
          <strong data-testid="task-title" dir="auto">
            {found.task.title}
          </strong>
        </p>
      )}
      {resumed && (
        <p class="muted">
          {tParts('popup.resumed', { title: <strong dir="auto">{resumed}</strong> })}
        </p>
      )}
      {found && !read?.recognised && <AllowSite url={tab?.url} onAllowed={() => location.reload()} />}
      {!found?.task && read?.message && <p class="notice">{read.message}</p>}
      {!found?.task && boardCount > 0 && (
        <p class="notice">
          {t('popup.boardTasks', { count: boardCount })}
        </p>
      )}
      {found && !found.task && !read?.recognised && (
        <p class="muted">
          {tParts('popup.noTask', {
            demo: (
              <a href="#" onClick={(e) => (e.preventDefault(), withBrowser((b) => b.openExtensionPage(b.DEMO_PAGE))())}>
                {t('popup.tryDemo')}
              </a>
            ),
          })}
        </p>
      )}

      <label for="task-input">{t('popup.task')}</label>
      <textarea
        id="task-input"
        data-testid="task-input"
        dir="auto"
        rows={3}
        maxLength={20_000}
        value={input}
        placeholder={t('popup.taskPlaceholder')}
        // Once the person is in the box, nothing is restored into it: their typing always wins.
        onFocus={() => (touched.current = true)}
        onInput={(e) => {
          touched.current = true;
          setInput(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void rewrite();
        }}
      />
      <div class="row actions">
        <button type="button" class="primary" data-testid="rewrite" onClick={rewrite} disabled={busy}>
          {t('popup.rewrite')}
        </button>
        {draftId && (
          <button type="button" onClick={startOver}>
            {t('popup.newBrief')}
          </button>
        )}
        <span class="hint">Ctrl+Enter</span>
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}

      {draftId && (
        <DraftPane
          key={`${draftId}:${rewrites}`}
          draftId={draftId}
          initial={rewrites === 0 ? snapshot : undefined}
          onShown={writePopupSnapshot}
          presets={presets}
          composeTabId={read?.compose ? tab?.id : undefined}
          composeTo={read?.recipients}
          layout="columns"
          idPrefix="popup"
          improveOnOpen={draftId === fresh}
        />
      )}
      {draftId && <AddToCard tabId={tab?.id} read={read} draftId={draftId} />}
    </main>
  );
}
