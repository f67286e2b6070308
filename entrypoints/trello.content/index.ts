import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { trelloReader } from '../../utils/sites/readers/trello';
import { CARD_TARGETS } from '../../utils/sites/card-targets';
import { cardWriter } from '../../utils/sites/card-writer';

export default defineContentScript({
  matches: ['https://trello.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: trelloReader, card: cardWriter(trelloReader, CARD_TARGETS.trello) });
  },
});
