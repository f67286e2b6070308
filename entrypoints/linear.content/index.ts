import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { linearReader } from '../../utils/sites/readers/linear';
import { CARD_TARGETS } from '../../utils/sites/card-targets';
import { cardWriter } from '../../utils/sites/card-writer';

// Not in the manifest: registered at run time once the owner allows Linear (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: linearReader, card: cardWriter(linearReader, CARD_TARGETS.linear) });
  },
});
