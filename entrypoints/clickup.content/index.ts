import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../../utils/sites/page-agent';
import { clickupReader } from '../../utils/sites/readers/clickup';

// Not in the manifest: registered at run time once the owner allows ClickUp (utils/platform/site-access.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx, { reader: clickupReader });
  },
});
