import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/page-agent';
import { trelloReader } from '../../utils/readers/trello';

export default defineContentScript({
  matches: ['https://trello.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: trelloReader });
  },
});
