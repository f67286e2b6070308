import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { getLastDraft, setLastDraft, takePendingTask } from '../utils/storage/preferences';
import { taskText, type PageRead, type Task } from '../utils/core/model/task';
import { taskFromSelection } from '../utils/sites/readers/selection';
import { boundTab, readSelection, readTab } from '../utils/platform/tab-binding';
import { openExtensionPage, openSidePanel } from '../utils/platform/side-panel';
import { DEMO_PAGE } from '../utils/platform/messages';
import { Alert } from './Alert';
import { LazyAddToCard as AddToCard, LazyAllowSite as AllowSite } from './LazySiteActions';
import { LazyDraftPane as DraftPane } from './LazyDraftPane';
import { LazyDueNow } from './LazyDueNow';
import { usePresets } from './use-presets';

type Tab = Awaited<ReturnType<typeof boundTab>>;

interface Found {
  tab?: Tab;
  read?: PageRead;
  task?: Task;
}

/** Where the popup's task comes from: the context menu, the page's open task, or a selection. */
async function findTask(): Promise<Found> {
  const tab = await boundTab();
  const pending = await takePendingTask();
  if (pending) return { tab, task: pending };
  if (!tab?.id) return { tab };
  const read = await readTab(tab);
  if (read.openTask) return { tab, read, task: read.openTask };
  // Text the person selected is the task they mean, on a board as on any other page.
  const task = taskFromSelection(await readSelection(tab.id), tab.url ?? '', tab.title ?? '');
  return task ? { tab, read, task } : { tab, read };
}

export function PopupApp() {
  const presets = usePresets();
  const [found, setFound] = useState<Found>();
  const [draftId, setDraftId] = useState<string>();
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

  const useDraftId = (id: string | undefined) => {
    setResumed('');
    setDraftId(id);
    // Only a convenience for the next visit: a failure here must not disturb this one.
    setLastDraft(id).catch(() => undefined);
  };

  useEffect(() => {
    (async () => {
      const result = await findTask().catch(() => ({}) as Found);
      setFound(result);
      const store = await drafts();
      if (touched.current) return;
      if (result.task) {
        setInput(taskText(result.task));
        const { draftForTask } = await import('../utils/storage/task-drafts');
        const { brief, notice: said, created } = await draftForTask(store, result.task);
        // A brief the person rewrote meanwhile is the one they want to see.
        if (typedHere.current.size > 0) return;
        if (said) setNotice(said);
        if (created) setFresh(brief.id);
        return useDraftId(brief.id);
      }
      const last = await getLastDraft();
      const lastBrief = last ? await store.get(last) : undefined;
      // The last brief comes back in the editor; its task text does not go back into the task
      // box, where it would run together with what the person starts typing.
      if (lastBrief && lastBrief.deletedAt === undefined && !touched.current) {
        setDraftId(lastBrief.id);
        setResumed(lastBrief.title);
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
      setError('Type or paste a task first, for example "Post 3 Instagram updates this week".');
      return;
    }
    setBusy(true);
    try {
      const [store, { newBrief }] = await Promise.all([drafts(), import('../utils/core/brief-factory')]);
      const { brief, rewrite: result } = newBrief(text, { presets: await store.getPresets(), now: Date.now(), id: crypto.randomUUID() });
      if (result.notice) setNotice(result.notice);
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
  return (
    <main class="popup" data-ready={ready}>
      <header class="row">
        <h1 class="grow">Outcome brief</h1>
        <button type="button" onClick={() => openExtensionPage('drafts.html').catch((e) => setError(errorText(e)))}>
          Drafts
        </button>
        {tab && (
          <button type="button" onClick={() => openSidePanel(tab).catch((e) => setError(errorText(e)))}>
            Review board
          </button>
        )}
        <button type="button" onClick={() => browser.runtime.openOptionsPage().catch((e) => setError(errorText(e)))} aria-label="Settings and presets">
          Settings
        </button>
      </header>
      <LazyDueNow />

      {found?.task && (
        <p>
          <span class="muted">Task from {found.task.source === 'selection' ? 'your selection' : 'this page'}: </span>
          <strong data-testid="task-title" dir="auto">
            {found.task.title}
          </strong>
        </p>
      )}
      {resumed && (
        <p class="muted">
          Your last brief, <strong dir="auto">{resumed}</strong>, is below. Type a new task to start another.
        </p>
      )}
      {found && !read?.recognised && <AllowSite url={tab?.url} onAllowed={() => location.reload()} />}
      {!found?.task && read?.message && <p class="notice">{read.message}</p>}
      {!found?.task && boardCount > 0 && (
        <p class="notice">
          {boardCount} tasks on this page. Open one to brief it, or review them all with “Review board”.
        </p>
      )}
      {found && !found.task && !read?.recognised && (
        <p class="muted">
          No task on this page. Type one below, select text on a page first, or{' '}
          <a href="#" onClick={(e) => (e.preventDefault(), openExtensionPage(DEMO_PAGE).catch((err) => setError(errorText(err))))}>
            try the demo board
          </a>
          .
        </p>
      )}

      <label for="task-input">Task</label>
      <textarea
        id="task-input"
        data-testid="task-input"
        dir="auto"
        rows={3}
        maxLength={20_000}
        value={input}
        placeholder="Post 3 Instagram updates this week"
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
      <div class="row" style={{ marginTop: 6 }}>
        <button type="button" class="primary" data-testid="rewrite" onClick={rewrite} disabled={busy}>
          Rewrite as outcome brief
        </button>
        {draftId && (
          <button type="button" onClick={startOver}>
            New brief
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
