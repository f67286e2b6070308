// The calendar library loads only when the owner asks for a file.
import type { Tracked } from '../utils/core/followups/tracked';
import { downloadText, fileSlug } from '../utils/platform/download';
import { t } from '../utils/platform/i18n';

export async function downloadIcs(items: Tracked[], name: string): Promise<string> {
  const { buildIcs } = await import('../utils/core/followups/ics');
  const { ics, events } = buildIcs(items, { now: Date.now() });
  if (!events) throw new Error(t('ics.nothing'));
  downloadText(`${fileSlug(name)}.ics`, ics, 'text/calendar');
  return t('ics.saved', { count: events });
}
