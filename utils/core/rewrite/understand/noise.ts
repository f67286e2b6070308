// Strips what surrounds a task without being part of it: list markers, checkbox glyphs, ticket ids,
// mail prefixes, "TODO:" tags, urgency shouts, polite fillers and emoji. Each pattern is anchored or
// literal, so it runs in linear time on any input.

export interface Cleaned {
  /** The words left to parse, in the owner's case. */
  core: string;
  urgent: boolean;
  fyi: boolean;
}

const LEADING: RegExp[] = [
  /^(?:re|fw|fwd|aw|wg|tr|sv|vs|antw|rv|rif)\s?(?:\[\d{1,4}\])?\s?:\s*/i,
  /^\[\s?[xX✓✔]?\s?\]\s*/,
  /^[!¡*~=]{2,}\s*/,
  /^[☐☑☒□■▢◻◼✓✔✗✘]\s*/u,
  /^(?:[-*•·▪◦‣–—+>]|\d{1,3}[.)])\s+/,
  /^[A-Z][A-Z0-9]{1,9}-\d{1,6}\b\s?[:\-–—]?\s*/,
  /^#\d{1,7}\b\s?[:\-–—]?\s*/,
  /^\[[\p{L}\p{N} _/#&.'’-]{1,30}\]\s?[:\-–—]?\s*/u,
  /^\([\p{L}\p{N} _/#-]{1,30}\)\s?[:\-–—]\s*/u,
];

const TAG =
  /^(todo|to do|to-do|task|reminder|note|urgent|important|asap|action required|action needed|action|fyi|info|for info|heads up|quick question|question|q|follow-up|follow up|someday|some day|maybe|later|idea|nice to have|wichtig|dringend|aufgabe|urgente|importante|tarea|tâche|rappel)\s?[:\-–—]\s*/i;

const FILLER =
  /^(?:maybe|perhaps|possibly|someday|please|pls|plz|kindly|i need to|we need to|need to|needs to|i have to|have to|we have to|i must|we must|must|i should|we should|remember to|don't forget to|dont forget to|do not forget to|let's|lets|let us|go and|try to|gotta|i want to|we want to|want to|time to|bitte|por favor|s'il te plaît|stp|svp)\s+/i;

/** Ticket ids and counters anywhere: "[OPS-12]", "(#4521)", "JIRA-88", "#123". */
const TICKETS = /\[[A-Z][A-Z0-9]{1,9}-\d{1,6}\]|\((?:#\d{1,7}|[A-Z][A-Z0-9]{1,9}-\d{1,6})\)|#?\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b|(?<!\b(?:order|invoice|ticket|case|po|booking|ref|no|number|room|table|unit|item|receipt)\.?)(?:^|\s)#\d{1,7}\b/gi;
/** "URGENT", "ASAP!!", "(urgent)" anywhere: a flag, not part of the task. */
const SHOUTS = /\(?\b(?:URGENT|ASAP|IMPORTANT|WICHTIG|DRINGEND|URGENTE)\b\)?!*/g;

/** Stand-ins for words the owner has not written yet ("TBD", "???"): nothing to build on. */
const PLACEHOLDERS = /(?:^|\s)(?:tbd|tbc|tba|n\/a|xxx|\?{2,}|\.{3}|…|\[object [a-z]+\]|undefined|null)(?=\s|$)/gi;

export const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{FE0E}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/gu;

export function stripNoise(text: string): Cleaned {
  let urgent = /\b(?:urgent|asap|dringend|urgente)\b|!!/i.test(text);
  let fyi = false;
  let s = text
    .replace(PLACEHOLDERS, ' ')
    // An emoji between two parts of a title separates them like a dash ("plan for Black Friday 🔥 10 videos").
    .replace(/(?<=\p{L}[\p{L}\d.,'’]*)\s+(?:[\p{Extended_Pictographic}\u{FE0F}\u{FE0E}\u{200D}\u{1F3FB}-\u{1F3FF}]+\s*)+\s(?=[\p{L}\d])/gu, ' – ')
    .replace(EMOJI, ' ')
    // "IG!!! engagement tanked": shouting between two parts separates them.
    .replace(/(?<=[\p{L}\d])[!?]{2,}\s+(?=[\p{L}\d])/gu, ' – ')
    .replace(TICKETS, ' ')
    .replace(SHOUTS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A title can stack several prefixes ("Re: Fwd: [ ] ABC-12: TODO: please ..."); peel them in turn.
  for (let i = 0; i < 12; i++) {
    const before = s;
    for (const re of LEADING) s = s.replace(re, '');
    const tag = TAG.exec(s);
    if (tag) {
      const t = tag[1]!.toLowerCase();
      if (['urgent', 'asap', 'important', 'wichtig', 'dringend', 'urgente', 'importante'].includes(t)) urgent = true;
      if (['fyi', 'info', 'for info', 'heads up'].includes(t)) fyi = true;
      s = s.slice(tag[0].length);
    }
    s = s.replace(FILLER, '');
    // "We need another engineer": the owner needs someone or something found.
    s = s.replace(/^(?:we|i)(?:['’]d| would)?\s+(?:need|want)\s+(?=(?:a|an|another|some|more|two|three|four|five|\d+)\s)/i, 'need ');
    if (s === before) break;
  }
  // Trailing punctuation, tags and counters ("Post update!!!", "Invoice (2)"). The input is bounded
  // by the caller, so these end-anchored patterns stay cheap. A question mark stays: it says what kind of ask it is.
  s = s.replace(/[\s,]+(?:pls|plz|please|thanks|thank you|ta|cheers|thx)[\s!.]*$/i, '');
  const question = /\?\s*[!.…]*\s*$/.test(s);
  // A full stop after a number is a German ordinal date ("am 20."): it stays.
  s = s.replace(/\s?\(\d{1,3}\)$/, '').replace(/(?<!\d)[\s.,;:!?…~\-–—*_"'“”‘’`]+$|(?<=\d\.)[\s,;:!?…~\-–—*_"'“”‘’`]+$|(?<=\d)[\s,;:!?…~\-–—*_"'“”‘’`]+$/u, '');
  s = s.replace(/^["'“”‘’`*_]+/u, '').replace(/^[,;:–—-]\s*/, '').trim();
  if (question && s) s += '?';
  if (/^fyi\b/i.test(s)) fyi = true;
  return { core: s, urgent, fyi };
}
