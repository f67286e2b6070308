import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/styles.css';
import { localizePage, t } from '../../utils/platform/i18n';

localizePage(t('page.settings'));
render(<OptionsApp />, document.getElementById('app')!);
