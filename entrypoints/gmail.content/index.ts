import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { gmailReader } from '../../utils/sites/readers/gmail';
import { insertBrief, trackComposeFocus } from '../../utils/sites/gmail-compose';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(trackComposeFocus(document));
    startPageAgent(ctx, { reader: gmailReader, insert: insertBrief });
  },
});
