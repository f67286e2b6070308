// The calendar library loads only when the owner asks for a file.
import type { Tracked } from '../utils/core/followups/tracked';
import { downloadText, fileSlug } from '../utils/platform/download';

export async function downloadIcs(items: Tracked[], name: string): Promise<string> {
  const { buildIcs } = await import('../utils/core/followups/ics');
  const { ics, events } = buildIcs(items, { now: Date.now() });
  if (!events) throw new Error('Nothing to put in a calendar: no report is still to come. Choose a plan with a date ahead first.');
  downloadText(`${fileSlug(name)}.ics`, ics, 'text/calendar');
  return `Saved ${events} calendar ${events === 1 ? 'event' : 'events'} (.ics). Open the file, or import it in Google Calendar, Outlook or Apple Calendar.`;
}
