import { cardIdIn, readBoard, readTrelloPage } from './trello';
import { locateIn } from './shared';
import type { Reader } from './types';

// The extension's demo page copies Trello's board markup, so it is read by the Trello code.
export const demoReader: Reader = {
  name: 'demo',
  // An extension page: nothing to register or ask permission for.
  hostPatterns: [],
  matches: (url) =>
    (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') && url.pathname.endsWith('/demo.html'),
  read: (doc, url) => readTrelloPage(doc, url, 'demo', cardIdIn(url.hash)),
  locate: (doc, url, taskId) => locateIn(readBoard(doc, url, 'demo').found, taskId),
};
