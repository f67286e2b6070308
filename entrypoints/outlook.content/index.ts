import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { outlookReader } from '../../utils/sites/readers/outlook';
import { insertIntoOutlook, trackOutlookFocus } from '../../utils/sites/outlook-compose';

// Not in the manifest: registered at run time once the owner allows Outlook on the web
// (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(trackOutlookFocus(document));
    startPageAgent(ctx, { reader: outlookReader, insert: insertIntoOutlook });
  },
});
