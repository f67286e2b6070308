import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/styles.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('page.sidePanel'));
render(<SidePanelApp />, document.getElementById('app')!);
