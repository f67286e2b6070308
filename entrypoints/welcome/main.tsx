import { render } from 'preact';
import { WelcomeApp } from '../../components/WelcomeApp';
import '../../components/styles.css';
import './welcome.css';

render(<WelcomeApp firefox={import.meta.env.FIREFOX} />, document.getElementById('app')!);
