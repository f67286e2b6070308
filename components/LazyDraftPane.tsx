// The side panel shows the board first: the editor loads when a brief is opened.
import type { ComponentProps } from 'preact';
import type { DraftPane } from './DraftPane';
import { later } from './later';
import { t } from '../utils/platform/i18n';

export const LazyDraftPane = later<ComponentProps<typeof DraftPane>>(
  () => import('./DraftPane').then((m) => m.DraftPane),
  () => <p class="muted">{t('draft.loading')}</p>,
);
