import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { asanaReader } from '../../utils/sites/readers/asana';

export default defineContentScript({
  matches: ['https://app.asana.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: asanaReader });
  },
});
