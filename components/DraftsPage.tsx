import { useEffect, useState } from 'preact/hooks';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { pokeReminders } from '../utils/storage/followups-client';
import { DraftsApp } from './DraftsApp';
import { FollowUpsView } from './FollowUpsView';
import { WeeklyReview } from './WeeklyReview';
import { t } from '../utils/platform/i18n';

const VIEWS = [
  { hash: '', label: t('popup.drafts'), testid: 'tab-drafts' },
  { hash: '#follow-ups', label: t('follow.tab'), testid: 'tab-follow-ups' },
  { hash: '#weekly-review', label: t('weekly.tab'), testid: 'tab-weekly-review' },
];

/** The drafts page and its views: drafts, follow-ups (`drafts.html#follow-ups`) and the weekly review. */
export function DraftsPage() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    window.addEventListener('hashchange', follow);
    // A brief trashed or restored here changes what is overdue: the badge follows.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onDraftsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(pokeReminders, 500);
    });
    return () => {
      window.removeEventListener('hashchange', follow);
      clearTimeout(timer);
      off();
    };
  }, []);
  const current = VIEWS.find((v) => v.hash === hash) ?? VIEWS[0]!;
  return (
    <>
      <nav class="page-tabs" aria-label={t('drafts.views')}>
        {VIEWS.map((v) => (
          <a key={v.testid} href={v.hash || '#drafts'} data-testid={v.testid} aria-current={v === current ? 'page' : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
      {current.hash === '#follow-ups' ? <FollowUpsView /> : current.hash === '#weekly-review' ? <WeeklyReview /> : <DraftsApp />}
    </>
  );
}
