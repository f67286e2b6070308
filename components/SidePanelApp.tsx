import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterRows, groupByList, listsOf, nextTriage, progressOf, reviewRows, type ReviewFilter } from '../utils/core/board-review';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { askTab, DEMO_PAGE } from '../utils/platform/messages';
import { TRIAGE, type Triage } from '../utils/core/model/categories';
import { triageLabel } from './labels';
import { sourceKey } from '../utils/core/model/task';
import { draftForTask } from '../utils/storage/task-drafts';
import { getTriageChoices, onTriageChoicesChanged } from '../utils/storage/preferences';
import { setRowTriage } from '../utils/storage/row-triage';
import { openExtensionPage } from '../utils/platform/side-panel';
import { Alert } from './Alert';
import { LazyAddToCard as AddToCard, LazyAllowSite as AllowSite } from './LazySiteActions';
import { FilterSelect } from './FilterSelect';
import { BoardRow, type RowActions } from './BoardRow';
import { LazyDraftPane as DraftPane } from './LazyDraftPane';
import { LazyDueNow } from './LazyDueNow';
import { useBoard } from './use-board';
import { useBoardDrafts } from './use-board-drafts';
import { usePresets } from './use-presets';
import { t } from '../utils/platform/i18n';

const ALL: ReviewFilter = { list: 'all', triage: 'all', notBriefed: false };

