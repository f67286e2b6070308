// Finds quantities, dates and cadence in a (short, bounded) title. Patterns are alternations of
// literal words joined by single \s+, so there is nothing for a backtracking engine to blow up on.

const DAY_FULL = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
// Short forms only after "by", "this" or "next": "for sun cream" or "the sat nav" are not dates.
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)';
const DAYS = '(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends|mornings|evenings)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const PERIOD = '(?:day|week|month|quarter|year|weekday|weekend|morning|evening|night|fortnight|term|semester)';
const COUNT = '(?:\\d{1,3}|once|twice|one|two|three|four|five|six|seven|eight|nine|ten)';
const ORD = '\\d{1,2}(?:st|nd|rd|th)?';
const NUMDATE = '(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)';
const RANGE = `${ORD}(?:\\s?[-–]\\s?${ORD})?`;
const NAMED = `(?:${MONTH}\\s+${RANGE}|${RANGE}\\s+(?:of\\s+)?${MONTH}|${NUMDATE})`;
const RELATIVE = `(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:day|week|month|quarter|year)|eod|eow|eom|cob|tomorrow|tonight|today|noon|midday|(?:this|next)\\s+(?:${PERIOD}|${DAY})|${DAY})`;

const CADENCE: RegExp[] = [
  new RegExp(`\\b(?:every|each)\\s+(?:other\\s+|second\\s+)?(?:\\d{1,3}\\s+)?(?:${PERIOD}s?|${DAY}|${DAYS})\\b`, 'i'),
  new RegExp(`\\b${COUNT}\\s?(?:x|times?)\\s+(?:a|an|per|each|every)\\s+${PERIOD}\\b`, 'i'),
  new RegExp(`\\b${COUNT}\\s?x\\s?(?:weekly|daily|monthly)\\b`, 'i'),
  new RegExp(`\\b(?:once|twice)\\s+(?:a|an|per|each|every)\\s+${PERIOD}\\b`, 'i'),
  /\b(?:daily|weekly|monthly|quarterly|yearly|annually|fortnightly|bi-?weekly|bi-?monthly|nightly|hourly)\b/i,
  new RegExp(`\\bper\\s+${PERIOD}\\b`, 'i'),
  new RegExp(`\\b(?:on\\s+)?${DAYS}\\b`, 'i'),
];

const RATE = /\ba\s+(?:week|month|quarter|year)\b/i;

const DATES: RegExp[] = [
  new RegExp(`\\b(?:by|before|until|till|due|no\\s+later\\s+than)\\s+(?:the\\s+)?(?:${RELATIVE}|${NAMED}|${ORD}|q[1-4])\\b(?!\\s?(?:%|percent))`, 'i'),
  // Not when the day describes a noun: "agenda for Monday meeting" keeps its meeting.
  new RegExp(`\\b(?:on|for)\\s+(?:the\\s+)?(?:${NAMED}|${DAY_FULL}|tomorrow|tonight|today)\\b(?!['’]s|\\s+(?!(?:and|or|at|by|in|on|to|with|from|for)\\b)[a-z])`, 'i'),
  new RegExp(`\\bin\\s+(?:q[1-4]|${MONTH})\\b`, 'i'),
  new RegExp(`\\b(?:this|next)\\s+(?:${PERIOD}|${DAY})\\b(?:['’]s\\b)?`, 'i'),
  new RegExp(`\\b(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:day|week|month|quarter|year)\\b`, 'i'),
  /\b(?:today|tomorrow|tonight|asap|eod|eow|eom)\b/i,
  // Bare dates need a month name, an ISO date or a slash: "version 2.5" is not a date.
  new RegExp(`\\b(?:${MONTH}\\s+${ORD}|${ORD}\\s+(?:of\\s+)?${MONTH}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\b`, 'i'),
];

const NAMES = new RegExp(`\\b(?:${DAY}|${DAYS}|${MONTH}|q[1-4])\\b`, 'gi');
/** Days, months and quarters keep their capitals: "every Monday", "by 3 March", "in Q3". */
const properNames = (s: string): string =>
  s.replace(NAMES, (w) => (w.startsWith('q') ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)));

export interface Modifiers {
  /** The text with every found phrase removed. */
  rest: string;
  cadence: string[];
  dates: string[];
}

function pull(text: string, patterns: RegExp[], found: string[]): string {
  let s = text;
  for (const re of patterns) {
    // A title rarely holds more than a couple of each; the bound also guarantees termination.
    for (let i = 0; i < 4; i++) {
      const m = re.exec(s);
      if (!m) break;
      found.push(properNames(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/['’]s$/, '')));
      s = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`;
    }
  }
  return s;
}

export function extractModifiers(text: string): Modifiers {
  const cadence: string[] = [];
  const dates: string[] = [];
  // Cadence first: "every Monday" must not be read as the date "Monday".
  let rest = pull(text, CADENCE, cadence);
  // "a week" is a rate only after a count ("3 posts a week"), not in "book a week off".
  if (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|once|twice)\b/i.test(rest)) {
    rest = pull(rest, [RATE], cadence);
  }
  rest = pull(rest, DATES, dates);
  return { rest: rest.replace(/\s+/g, ' ').trim(), cadence, dates };
}

const QUANTITY =
  /^(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred|a few|a couple of|a couple|several|some|a dozen)\s+(?=\S)/i;

export interface Quantity {
  n?: number;
  text: string;
}

const WORD_N: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, fifty: 50, 'a hundred': 100, 'a dozen': 12,
};

/** A count at the start of the object ("3 Instagram updates"), split from the rest. */
export function extractQuantity(object: string): { quantity?: Quantity; rest: string } {
  const m = QUANTITY.exec(object);
  if (!m) return { rest: object };
  const raw = m[1]!.toLowerCase();
  const n = /^\d+$/.test(raw) ? Number(raw) : WORD_N[raw];
  // "1 Main Street" or a year ("2024 accounts") are not counts of work.
  if (n !== undefined && (n === 0 || n > 999)) return { rest: object };
  return { quantity: { ...(n !== undefined ? { n } : {}), text: raw }, rest: object.slice(m[0].length) };
}
