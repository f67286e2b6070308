import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';

// Components ask the browser's i18n for their words; Node and happy-dom have none, so tests get the
// English messages, as Chromium in English would give them.
const english = parseMessagesText(readFileSync(join(process.cwd(), 'locales/en.yml'), 'utf8'), 'YAML');
const messages = new Map<string, string>();
for (const m of english) {
  if (m.type === 'plural') messages.set(m.key.join('_'), Object.values(m.plurals).join(' | '));
  else if (m.type === 'simple') messages.set(m.key.join('_'), m.message);
}
const g = globalThis as { chrome?: Record<string, unknown> };
g.chrome = {
  ...g.chrome,
  i18n: { getMessage: (name: string) => (messages.get(name) ?? '').replaceAll('$$', '$'), getUILanguage: () => 'en' },
};
