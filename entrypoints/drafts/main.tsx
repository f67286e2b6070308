import { render } from 'preact';
import { DraftsApp } from '../../components/DraftsApp';
import '../../components/styles.css';

render(<DraftsApp />, document.getElementById('app')!);
