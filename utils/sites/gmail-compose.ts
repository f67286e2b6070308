// Gmail's compose windows, for the shared insertion in ./compose-insert. Selectors are
// structural: the body's aria-label is localised ("Nachrichtentext" in German).
import { composeInserter, type InsertResult } from './compose-insert';

const COMPOSE_ROOT = 'div.M9, .AO, [role="dialog"]';
const GMAIL_BODY = 'div[contenteditable="true"][g_editable="true"]';
const TEXTBOX = '[contenteditable="true"][role="textbox"]';

export function findSubjectInput(body: HTMLElement): HTMLInputElement | null {
  return body.closest(COMPOSE_ROOT)?.querySelector<HTMLInputElement>('input[name="subjectbox"]') ?? null;
}

const gmail = composeInserter({
  name: 'Gmail',
  *bodies(doc) {
    yield* doc.querySelectorAll<HTMLElement>(GMAIL_BODY);
    for (const el of doc.querySelectorAll<HTMLElement>(TEXTBOX)) if (el.closest(COMPOSE_ROOT)) yield el;
  },
  subject: findSubjectInput,
});

export type { InsertResult };
export const NO_COMPOSE_ERROR = gmail.noComposeError;
export const { findComposeBody, trackComposeFocus, insertBrief } = gmail;
