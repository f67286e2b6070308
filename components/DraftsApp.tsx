import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { exportLines } from '../utils/storage/db/export-format';
import type { ImportProgress } from '../utils/storage/db/drafts-service';
import { yieldToPage } from '../utils/core/slices';
import { assistantEmails, prepareSearch, requery, type DraftQuery, type QueryResult } from '../utils/core/drafts-query';
import { CATEGORIES, STATUSES } from '../utils/core/model/categories';
import { categoryName, statusLabel } from './labels';
import type { Brief } from '../utils/core/model/brief';
import { TASK_SOURCES } from '../utils/core/model/task';
import { renderEmailHtml, renderMarkdown } from '../utils/core/render';
import { downloadText, fileSlug } from '../utils/platform/download';
import { Alert } from './Alert';
import { FilterSelect } from './FilterSelect';
import { DraftPane } from './DraftPane';
import { DraftRow, type DraftRowActions } from './DraftRow';
import { HistoryPanel } from './HistoryPanel';
import { useDraftsList } from './use-drafts-list';
import { usePresets } from './use-presets';
import { t } from '../utils/platform/i18n';

const PAGE = 200;
/** How long typing may pause before the list is searched again. */
const SEARCH_DELAY_MS = 120;
const SOURCES = [...TASK_SOURCES];

function exportOne(brief: Brief, kind: 'md' | 'html' | 'json') {
  const name = fileSlug(brief.title);
  if (kind === 'md') downloadText(`${name}.md`, renderMarkdown(brief), 'text/markdown');
  else if (kind === 'html')
    downloadText(`${name}.html`, `<!doctype html><meta charset="utf-8"><title>${name}</title>${renderEmailHtml(brief)}`, 'text/html');
  else downloadText(`${name}.json`, JSON.stringify(brief, null, 2), 'application/json');
}

