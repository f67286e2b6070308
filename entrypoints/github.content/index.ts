import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { githubReader } from '../../utils/sites/readers/github';
import { CARD_TARGETS } from '../../utils/sites/card-targets';
import { cardWriter } from '../../utils/sites/card-writer';

// Not in the manifest: registered at run time for github.com and the owner's GitHub Enterprise
// origins once the owner allows them (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: githubReader, card: cardWriter(githubReader, CARD_TARGETS.github) });
  },
});
