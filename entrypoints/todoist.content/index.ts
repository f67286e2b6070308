import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { todoistReader } from '../../utils/sites/readers/todoist';

// Not in the manifest: registered at run time once the owner allows Todoist (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: todoistReader });
  },
});
