import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { jiraReader } from '../../utils/sites/readers/jira';
import { CARD_TARGETS } from '../../utils/sites/card-targets';
import { cardWriter } from '../../utils/sites/card-writer';

// Not in the manifest: registered at run time for Jira Cloud and the owner's own Jira origins
// once the owner allows them (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: jiraReader, card: cardWriter(jiraReader, CARD_TARGETS.jira) });
  },
});
