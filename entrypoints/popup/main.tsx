import { render } from 'preact';

render(<main><h1>Outcome Briefs</h1></main>, document.getElementById('app')!);
