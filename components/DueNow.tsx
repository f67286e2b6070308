import { useEffect, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import { byUrgency } from '../utils/core/followups/schedule';
import { isDueNow, trackedViews, type TrackedView } from '../utils/core/followups/tracked';
import { statusLabel } from './followup-labels';
import { openExtensionPage } from '../utils/platform/side-panel';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { drafts } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import { t } from '../utils/platform/i18n';

const SHOWN = 4;

/** Reports due today or overdue, for the popup and the side panel: reads only the tracked briefs. */
export function DueNow() {
  const [due, setDue] = useState<TrackedView[]>([]);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [store, follow] = await Promise.all([drafts(), followUps()]);
      const { followUps: list } = await follow.list();
      const briefs = (await Promise.all(list.map((f) => store.get(f.briefId)))).filter((b): b is Brief => b !== undefined);
      const views = trackedViews(briefs, list, Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
      if (live) setDue(views.filter((v) => isDueNow(v.status)).sort(byUrgency));
    };
    void load().catch(() => undefined);
    const off = onDraftsChanged((ids) => ids.includes('followups') && void load().catch(() => undefined));
    return () => {
      live = false;
      off();
    };
  }, []);
  if (!due.length) return null;
  return (
    <section class="notice due-now" aria-label={t('due.label')} data-testid="due-now">
      <div class="row">
        <strong class="grow">
          {t('due.count', { count: due.length })}
        </strong>
        <a href="#" data-testid="open-follow-ups" onClick={(e) => (e.preventDefault(), void openExtensionPage('drafts.html#follow-ups'))}>
          {t('due.all')}
        </a>
      </div>
      <ul class="check-list">
        {due.slice(0, SHOWN).map((v) => (
          <li key={v.brief.id} data-testid="due-now-row" data-overdue={String(v.status.state === 'overdue')}>
            <a href="#" class="grow" onClick={(e) => (e.preventDefault(), void openExtensionPage(`drafts.html?id=${encodeURIComponent(v.brief.id)}#follow-ups`))}>
              {v.title}
            </a>
            <span class={v.status.state === 'overdue' ? 'overdue' : 'hint'}>
              {v.assistant} · {statusLabel(v.status)}
            </span>
          </li>
        ))}
      </ul>
      {due.length > SHOWN && <p class="hint">{t('due.more', { count: due.length - SHOWN })}</p>}
    </section>
  );
}
