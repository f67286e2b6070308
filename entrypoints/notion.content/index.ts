import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { notionReader } from '../../utils/sites/readers/notion';

// Not in the manifest: registered at run time once the owner allows Notion (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: notionReader });
  },
});
