// Outlook on the web's compose (a new message, a reply in the reading pane, a popped-out
// window), for the shared insertion in ./compose-insert. Its editor is a contenteditable
// textbox whose aria-label is localised ("Nachrichtentext"), so it is found by role and by
// being multi-line; the subject is the Fluent UI text field of the same compose form.
import { composeInserter } from './compose-insert';

const MULTILINE = 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]';
const TEXTBOX = 'div[role="textbox"][contenteditable="true"]';
// The part of the page one compose form lives in: the reading pane, or a pop-out dialog.
const COMPOSE_ROOT = '[role="dialog"], #ReadingPaneContainerId, [data-app-section="ReadingPane"], [role="main"]';
const SUBJECT = 'input.ms-TextField-field, input[id$="subjectLine"]';

export function findOutlookSubject(body: HTMLElement): HTMLInputElement | null {
  const root = body.closest(COMPOSE_ROOT);
  if (!root) return null;
  // Recipient pickers sit in comboboxes; the subject is the text field outside them.
  return (
    Array.from(root.querySelectorAll<HTMLInputElement>(SUBJECT)).find(
      (i) => (i.type === 'text' || !i.getAttribute('type')) && !i.closest('[role="combobox"], [role="listbox"]'),
    ) ?? null
  );
}

const outlook = composeInserter({
  name: 'Outlook',
  bodies(doc) {
    const multiline = doc.querySelectorAll<HTMLElement>(MULTILINE);
    return multiline.length ? multiline : doc.querySelectorAll<HTMLElement>(TEXTBOX);
  },
  subject: findOutlookSubject,
});

export const NO_OUTLOOK_COMPOSE_ERROR = outlook.noComposeError;
export const { findComposeBody: findOutlookBody, trackComposeFocus: trackOutlookFocus, insertBrief: insertIntoOutlook } = outlook;
