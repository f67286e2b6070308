import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/styles.css';

render(<SidePanelApp />, document.getElementById('app')!);
