import { render } from 'preact';
import { DraftsPage } from '../../components/DraftsPage';
import '../../components/styles.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('page.drafts'));
render(<DraftsPage />, document.getElementById('app')!);
