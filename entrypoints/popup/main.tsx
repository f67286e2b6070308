import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/styles.css';
import './popup.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('extName'));
render(<PopupApp />, document.getElementById('app')!);
