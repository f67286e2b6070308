import { render } from 'preact';
import { DraftsPage } from '../../components/DraftsPage';
import '../../components/styles.css';

render(<DraftsPage />, document.getElementById('app')!);
