// Strips what surrounds a task title without being part of it: list markers, checkbox glyphs,
// ticket ids, mail prefixes, "TODO:" tags, polite fillers, emoji and URLs. Each pattern is
// anchored at the start and matches literal text, so it runs in linear time.

export interface Cleaned {
  /** The words left to parse, in the owner's case. */
  core: string;
  urgent: boolean;
  fyi: boolean;
}

const LEADING: RegExp[] = [
  /^(?:re|fw|fwd|aw|wg|tr|sv|vs|antw)\s?(?:\[\d{1,4}\])?\s?:\s*/i,
  /^\[\s?[xX✓✔]?\s?\]\s*/,
  /^[☐☑☒□■▢◻◼✓✔✗✘]\s*/u,
  /^(?:[-*•·▪◦‣–—+>]|\d{1,3}[.)])\s+/,
  /^[A-Z][A-Z0-9]{1,9}-\d{1,6}\b\s?[:\-–—]?\s*/,
  /^#\d{1,7}\b\s?[:\-–—]?\s*/,
  /^\[[\p{L}\p{N} _/-]{1,30}\]\s?[:\-–—]?\s*/u,
  /^\([\p{L}\p{N} _/-]{1,30}\)\s?[:\-–—]\s*/u,
];

const TAG = /^(todo|to do|to-do|task|reminder|note|urgent|important|asap|action required|action needed|action|fyi|info|for info|heads up|quick question|question|follow-up|follow up|someday|some day|maybe|later|idea|nice to have)\s?[:\-–—]\s*/i;

const FILLER =
  /^(?:maybe|perhaps|possibly|someday|please|pls|plz|kindly|i need to|we need to|need to|needs to|i have to|have to|we have to|i must|we must|must|i should|we should|should|remember to|don't forget to|dont forget to|do not forget to|can you please|could you please|can you|could you|would you|will you|let's|lets|let us|go and|try to|gotta|i want to|we want to|want to|time to)\s+/i;

export function stripNoise(text: string): Cleaned {
  let s = text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{FE0E}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let urgent = false;
  let fyi = false;
  // A title can stack several prefixes ("Re: Fwd: [ ] ABC-12: TODO: please ..."); peel them in turn.
  for (let i = 0; i < 12; i++) {
    const before = s;
    for (const re of LEADING) s = s.replace(re, '');
    const tag = TAG.exec(s);
    if (tag) {
      const t = tag[1]!.toLowerCase();
      if (t === 'urgent' || t === 'asap' || t === 'important') urgent = true;
      if (t === 'fyi' || t === 'info' || t === 'for info' || t === 'heads up') fyi = true;
      s = s.slice(tag[0].length);
    }
    s = s.replace(FILLER, '');
    if (s === before) break;
  }
  // Trailing punctuation, tags and counters ("Post update!!!", "Invoice (2)"). The input is bounded
  // by the caller (PARSE_MAX), so these end-anchored patterns stay cheap.
  s = s.replace(/\s?\(\d{1,3}\)$/, '').replace(/[\s.,;:!?…~\-–—*_"'“”‘’`]+$/u, '');
  s = s.replace(/^["'“”‘’`*_]+/u, '').trim();
  if (/\b(?:urgent|asap)\b/i.test(s)) urgent = true;
  if (/^fyi\b/i.test(s)) fyi = true;
  return { core: s, urgent, fyi };
}