export function SidePanelApp() {
  const { tab, read, loading } = useBoard();
  const presets = usePresets();
  const [chosen, setChosen] = useState<Record<string, Triage>>({});
  const [filter, setFilter] = useState<ReviewFilter>(ALL);
  const [openId, setOpenId] = useState<string>();
  // A brief opened here for the first time, which AI improves at once when Settings say so.
  const [fresh, setFresh] = useState<string>();
  const [focus, setFocus] = useState(0);
  const [bulk, setBulk] = useState<{ done: number; total: number }>();
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const cancelBulk = useRef(false);
  // The row a brief was opened from: focus goes back to it with "Back to the board".
  const returnTo = useRef<string>();

  useEffect(() => {
    getTriageChoices()
      .then(setChosen)
      .catch((e) => setError(errorText(e)));
    return onTriageChoicesChanged(setChosen);
  }, []);

  const tasks = read?.tasks ?? [];
  const keys = useMemo(() => tasks.map(sourceKey), [tasks]);
  const bySource = useBoardDrafts(keys);
  const rows = useMemo(() => reviewRows(tasks, bySource, chosen), [tasks, bySource, chosen]);
  const visible = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const groups = useMemo(() => groupByList(visible), [visible]);
  const progress = useMemo(() => progressOf(rows), [rows]);
  const lists = useMemo(() => listsOf(tasks), [tasks]);

  const actions: RowActions = useMemo(
    () => ({
      async open(row) {
        try {
          const { brief, created } = await draftForTask(await drafts(), row.task, row.triage);
          if (created) setFresh(brief.id);
          returnTo.current = row.key;
          setOpenId(brief.id);
        } catch (e) {
          setError(errorText(e));
        }
      },
      async locate(row) {
        if (tab?.id === undefined) return;
        const { found } = await askTab(tab.id, { type: 'locate-task', taskId: row.task.id }).catch(() => ({ found: false }));
        setSaid(found ? t('panel.showing', { title: row.task.title }) : t('panel.gone', { title: row.task.title }));
      },
      async setTriage(row, triage) {
        try {
          await setRowTriage(row, triage);
        } catch (e) {
          setError(errorText(e));
        }
      },
    }),
    [tab?.id],
  );

  const draftAll = async () => {
    const missing = rows.filter((r) => r.triage === 'delegate' && !r.draft);
    cancelBulk.current = false;
    setBulk({ done: 0, total: missing.length });
    try {
      const store = await drafts();
      for (let i = 0; i < missing.length && !cancelBulk.current; i++) {
        await draftForTask(store, missing[i].task, missing[i].triage);
        setBulk({ done: i + 1, total: missing.length });
      }
      setSaid(cancelBulk.current ? t('panel.stopped') : t('panel.drafted', { count: missing.length }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBulk(undefined);
    }
  };

  const flat = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const focusRow = useCallback((i: number) => {
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-testid="task-row"]');
    if (!items?.length) return;
    const next = Math.max(0, Math.min(items.length - 1, i));
    setFocus(next);
    items[next].focus();
  }, []);

  useEffect(() => {
    if (openId || !returnTo.current) return;
    const key = returnTo.current;
    returnTo.current = undefined;
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-testid="task-row"]') ?? [])];
    const i = items.findIndex((el) => el.dataset.key === key);
    if (i >= 0) focusRow(i);
  }, [openId, focusRow]);

  // Focus that moves into a row (by Tab or a click) makes it the row the keys act on.
  const onFocusIn = (e: FocusEvent) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-testid="task-row"]');
    const i = row ? flat.findIndex((r) => r.key === row.dataset.key) : -1;
    if (i >= 0 && i !== focus) setFocus(i);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys typed into a control inside a row (a button, the triage select) are that control's.
    if ((e.target as HTMLElement).dataset?.testid !== 'task-row') return;
    const row = flat[focus];
    if (e.key === 'ArrowDown') focusRow(focus + 1);
    else if (e.key === 'ArrowUp') focusRow(focus - 1);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(flat.length - 1);
    else if (e.key === 'Enter' && row) void actions.open(row);
    else if (e.key === 't' && row) void actions.setTriage(row, nextTriage(row.triage));
    else if (e.key === 'l' && row) void actions.locate(row);
    else return;
    e.preventDefault();
  };

  if (openId) {
    return (
      <main class="panel">
        <button type="button" onClick={() => setOpenId(undefined)} data-testid="back-to-board">
          ← {t('panel.back')}
        </button>
        <DraftPane
          key={openId}
          draftId={openId}
          presets={presets}
          composeTabId={read?.compose ? tab?.id : undefined}
          composeTo={read?.recipients}
          idPrefix="panel"
          improveOnOpen={openId === fresh}
        />
        <AddToCard tabId={tab?.id} read={read} draftId={openId} />
      </main>
    );
  }

  return (
    <main class="panel">
      <header>
        <h1 data-testid="board-title" dir="auto">{read?.board?.title ?? (read?.site === 'gmail' ? 'Gmail' : t('panel.heading'))}</h1>
        {tasks.length > 0 && (
          <div data-testid="board-progress">
            <p>
              {t('panel.briefed', { done: progress.briefed, count: progress.delegated })}
              <span class="muted">
                {' '}
                · {t('panel.total', { count: progress.total })} · {t('panel.toEliminate', { count: progress.eliminated })} · {t('panel.toKeep', { count: progress.kept })}
              </span>
            </p>
            <progress max={Math.max(1, progress.delegated)} value={progress.briefed} aria-label={t('panel.briefedLabel')} />
          </div>
        )}
      </header>
      <LazyDueNow />

      {loading && <p class="muted">{t('panel.reading')}</p>}
      {!loading && !tab && <p class="empty">{t('panel.noTab')}</p>}
      {!loading && tab && tasks.length === 0 && (
        <div class="empty" data-testid="board-empty">
          {!read?.recognised && <AllowSite url={tab.url} onAllowed={() => location.reload()} />}
          <p>{read?.message ?? t('panel.notBoard')}</p>
          <p>{t('panel.openBoard')}</p>
          <button type="button" onClick={() => openExtensionPage(DEMO_PAGE).catch((e) => setError(errorText(e)))}>
            {t('panel.openDemo')}
          </button>
        </div>
      )}
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
      <p role="status" class="status" aria-live="polite">
        {said}
      </p>

      {tasks.length > 0 && (
        <>
          <div class="row filters">
            <FilterSelect label={t('panel.list')} value={filter.list} options={lists} onChange={(list) => setFilter({ ...filter, list })} />
            <FilterSelect
              label={t('editor.triage')}
              testid="filter-triage"
              value={filter.triage}
              options={TRIAGE.map((t) => ({ value: t, label: triageLabel(t) }))}
              onChange={(triage) => setFilter({ ...filter, triage })}
            />
            <label class="inline">
              <input
                type="checkbox"
                data-testid="filter-not-briefed"
                checked={filter.notBriefed}
                onChange={(e) => setFilter({ ...filter, notBriefed: e.currentTarget.checked })}
              />{' '}
              {t('panel.notBriefed')}
            </label>
          </div>
          <div class="row actions">
            {bulk ? (
              <>
                <progress class="grow" max={Math.max(1, bulk.total)} value={bulk.done} aria-label={t('panel.drafting')} />
                <span data-testid="bulk-progress">
                  {t('panel.bulkProgress', { done: bulk.done, total: bulk.total })}
                </span>
                <button type="button" onClick={() => (cancelBulk.current = true)}>
                  {t('panel.stop')}
                </button>
              </>
            ) : (
              <button
                type="button"
                class="primary"
                data-testid="draft-all"
                disabled={progress.briefed >= progress.delegated}
                onClick={draftAll}
              >
                {t('panel.draftAll', { count: progress.delegated - progress.briefed })}
              </button>
            )}
          </div>
          <p class="hint">{t('panel.keys')}</p>
          {visible.length === 0 && <p class="empty">{t('panel.noMatch')}</p>}
          <ul class="board" ref={listRef} onKeyDown={onKeyDown} onFocusIn={onFocusIn} aria-label={t('panel.tasksLabel')}>
            {groups.map((g) => (
              <li key={g.list} class="board-group">
                {g.list && <h2>{g.list}</h2>}
                <ul class="board-rows">
                  {g.rows.map((row) => (
                    <BoardRow key={row.key} row={row} focused={flat[focus]?.key === row.key || (!flat[focus] && row === flat[0])} actions={actions} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