export function DraftsApp() {
  const { all, damaged, loaded, complete, change, error: loadError } = useDraftsList({ firstPage: PAGE });
  const presets = usePresets();
  const [query, setQuery] = useState<DraftQuery>({ text: '', status: 'all', category: 'all', source: 'all', assistant: 'all', sort: 'updated', trash: false });
  // What is typed in the search box; it becomes query.text once typing pauses.
  const [text, setText] = useState('');
  const textTimer = useRef<ReturnType<typeof setTimeout>>();
  const [shown, setShown] = useState(PAGE);
  const [openId, setOpenId] = useState<string>();
  const [undo, setUndo] = useState<Brief>();
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const [importing, setImporting] = useState<ImportProgress>();

  useEffect(() => {
    // Drafts are the owner's work: ask the browser not to evict them under storage pressure.
    void navigator.storage?.persist?.().catch(() => undefined);
    const id = new URLSearchParams(location.search).get('id');
    if (id) setOpenId(id);
  }, []);

  useEffect(() => () => clearTimeout(textTimer.current), []);
  // Fold every draft's words for search while the page is idle, so the first search is quick.
  // Once, when the whole library is in: a draft changed later is folded when a search needs it.
  const allRef = useRef(all);
  allRef.current = all;
  useEffect(() => (complete ? prepareSearch(allRef.current) : undefined), [complete]);

  // A save elsewhere changes a draft or two: the previous answers are updated for just those,
  // so the page does not filter and sort the whole library again, and rows keep their objects.
  const result = useRef<QueryResult>();
  const matches = useMemo(() => (result.current = requery(result.current, all, query, change)).matches, [all, query, change]);
  const emails = useRef<{ drafts: readonly Brief[]; emails: string[] }>();
  const assistants = useMemo(() => {
    const list = assistantEmails(all, emails.current, change);
    emails.current = { drafts: all, emails: list };
    return list;
  }, [all, change]);
  const set = (patch: Partial<DraftQuery>) => {
    // A filter changed while a search is still waiting applies both together.
    clearTimeout(textTimer.current);
    setQuery((q) => ({ ...q, text, ...patch }));
    setShown(PAGE);
  };
  const search = (value: string) => {
    setText(value);
    clearTimeout(textTimer.current);
    textTimer.current = setTimeout(() => {
      setQuery((q) => ({ ...q, text: value }));
      setShown(PAGE);
    }, SEARCH_DELAY_MS);
  };

  const act = async (f: () => Promise<unknown>, done?: string) => {
    setError('');
    try {
      await f();
      if (done) setSaid(done);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const trash = (b: Brief) =>
    act(async () => {
      await (await drafts()).trash(b.id);
      if (openId === b.id) setOpenId(undefined);
      setUndo(b);
    });

  // One stable object for every row (rows are memoised); it calls this render's handlers.
  const handlers = useRef({ act, trash });
  handlers.current = { act, trash };
  const rowActions = useMemo<DraftRowActions>(
    () => ({
      open: (d) => setOpenId(d.id),
      duplicate: (d) => void handlers.current.act(async () => setOpenId((await (await drafts()).duplicate(d.id)).id), t('drafts.duplicated')),
      trash: (d) => void handlers.current.trash(d),
      restore: (d) => void handlers.current.act(async () => (await drafts()).restore(d.id), t('drafts.restored')),
      purge: (d) => void handlers.current.act(async () => (await drafts()).purge(d.id), t('drafts.purged')),
    }),
    [],
  );

  const exportAll = () =>
    act(async () => {
      const file = await (await drafts()).exportAll();
      const parts: string[] = [];
      let n = 0;
      for (const line of exportLines(file)) {
        parts.push(line);
        if (++n % 1000 === 0) await yieldToPage();
      }
      downloadText(`outcome-briefs-${new Date().toISOString().slice(0, 10)}.json`, parts, 'application/json');
    }, t('drafts.exported'));

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    setSaid('');
    setImporting({ step: 'checking', done: 0, total: 0 });
    try {
      const store = await drafts();
      // Refused by size before it is read when it cannot fit: nothing "Export all" makes is refused.
      const tooLarge = await store.importSizeProblem(file.size);
      if (tooLarge) return setError(`${file.name}: ${tooLarge}`);
      const report = await store.importText(await file.text(), setImporting);
      if (!report.ok) setError(report.error);
      else setSaid(t('drafts.imported', { file: file.name, added: report.added, updated: report.updated, skipped: report.skipped }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setImporting(undefined);
    }
  };

  const open = openId === undefined ? undefined : all.find((d) => d.id === openId);
  return (
    <main class="drafts-page">
      <header class="row">
        <h1 class="grow">{t('drafts.heading')}</h1>
        <button type="button" data-testid="export-all" onClick={exportAll}>
          {t('drafts.exportAll')}
        </button>
        <label class="button-like" for="import-file">
          {importing ? t('drafts.importing') : t('drafts.import')}
        </label>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </header>
      <p role="status" class="status" aria-live="polite" data-testid="drafts-status">
        {said}
      </p>
      {importing && importing.total > 0 && (
        <div class="row" data-testid="import-progress">
          <progress class="grow" max={importing.total} value={importing.done} aria-label={t('drafts.importProgress')} />
          <span>
            {importing.step === 'checking'
              ? t('drafts.importChecking', { done: importing.done, count: importing.total })
              : t('drafts.importSaving', { done: importing.done, count: importing.total })}
          </span>
        </div>
      )}
      {loaded && !complete && !loadError && (
        <p role="status" class="status" data-testid="drafts-loading">
          {t('drafts.loadingAll')}
        </p>
      )}
      {(error || loadError) && <Alert onDismiss={() => setError('')}>{error || loadError}</Alert>}
      {complete && damaged.length > 0 && (
        <Alert>
          {t('drafts.damaged', { count: damaged.length })}
        </Alert>
      )}
      {undo && (
        <div class="notice row" role="status">
          <span class="grow">{t('drafts.trashed', { title: undo.title })}</span>
          <button type="button" data-testid="undo" onClick={() => act(async () => (await drafts()).restore(undo.id)).then(() => setUndo(undefined))}>
            {t('ai.undo')}
          </button>
          <button type="button" onClick={() => setUndo(undefined)} aria-label={t('common.dismiss')}>
            ×
          </button>
        </div>
      )}

      <div class="drafts-layout">
        <section aria-label={t('drafts.findLabel')}>
          <div class="row filters">
            <label class="grow">
              <span class="visually-hidden">{t('drafts.search')}</span>
              <input type="search" data-testid="search" placeholder={t('drafts.searchPlaceholder')} value={text} onInput={(e) => search(e.currentTarget.value)} />
            </label>
          </div>
          <div class="row filters">
            <FilterSelect label={t('editor.status')} testid="filter-status" value={query.status ?? 'all'} options={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} onChange={(status) => set({ status })} />
            <FilterSelect
              label={t('editor.category')}
              testid="filter-category"
              value={query.category ?? 'all'}
              options={CATEGORIES.map((c) => ({ value: c.slug, label: categoryName(c.slug) }))}
              onChange={(category) => set({ category })}
            />
            <FilterSelect label={t('drafts.source')} testid="filter-source" value={query.source ?? 'all'} options={SOURCES} onChange={(source) => set({ source })} />
            {assistants.length > 0 && (
              <FilterSelect label={t('drafts.assistant')} value={query.assistant ?? 'all'} options={assistants} onChange={(assistant) => set({ assistant })} />
            )}
            <label>
              {t('drafts.sort')}
              <select data-testid="sort" value={query.sort} onChange={(e) => set({ sort: e.currentTarget.value as DraftQuery['sort'] })}>
                <option value="updated">{t('drafts.sortUpdated')}</option>
                <option value="created">{t('drafts.sortCreated')}</option>
                <option value="title">{t('drafts.sortTitle')}</option>
              </select>
            </label>
            <label class="inline">
              <input type="checkbox" data-testid="show-trash" checked={query.trash} onChange={(e) => set({ trash: e.currentTarget.checked })} /> {t('drafts.trash')}
            </label>
          </div>

          {complete && all.length === 0 && (
            <p class="empty">{t('drafts.empty')}</p>
          )}
          {complete && all.length > 0 && matches.length === 0 && <p class="empty">{t('drafts.noMatch')}</p>}
          <p class="hint">
            {query.trash ? t('drafts.countTrash', { count: matches.length }) : t('drafts.count', { count: matches.length })}
            {!complete && all.length > 0 && ` ${loadError ? t('drafts.amongNewest', { count: all.length }) : t('drafts.amongNewestLoading', { count: all.length })}`}
          </p>
          <ul class="board-rows" aria-label={t('popup.drafts')}>
            {matches.slice(0, shown).map((d) => (
              <DraftRow key={d.id} draft={d} selected={d.id === openId} inTrash={query.trash ?? false} actions={rowActions} />
            ))}
          </ul>
          {matches.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t('drafts.showMore', { count: Math.min(PAGE, matches.length - shown) })}
            </button>
          )}
        </section>

        <section aria-label={t('drafts.selectedLabel')}>
          {open && open.deletedAt === undefined ? (
            <>
              <div class="row">
                <span class="grow hint">{t('drafts.exportThis')}</span>
                <button type="button" onClick={() => exportOne(open, 'md')}>
                  Markdown
                </button>
                <button type="button" onClick={() => exportOne(open, 'html')}>
                  HTML
                </button>
                <button type="button" onClick={() => exportOne(open, 'json')}>
                  JSON
                </button>
              </div>
              <HistoryPanel draftId={open.id} />
              <DraftPane key={open.id} draftId={open.id} presets={presets} layout="columns" idPrefix="drafts" previewAt="beside" />
            </>
          ) : openId && !open && !complete ? (
            <p class="empty">{t('drafts.loadingOne')}</p>
          ) : (
            <p class="empty">{t('drafts.choose')}</p>
          )}
        </section>
      </div>
    </main>
  );
}
