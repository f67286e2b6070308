import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { asanaReader } from '../../utils/sites/readers/asana';
import { CARD_TARGETS } from '../../utils/sites/card-targets';
import { cardWriter } from '../../utils/sites/card-writer';

export default defineContentScript({
  matches: ['https://app.asana.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: asanaReader, card: cardWriter(asanaReader, CARD_TARGETS.asana) });
  },
});
