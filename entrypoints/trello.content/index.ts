import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { trelloReader } from '../../utils/sites/readers/trello';

export default defineContentScript({
  matches: ['https://trello.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: trelloReader });
  },
});
