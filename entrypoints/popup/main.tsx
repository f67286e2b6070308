import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { replaceShell } from '../../components/popup-shell';
import '../../components/styles.css';
import './popup.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('extName'));
replaceShell(document.getElementById('popup-shell'), () => render(<PopupApp />, document.getElementById('app')!));
