import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { replaceShell } from '../../components/popup-shell';
import '../../components/styles.css';
import './popup.css';

replaceShell(document.getElementById('popup-shell'), () => render(<PopupApp />, document.getElementById('app')!));
