import { render } from 'preact';
import { WelcomeApp } from '../../components/WelcomeApp';
import '../../components/styles.css';
import './welcome.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('page.welcome'));
render(<WelcomeApp firefox={import.meta.env.FIREFOX} />, document.getElementById('app')!);
