// Finds what a task states besides its action and object: dates and deadlines, cadence, money,
// quantities, clock times, and sources (links, files, folders). Each finding keeps the owner's
// words as written; the text handed back has the date, cadence and money phrases cut out, so the
// object left behind is the owner's noun phrase and nothing else. Regular expressions are
// alternations of literal words on bounded input; chrono-node finds the dates they miss (other
// phrasings, German, Spanish and French).
import * as chrono from 'chrono-node';
import type { Lang } from './language';
import { INFINITIVE, VERBS } from './verbs-en';

export interface DatePhrase {
  /** As written, with its preposition ("by the 5th"). */
  text: string;
  /** The date itself ("the 5th"), what a deadline line must keep. */
  core: string;
}

export interface Money {
  /** As written, with a limiting word when there is one ("under €1,200"). */
  text: string;
  amount: string;
  /** "under", "max", "up to": a ceiling, not a price. */
  limit: boolean;
}

export interface Quantity {
  /** The number as written ("80", "three", "25"). */
  text: string;
  n?: number;
  /** What is counted, as written ("mileage slips", "min"); empty when the number follows a verb ("shortlist 3"). */
  of: string;
  /** The phrase as written when `of` does not say it ("Shortlist 3"). */
  as?: string;
}

export interface Extracted {
  rest: string;
  dates: DatePhrase[];
  cadence: string[];
  money: Money[];
  quantities: Quantity[];
  times: string[];
  sources: string[];
  percent: string[];
}

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const DAY_SHORT = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)';
const DAYS = '(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends|mornings|evenings)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const PERIOD = '(?:day|week|month|quarter|year|weekday|weekend|morning|afternoon|evening|night|fortnight|term|semester)';
const COUNT = '(?:\\d{1,3}|once|twice|one|two|three|four|five|six|seven|eight|nine|ten)';
const ORD = '\\d{1,2}(?:st|nd|rd|th)?';
/** An ordinal with its suffix ("5th"): a bare "8" after "for" is a number of people, not a date. */
const SUFFIXED = '\\d{1,2}(?:st|nd|rd|th)\\b';
const NUMDATE = '(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)';
const RANGE = `${ORD}(?:\\s?[-–]\\s?${ORD})?`;
const NAMED = `(?:${MONTH}\\.?\\s+${RANGE}(?:,?\\s+\\d{4})?|${RANGE}\\s+(?:of\\s+)?${MONTH}(?:\\s+\\d{4})?|${NUMDATE}|mid-${MONTH}|(?:early|mid|late)\\s+${MONTH})`;
const EVENT = '(?:agm|egm|(?:the\\s+)?(?:[a-z0-9&-]+\\s+){0,2}(?:meeting|review|launch|event|fair|show|conference|opening|sale|festival|wedding|party|agm|visit|inspection|audit|trip)|christmas|xmas|easter|black friday|cyber monday|new year|the holidays|the launch|launch|the event|the opening|the sale|the summer|the weekend|the meeting|the board meeting|the trip|the conference|thanksgiving|halloween|valentine\'?s(?: day)?|mother\'?s day|ramadan|eid|diwali)';
const END = `(?:(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:day|week|month|quarter|year|q[1-4]|${MONTH})|(?:month|year|quarter|week)[- ]end|close of play|end of play|eod|eow|eom|eoy|cob|close of business)(?:\\s+(?:on\\s+)?(?:${DAY}|tomorrow|today|tonight))?|(?:the\\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(?:week|half|fortnight)\\s+of\\s+(?:${MONTH}|the\\s+month|next\\s+month)|(?:w\\/c|week commencing|the week of)\\s+${ORD}\\s+${MONTH})`;
const CLOCK = '\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)';
const RELATIVE = `(?:${CLOCK}|(?:${CLOCK}\\s+)?(?:${END}|(?:tomorrow|today)(?:\\s+(?:morning|afternoon|evening|night|lunchtime))?|tonight|noon|midday|lunchtime|${ORD}\\s+of\\s+(?:the|next|this)\\s+month|(?:this|next)\\s+(?:${PERIOD}|${DAY}|${DAY_SHORT})|${DAY}(?:\\s+(?:morning|afternoon|evening|night|lunchtime)|\\s+the\\s+${ORD}|['’]s\\s+\\p{L}+(?:\\s+(?:day|meeting|call|event|session|party|launch|opening|deadline))?)?|(?:next\\s+)?${DAY_SHORT}\\b)(?:\\s+(?:at\\s+)?${CLOCK})?)`;

/** "to cover Tues/Thurs evenings", "to work weekends": a time an infinitive takes as its object. */
const TAKEN_TIME = new RegExp(
  `\\bto\\s+(\\p{L}+)\\s+((?:${DAY}s?|${DAY_SHORT}|weekends|weekdays|evenings|mornings|nights)(?:\\s*(?:/|,|&|and)\\s*(?:${DAY}s?|${DAY_SHORT}|weekends|weekdays))*(?:\\s+(?:mornings|afternoons|evenings|nights|lunchtimes|shifts))?)\\b`,
  'giu',
);

const CADENCE: RegExp[] = [
  // "every Mon and Thu": the days, with the word that makes them recur.
  new RegExp(`\\b(?:every|each)\\s+(?:${DAY}|${DAY_SHORT})(?:\\s*(?:/|,|&|and)\\s*(?:${DAY}|${DAY_SHORT})){1,6}\\b`, 'i'),
  // "end of every month", "the first Monday of each month".
  new RegExp(`\\b(?:(?:at\\s+)?the\\s+)?(?:end|start|beginning|first\\s+${DAY}|last\\s+${DAY}|first\\s+day|last\\s+day)\\s+of\\s+(?:every|each)\\s+(?:month|week|quarter|year|term)\\b`, 'i'),
  // "Mon/Wed/Fri", "Tue & Thu": the days themselves are the cadence.
  new RegExp(`\\b(?:${DAY}|${DAY_SHORT})(?:\\s*(?:/|,|&|and)\\s*(?:${DAY}|${DAY_SHORT})){1,6}\\b(?:\\s+(?:mornings|afternoons|evenings|nights|lunchtimes)\\b)?`, 'i'),
  new RegExp(`\\b(?:every|each)\\s+(?:other\\s+|second\\s+|single\\s+)?(?:\\d{1,3}\\s+)?(?:${PERIOD}s?|${DAY}|${DAYS})\\b(?:\\s+(?:morning|evening|afternoon))?`, 'i'),
  new RegExp(`\\b${COUNT}\\s?(?:x|times?)\\s?(?:/|a|an|per|each|every)\\s?${PERIOD}\\b`, 'i'),
  new RegExp(`\\b${COUNT}\\s?(?:x|times)\\s?(?:weekly|daily|monthly)\\b`, 'i'),
  new RegExp(`\\bx\\s?\\d{1,2}\\s?(?:/|a|per)\\s?${PERIOD}\\b`, 'i'),
  new RegExp(`\\b(?:once|twice)\\s+(?:a|an|per|each|every)\\s+${PERIOD}\\b`, 'i'),
  // "one a day", "one tip a day", "two posts per week": a count for each period.
  new RegExp(`\\b(?:one|two|three|four|five|six|seven|\\d{1,2})(?:\\s+[\\p{L}-]+)?\\s+(?:a|per|each|every)\\s+(?:day|week|weekday|month|fortnight)\\b`, 'iu'),
  new RegExp(`\\b(?:once|twice)\\s+(?:weekly|daily|monthly)\\b`, 'i'),
  new RegExp(`\\bon\\s+${DAYS}\\b`, 'i'),
  new RegExp(`\\b${DAYS}\\b(?!\\s+[a-z])`, 'i'),
  // de / es / fr
  /\b(?:jede[nrs]?|alle)\s+(?:\d{1,2}\s+)?(?:tag|tage|woche|wochen|monat|monate|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen)\b/i,
  /\b(?:\d{1,2}|ein|zwei|drei|vier|fünf)\s?(?:x|mal)\s+(?:pro|die|im|in der)\s+(?:woche|monat|tag)\b/i,
  /\b(?:cada|todos los|todas las)\s+(?:\d{1,2}\s+)?(?:días?|semanas?|mes(?:es)?|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|mañanas?)\b/i,
  /\b(?:\d{1,2}|una|dos|tres|cuatro|cinco)\s+veces\s+(?:por|a la|al)\s+(?:semana|mes|día)\b/i,
  /\b(?:chaque|tous les|toutes les)\s+(?:\d{1,2}\s+)?(?:jours?|semaines?|mois|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|matins?)\b/i,
  /\b(?:\d{1,2}|une|deux|trois|quatre|cinq)\s+fois\s+par\s+(?:semaine|mois|jour)\b/i,
  /\b(?:wöchentlich|täglich|monatlich|semanalmente|mensualmente|a diario|cada día|quotidiennement|chaque jour)\b/i,
];

/** "weekly" is a cadence only when it describes the doing, not a noun ("weekly newsletter"). */
const RATE_WORD = /\b(?:daily|weekly|monthly|quarterly|yearly|annually|fortnightly|bi-?weekly|bi-?monthly|nightly|hourly)\b/i;
const RATE_A = /\b(?:a|per)\s+(?:week|month|quarter|year|day)\b/i;

const ENGLISH_DATES: RegExp[] = [
  // "Thurs 10am", "for Thurs 9am", "by Weds": a day, written short or long, with its time.
  new RegExp(`\\b(?:(?:on|for|by|before|until|this|next)\\s+)?(?:${DAY}|${DAY_SHORT})\\.?\\s+(?:at\\s+)?${CLOCK}`, 'i'),
  new RegExp(`\\b(?:by|before|until|till|due|on)\\s+(?:${DAY_SHORT})\\b\\.?`, 'i'),
  // "Book the van for Thurs": a short day after "for" is the day it is for, when nothing else follows it.
  new RegExp(`\\bfor\\s+(?:${DAY_SHORT})\\b\\.?(?=\\s*$|\\s*[,;(]|\\s+(?:and|please|if|or)\\b)`, 'i'),
  // "the 21st at the latest", "Friday at the latest": a deadline said after the thing.
  new RegExp(`\\b(?:(?:by|on|before)\\s+)?(?:(?:the\\s+)?${SUFFIXED}(?:\\s+of\\s+${MONTH})?|${DAY}|${DAY_SHORT}|${NAMED})\\s+at\\s+the\\s+latest\\b`, 'iu'),
  // "Partners' meeting Weds": the day of the meeting the work is for.
  new RegExp(`(?<=\\b(?:meeting|mtg|call|review|session|appointment|interview|deadline)\\s+)(?:${DAY}|${DAY_SHORT})\\b\\.?`, 'i'),
  // "by 2nd working day", "the 3rd business day of the month".
  new RegExp(`\\b(?:(?:by|before|on|until)\\s+)?(?:the\\s+)?${SUFFIXED}\\s+(?:working|business)\\s+day(?:\\s+of\\s+(?:the|each|every|next)\\s+month)?`, 'i'),
  // "20 Dec - 2 Jan", "between the 3rd and 7th", "over the weekend", "Thursday 14th".
  new RegExp(`\\b(?:from\\s+)?${ORD}\\s+${MONTH}\\s?[-–]\\s?${ORD}\\s+${MONTH}\\b`, 'i'),
  new RegExp(`\\bbetween\\s+(?:the\\s+)?${ORD}\\s+and\\s+(?:the\\s+)?${ORD}(?:\\s+(?:of\\s+)?${MONTH})?\\b`, 'i'),
  /\bover\s+(?:the\s+)?(?:weekend|holidays|summer|break|christmas|xmas|easter|half[- ]term|new year)\b/i,
  new RegExp(`\\b(?:on\\s+)?${DAY}\\s+(?:the\\s+)?${SUFFIXED}`, 'i'),
  new RegExp(`\\b(?:by|before|until|till|due|due by|no later than|ahead of|in time for|latest)\\s+(?:the\\s+)?(?:${EVENT}\\b|${RELATIVE}|${NAMED}|${SUFFIXED}|the\\s+${ORD}\\b|q[1-4]\\b|half[- ]term\\b|mid-?(?:month|week)\\b)`, 'iu'),
  new RegExp(`\\b(?:on|for)\\s+(?:${NAMED}|the\\s+${NAMED}|the\\s+${ORD}(?=\\s*$|\\s*[,.;?!(]|\\s+(?:of|at|by|and|or|to|please)\\b)|${SUFFIXED}(?=\\s*$|\\s*[,.;?!(]|\\s+(?:of|at|by|and|or|to|please)\\b)|${DAY}(?:['’]s\\s+\\p{L}+(?:\\s+(?:day|meeting|call|event|session|party|launch|review|deadline))?|\\s+${ORD})?(?:\\s+(?:at\\s+)?${CLOCK})?|(?:next|this)\\s+(?:week|month)['’]s\\s+(?:meeting|call|event|party|launch|session|review|deadline|show|class|workshop|trip|market|fair|sale)|${END}|lunchtime|noon|tonight|(?:today|tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?)\\b(?!['’]s)`, 'iu'),
  new RegExp(`\\bin\\s+(?:q[1-4]|${MONTH})\\b`, 'i'),
  new RegExp(`\\b${MONTH}\\s?[-–]\\s?${MONTH}\\b`, 'i'),
  new RegExp(`\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|ten|a couple of|a few)\\s+(?:working\\s+|business\\s+)?(?:days?|weeks?|months?|hours?)\\b`, 'i'),
  // "Year-end pack", "month-end close": a period's end naming a kind of thing is no date.
  new RegExp(`\\b${END}\\b(?!\\s+(?!(?:and|or|to|for|on|in|at|by|with|please)\\b)\\p{Ll})`, 'iu'),
  // "this week's 43 delivery notes" names which notes, and stays with them.
  new RegExp(`\\b(?:(?:on|for|by)\\s+)?(?:this|next)\\s+(?:${PERIOD}|${DAY}|${DAY_SHORT})\\b(?!['’]s\\b)`, 'i'),
  // "tomorrow's patients" names which patients: the day stays with them.
  /\b(?:(?:today|tomorrow)(?:\s+(?:morning|afternoon|evening|night|lunchtime))?|tonight|asap|eod|eow|eom)\b(?!['’]s\b)/i,
  new RegExp(`\\b(?:${MONTH}\\.?\\s+${RANGE}(?:,?\\s+\\d{4})?|${RANGE}\\s+(?:of\\s+)?${MONTH}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\b`, 'i'),
  new RegExp(`\\b(?:mid|early|late)[-\\s]${MONTH}\\b`, 'i'),
];

const OTHER_DATES: RegExp[] = [
  /(?<!\p{L})(?:esta|la próxima|próxima)\s+semana(?!\p{L})|(?<!\p{L})la semana que viene(?!\p{L})|(?<!\p{L})(?:pasado\s+)?mañana(?!\p{L})|(?<!\p{L})hoy(?!\p{L})/iu,
  /(?<!\p{L})(?:cette\s+semaine|la\s+semaine\s+prochaine)(?!\p{L})|(?<!\p{L})semaine prochaine(?!\p{L})|(?<!\p{L})(?:après-)?demain(?!\p{L})|(?<!\p{L})aujourd['’]hui(?!\p{L})/iu,
  /(?<!\p{L})(?:diese|nächste|kommende)\s+woche(?!\p{L})|(?<!\p{L})(?:übermorgen|morgen|heute)(?!\p{L})|(?<!\p{L})spätestens\s+(?:am\s+)?\p{L}+(?!\p{L})/iu,
  // "am 3. Juni", "am 20.": the day, and the month when it follows.
  /\b(?:am|zum|bis zum|ab dem)\s+\d{1,2}\.(?:\s*(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)?|\b(?:am|zum|bis zum|ab dem)\s+\d{1,2}(?=\s|$|[,;])/iu,
  // "para el día 5", "antes del día 20 de mayo": a day of the month.
  /(?<!\p{L})(?:(?:para|antes|hasta|desde)\s+)?(?:el|del)\s+día\s+\d{1,2}(?:\s+de\s+\p{L}+)?(?!\p{L})/iu,
  // "du 5 au 20 août", "del 3 al 7 de mayo": a span of days.
  /\b(?:du|del)\s+\d{1,2}\s+(?:au|al)\s+\d{1,2}(?:\s+(?:de\s+)?[a-zéûñ]+)?/iu,
  // "juillet-août", "julio-agosto", "Juli–August": a span of months.
  /\b(?:(?:pour|en|de|du|para|im|von)\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|april|juni|juli|august|oktober|dezember)\s?[-–]\s?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/iu,
  // "bis 5. Juni", "bis spätestens 20.": the day, and the month when it follows.
  /\bbis\s+(?:zum\s+|spätestens\s+(?:am\s+|zum\s+)?)?\d{1,2}\.(?!\d)(?:\s*(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(?!\p{L}))?/iu,
  /\b(?:bis|vor)\s+(?:ende|anfang|mitte)\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|des monats|der woche|nächster woche|nächsten monats)\b/iu,
  /\b(?:para|antes de|hasta)\s+(?:finales|principios|mediados)\s+de(?:l)?\s+(?:mes|semana|año|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/iu,
  /\b(?:pour|avant|d['’]ici)\s+(?:la\s+)?(?:fin|début|mi-)\s*(?:du|de|d['’])?\s*(?:mois|semaine|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/iu,
  /\b(?:até|entro|voor|vóór|tot|przed|do|före|senast)\s+(?:(?:o\s+)?dia\s+\d{1,2}|il\s+\d{1,2}(?:\s+\p{L}+)?|\d{1,2}(?:\.|\s+\p{L}+)?|(?:lunedì|martedì|mercoledì|giovedì|venerdì|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|piątku|poniedziałku|måndag|fredag)(?:-feira)?)/iu,
  /[\p{N}\p{Script=Han}]{1,6}(?:曜日|日|月末|週末|週)まで(?:に)?/u,
  // "d. 22. maj", "den 3. juni": Danish and Norwegian dates.
  /(?<!\p{L})(?:d\.|den)\s*\d{1,2}\.\s*(?:januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember)(?!\p{L})/iu,
  /\b(?:pour|en|avant|d'ici|fin|début|bis|im|vor|ab|para|en|antes de|hasta|a finales de)\s+(?:(?:le\s+)?mois\s+d['’]|de\s+|del\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|juni|juli|august|september|oktober|november|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/i,
  /\b(?:bis|vor)\s+(?:zum\s+|zur\s+)?(?:ende\s+(?:des|der|dieser|nächster)\s+(?:woche|monats|jahres|quartals)|monatsende|wochenende|freitag|montag|dienstag|mittwoch|donnerstag|samstag|sonntag|morgen|heute|\d{1,2}\.\s*(?:\d{1,2}\.|[a-zäöü]+))/i,
  /\b(?:antes\s+del?|hasta\s+el|para\s+el|el)\s+(?:fin\s+de\s+(?:mes|semana|año)|viernes|lunes|martes|miércoles|jueves|sábado|domingo|\d{1,2}(?:\s+de\s+[a-z]+)?)\b/i,
  /\b(?:antes\s+de\s+(?:fin\s+de\s+(?:mes|semana|año)|mañana))\b/i,
  /\b(?:avant|d'ici|pour|jusqu'(?:au|à)|au plus tard)\s+(?:la\s+fin\s+(?:du|de la)\s+(?:mois|semaine|année)|le\s+\d{1,2}(?:\s+[a-zéû]+)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir)\b/i,
  /\b(?:fin\s+(?:du|de)\s+(?:mois|mes|semaine))\b/i,
];

/** "30.09." keeps its full stop, as a German date is written. */
const NUMERIC_DATE = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{2,4}\b)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b)/;

/** The preposition a date core may carry on its left, in each language. */
const DATE_PREP = /(?:\b(?:by|before|until|till|on|for|due|in|within|no later than|ahead of|bis|vor|zum|am|ab|antes del?|hasta el|para el|el|avant|d'ici|pour le|le|jusqu'au|até|entro|per il|voor|tot)\s+(?:the\s+|le\s+|el\s+|o\s+)?)$/i;

const MONEY_CORE =
  '(?:\\d{1,3}(?:[,.]\\d{3})*\\s?(?:万|千)?\\s?(?:円|元)|(?:R\\$|US\\$|A\\$|C\\$|[$€£¥₹₩]|(?:USD|EUR|GBP|CHF|AUD|CAD|NZD|SEK|NOK|DKK|PLN)\\s)\\s?\\d{1,3}(?:[,.\\s]\\d{3})*(?:[.,]\\d{1,2})?(?:\\s?[kKmM]\\b)?|\\d{1,3}(?:[,.\\s]\\d{3})*(?:[.,]\\d{1,2})?\\s?(?:[kK]\\s?)?(?:€|£|\\$|zł|kr\\b|EUR\\b|USD\\b|GBP\\b|CHF\\b|AUD\\b|CAD\\b|PLN\\b|SEK\\b|euros?\\b|dollars?\\b|pounds?\\b|bucks\\b|quid\\b|reais\\b|złotych\\b|euro\\b|Kč|Ft\\b|lei\\b))';
const MONEY_LIMIT =
  '(?:under|below|less than|no more than|not more than|up to|max(?:imum)?\\.?|at most|a budget of|budget(?: of| is)?:?|within|bis zu|höchstens|maximal|max\\.?|unter|hasta|menos de|máximo|como máximo|presupuesto(?: de)?:?|jusqu\'à|moins de|maximum|budget(?: de)?:?)';
const MONEY_PER =
  '(?:\\s?(?:/|per|a|an|pro|por|par|im|je|al|à la|al mes|por mes)\\s?(?:month|mo|week|wk|year|yr|hour|hr|head|day|post|person|night|guest|item|word|page|monat|woche|jahr|stunde|mes|semana|año|hora|mois|semaine|an|heure|maand|mese|h)\\b)?';
// "presupuesto máximo 500 €", "budget max £400": the word for the budget goes with its limit.
const MONEY = new RegExp(`(?:\\b(?:budget|presupuesto|etat|budgetrahmen)\\s+(?=${MONEY_LIMIT}\\s))?(?:\\b${MONEY_LIMIT}\\s+)?${MONEY_CORE}${MONEY_PER}(?:\\s+(?:max|maximum|tops|at most|or less|max\\.)(?![\\p{L}]))?`, 'iu');
const LIMIT_AT = new RegExp(`^${MONEY_LIMIT}\\s`, 'i');

// "à 9h" is a time; "within 24h" is a length, so a bare "9h" needs the "à".
const TIME = /(?<![\p{L}\d])(?:(?:at\s+|um\s+|a las\s+|à\s+)?(?:\d{1,2}:\d{2}\s?(?:am|pm|h|uhr)?|\d{1,2}\s?(?:am|pm)|\d{1,2}h\d{2}|\d{1,2}\s?uhr)|à\s+\d{1,2}h)(?![\p{L}\d])(?:\s+(?:sharp|on the dot|exactly|precisely|pünktlich|genau|en punto|exactas|precisas|pile|précises|exactement))?/iu;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

const QUANTITY = new RegExp(
  `(?:^|[\\s(])(?:top\\s+|the\\s+|all\\s+|our\\s+|last\\s+|first\\s+|next\\s+|about\\s+|around\\s+|roughly\\s+|some\\s+)?(\\d{1,5}(?:[.,]\\d+)?(?:\\s?[-–]\\s?\\d{1,5})?(?=\\s+\\p{L}|(?:min|mins|h|hrs?|k)\\b)|(?:${Object.keys(NUMBER_WORDS).join('|')}|a dozen)(?=\\s))\\s*(?!%|\\d|st\\b|nd\\b|rd\\b|th\\b|am\\b|pm\\b|x\\b|times\\b)([\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}][\\p{L}'’-]*){0,2})`,
  'giu',
);
const NOT_COUNTED = new RegExp(`^(?:${MONTH}|${DAY}|of|and|or|to|a|an|the|per|times|x)$|^(?:and|or|to|per|times|x)\\b|^of\\s+(?!them|those|these)`, 'i');
/** "3 days", "2 weeks" are spans of time, counted only over a range of data ("the last 12 months"). */
const SPAN = new RegExp(`^(?:${PERIOD}s?|days?|weeks?|months?|years?|hours?)$`, 'i');
const COUNT_STOP = /^(?:the|a|an|for|to|in|on|at|by|with|from|and|or|into|about|before|after|this|next|every|each|per|under|sharp|pour|de|des|du|la|le|les|à|au|aux|dans|sur|par|für|mit|von|der|die|das|zum|zur|bis|para|con|en|el|los|las|del|por|voor|van|met|op|na|do|w|z|i|e|per|con|nel|della|dei)$/i;

const URL = /\bhttps?:\/\/[^\s<>"“”]+|\bwww\.[^\s<>"“”]+/gi;
// A file name may hold spaces ("Q3 sales report.xlsx"), but a sentence's small words are not part of it:
// "the invoices listed in Overdue.xlsx" names the file "Overdue.xlsx".
const FILE_GLUE = '(?:the|a|an|in|on|at|from|to|of|for|with|into|onto|listed|attached|saved|named|called|sent|shared|our|my|your|their|and|or|by|under|see|use|using|via)';
const FILE = new RegExp(`\\b(?:(?!${FILE_GLUE}\\b)[\\p{L}\\p{N}_-]+[ _-]){0,3}[\\p{L}\\p{N}_-]+\\.(?:pdf|xlsx?|csv|docx?|pptx?|key|numbers|pages|mp3|m4a|wav|mp4|mov|zip|txt|json|png|jpe?g)\\b`, 'giu');
/** "Drive/Receipts 2026", "Dropbox/Clients/Acme": a path of named folders. */
const PATH = /\b[\p{L}][\p{L}\p{N}_.-]*(?:\/[\p{L}\p{N}_.-]*[\p{L}][\p{L}\p{N}_.-]*)+(?:\s(?:\d{2,4}|\p{Lu}[\p{L}\p{N}_-]*))*/gu;
const FOLDER =
  /\b(?:the\s+|our\s+|my\s+)?(?:shared\s+)?(?:["“'‘][^"”'’]{1,40}["”'’]\s+(?:folder|drive|sheet|spreadsheet|doc|document|board|inbox|album)\b|(?:folder|drive|sheet|spreadsheet|doc|document|board|inbox|album)\s+(?:called\s+|named\s+)?["“'‘][^"”'’]{1,60}["”'’])/gi;
const NOT_PATH = /^(?:(?!drive|dropbox|onedrive|sharepoint|box|docs|gdrive)[a-z]+\/[a-z]+|x\/twitter|twitter\/x|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:\/(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun))+|[A-Z]{1,4}(?:\/[A-Z]{1,4})+|and\/or|w\/o?|n\/a|\d+x?\/\w+|[a-z]{1,2}\/[a-z]{1,2}|24\/7|\w+\/(?:week|month|day|year|wk|mo|hr|h)|km\/h)$/i;

/** Where a phrase was cut out: a preposition left just before it lost its phrase ("broken on ␞"). */
const CUT = '\u241e';

function cut(text: string, start: number, length: number): string {
  return `${text.slice(0, start)} ${CUT} ${text.slice(start + length)}`;
}

const single = new Map<RegExp, RegExp>();
/** The same pattern without the global flag (exec from the start every time), compiled once. */
function once(re: RegExp): RegExp {
  let r = single.get(re);
  if (!r) single.set(re, (r = re.global ? new RegExp(re.source, re.flags.replace('g', '')) : re));
  return r;
}

function pullAll(text: string, re: RegExp, each: (m: RegExpExecArray) => boolean | void): string {
  let s = text;
  const pattern = once(re);
  for (let i = 0; i < 6; i++) {
    const m = pattern.exec(s);
    if (!m) break;
    if (each(m) === false) break;
    s = cut(s, m.index, m[0].length);
  }
  return s;
}

/** Whitespace and trailing commas out; the full stop of a German ordinal ("am 20.") stays. */
const tidyPhrase = (s: string): string => s.replace(/\s+/g, ' ').replace(/(?<!\d)[\s,;:.]+$|(?<=\d\.?)[\s,;:]+$/, '').trim();

function dateCore(phrase: string): string {
  return phrase.replace(/^(?:by|before|until|till|on|for|due(?: by)?|in|within|no later than|ahead of|latest|bis|vor|zum|am|antes del?|hasta el|para el|el|avant|d'ici|pour|jusqu'(?:au|à)|le)\s+(?:the\s+|le\s+|el\s+|zum\s+)?/i, '').trim();
}

const LOCALES: Record<string, chrono.Chrono | undefined> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
};
const REF = new Date(Date.UTC(2026, 0, 5, 12));

const MAYBE_DATE =
  /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|tonight|week|month|year|day|noon|weekend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|märz|mai|juni|juli|oktober|dezember|morgen|woche|monat|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|mañana|semana|mes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|demain|semaine|mois/i;

/** Dates chrono-node finds that the patterns above did not; times and bare numbers are not dates. */
function chronoDates(text: string, lang: string): { rest: string; found: DatePhrase[] } {
  const parser = LOCALES[lang];
  const found: DatePhrase[] = [];
  // chrono is the slow step: only short text with a digit or a word for a day, month or span gets to it.
  if (!parser || text.length > 200 || !MAYBE_DATE.test(text)) return { rest: text, found };
  let rest = text;
  for (const r of parser.parse(text, REF)) {
    const t = r.text;
    if (!/\p{L}/u.test(t) && !/[/.]/.test(t)) continue;
    if (/^\d{1,2}(?::\d{2})?\s?(?:am|pm|h|uhr)?$/i.test(t) || /^(?:at\s+)?\d/.test(t) && !/[a-z]{3}/i.test(t.replace(/\b(?:am|pm|at)\b/gi, ''))) continue;
    if (/^(?:now|sat|sun|mar|may|jun|second|a\s+(?:day|week|month))$/i.test(t)) continue;
    // "las 4 entrevistas", "à 9h": a time of day alone, or a count read as one, is no date.
    if (lang !== 'en' && /^(?:\p{L}{1,3}\s+){0,2}\d{1,2}(?:[:h.]\d{0,2}|\s?(?:uhr|h))?$/iu.test(t)) continue;
    // "quotes from 3 removal firms": a bare number after "from" or "between" counts things; it is no date.
    if (/^(?:from|between|around|about|after|to)\s+\d{1,4}$/i.test(t)) continue;
    // "20 min", "2 hours": a length, not a date.
    if (/^[-–\s]*\d+\s*(?:min|mins|minutes|h|hrs?|hours?|sec|seconds?)$/i.test(t)) continue;
    // "from last week", "yesterday": a time in the past describes the thing, it is no deadline.
    if (/^(?:last|yesterday|earlier|previous|the other day)\b|\bago$/i.test(t)) continue;
    // "who haven't paid since March": a time a state began describes the thing; it is no deadline.
    if (/\b(?:since|from)\s+$/i.test(rest.slice(0, rest.indexOf(t)))) continue;
    // "Saturday's count": the day names the event, and stays with it.
    if (/^['’]s\b/.test(rest.slice(rest.indexOf(t) + t.length))) continue;
    // "Black Friday", "Cyber Monday", "Good Friday" are names of events, kept with their first word.
    if (/(?:black|cyber|good|boxing|super)\s+$/i.test(rest.slice(0, rest.indexOf(t)))) continue;
    // "weekend receptionist", "Friday market": a day or period naming a kind of thing is not a date.
    const after = rest.slice(rest.indexOf(t) + t.length);
    if (/^\s+(?!(?:and|or|at|by|in|on|to|with|from|for|please)\b)\p{Ll}/u.test(after) && !/\d/.test(t) && t.split(/\s+/).length === 1) continue;
    const before = rest.slice(0, rest.indexOf(t));
    // "el día 5" read as "a 5": a date never starts inside a word.
    if (/[\p{L}\p{N}]$/u.test(before)) continue;
    const prep = DATE_PREP.exec(before);
    const start = prep ? before.length - prep[0].length : before.length;
    const phrase = tidyPhrase(rest.slice(start, before.length + t.length));
    if (rest.indexOf(t) === -1) continue;
    found.push({ text: phrase, core: t });
    rest = cut(rest, start, before.length + t.length - start);
  }
  return { rest, found };
}

/** "4 videos/month", "3 posts a week": a count per period, as written. */
export const COUNT_RATE =
  /\b\d{1,3}(?:\s?x)?\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s?(?:\/|per\s|a\s|an\s|each\s|every\s|por\s|par\s|pro\s|die\s|im\s|in der\s|a la\s|al\s|à la\s|w\s|i\s|op\s)\s?(?:day|week|wk|month|mo|quarter|year|weekday|semana|semaine|woche|week|settimana|mes|mês|mois|monat|maand|mese|jour|día|dia|tag|dag|giorno|tydzień|tygodniu|vecka)\b/iu;

const memo = new Map<string, Extracted>();
const MEMO_MAX = 500;

/** Pure, and asked about the same line more than once while a brief is written: remembered. */
/** `lang` is a written language or, for the others, their ISO code ("pt") when chrono reads it. */
/** Material the work draws on, named in passing ("our old blog posts", "the case studies on the website"). */
export const MATERIAL =
  /\b(?:our|my|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:blog posts?|newsletters?|case studies|testimonials|customer reviews|reviews|photos|videos|podcast episodes|website copy|faqs?|price list|brochures?|product photos)(?:\s+(?:on|from|in)\s+(?:the|our)\s+\p{L}+)?/giu;

export function extract(input: string, lang: Lang | string): Extracted {
  const key = `${lang}\u0000${input}`;
  const hit = memo.get(key);
  if (hit) return structuredClone(hit);
  const out = extractOnce(input, lang);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, out);
  return structuredClone(out);
}

function extractOnce(input: string, lang: Lang | string): Extracted {
  const out: Extracted = { rest: '', dates: [], cadence: [], money: [], quantities: [], times: [], sources: [], percent: [] };
  let s = input;
  // "(4 file audio)", "(12 Dateien)": a count in brackets, in any language.
  if (lang !== 'en') {
    s = pullAll(s, /\((?:ca\.?\s*|approx\.?\s*|unos\s+|environ\s+|etwa\s+|~)?(\d{1,4})\s+([\p{L}][\p{L}. ]{1,24})\)/u, (m) => {
      out.quantities.push({ text: m[1]!, n: Number(m[1]), of: m[2]!.replace(/\.$/, '').trim() });
    });
  }
  // "(Mrs Okafor, 1h20)": a length in hours and minutes, inside brackets, is the size of the recording.
  for (const m of s.matchAll(/\([^()]*?\b(\d{1,2}h\d{2})\b[^()]*\)/giu)) out.quantities.push({ text: m[1]!, of: '', as: m[1]! });
  // "(25 min)", "(approx. 40 mins)", "(3 files)": a count in brackets describes the work's size.
  s = pullAll(s, /\((?:approx\.?\s*|about\s+|ca\.?\s*|~)?(\d{1,4})\s*(min|mins|minutes|hours?|hrs?|h|pages?|files?|calls?|videos?|episodes?|recordings?|slides?|items?|rows?|records?)\)/i, (m) => {
    out.quantities.push({ text: m[1]!, n: Number(m[1]), of: m[2]! });
  });
  s = pullAll(s, URL, (m) => void out.sources.push(m[0].replace(/[).,;]+$/, '')));
  s = pullAll(s, FOLDER, (m) => void out.sources.push(tidyPhrase(m[0])));
  // "Reports > Outcomes", "Drive > Bookshop > Invoices": a path written with arrows.
  s = pullAll(s, /\b\p{Lu}[\p{L}\d&.-]*(?:\s+[\p{L}\d&.-]+)?(?:\s*>\s*[\p{L}\d][\p{L}\d&.-]*(?:\s+[\p{L}\d][\p{L}\d&.-]*)?)+/u, (m) => void out.sources.push(tidyPhrase(m[0])));
  s = pullAll(s, FILE, (m) => void out.sources.push(m[0]));
  s = pullAll(s, /(?:^|\s)(\/[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_-]+)*\/?)(?=\s|$|[,.;])/u, (m) => void out.sources.push(m[1]!));
  s = pullAll(s, PATH, (m) => {
    if (NOT_PATH.test(m[0].split(/\s/)[0]!)) return false;
    out.sources.push(tidyPhrase(m[0]));
  });
  // A path the pattern refused stays in the text: restore nothing, it was never cut.
  s = pullAll(s, MONEY, (m) => {
    const text = tidyPhrase(m[0]);
    const limit = LIMIT_AT.exec(text);
    const after = /\s+(?:max|maximum|tops|at most|or less|max\.?)$/i.exec(text);
    out.money.push({ text, amount: limit ? text.slice(limit[0].length).trim() : after ? text.slice(0, after.index) : text, limit: !!limit || !!after });
  });
  // "a therapist to cover Tues/Thurs evenings", "a barista to work weekends": the days are what the verb
  // takes, not when the work is due; they are kept out of the dates and stay with the verb.
  const kept: string[] = [];
  if (lang === 'en') {
    s = s.replace(TAKEN_TIME, (all, verb: string, time: string) => {
      if (!VERBS.has(verb.toLowerCase()) && !INFINITIVE.has(verb.toLowerCase())) return all;
      kept.push(time);
      return all.slice(0, all.length - time.length) + `\uE000${kept.length - 1}\uE001`;
    });
  }
  for (const re of CADENCE) s = pullAll(s, re, (m) => void out.cadence.push(tidyPhrase(m[0])));
  // "20 minutes a day", "3 posts a week": a rate only after a count.
  if (/\d|\b(?:one|two|three|four|five|once|twice)\b/i.test(s)) s = pullAll(s, RATE_A, (m) => void out.cadence.push(m[0]));
  s = pullAll(s, RATE_WORD, (m) => {
    const after = s.slice(m.index + m[0].length);
    // "fixed price, not hourly": a frequency ruled out is a condition, not the cadence.
    if (/\b(?:not|never|no)\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index))) return false;
    if (/^\s+(?!(?:and|or|by|to|for|on|in|at|with|from|until|before|please)\b)[\p{L}\p{N}]/u.test(after)) return false;
    out.cadence.push(m[0]);
  });
  for (const re of lang === 'en' ? ENGLISH_DATES : [...OTHER_DATES, NUMERIC_DATE]) {
    const pattern = once(re);
    for (let i = 0; i < 6; i++) {
      const m = pattern.exec(s);
      if (!m) break;
      // "quotes on year-end accounts": a period's end naming a kind of thing is no date.
      if (/(?:year|month|quarter|week)[- ]end$/i.test(m[0]) && /^\s+(?!(?:and|or|to|for|on|in|at|by|with|please)\b)\p{Ll}/u.test(s.slice(m.index + m[0].length))) break;
      // "before the 31 Jan deadline": the word naming the date goes with it.
      const tail = /^\s+(?:deadline|cut-?off|due date)\b/i.exec(s.slice(m.index + m[0].length))?.[0] ?? '';
      const text = tidyPhrase(m[0]);
      out.dates.push({ text, core: dateCore(text) });
      s = cut(s, m.index, m[0].length + tail.length);
    }
  }
  s = pullAll(s, TIME, (m) => void out.times.push(tidyPhrase(m[0])));
  const more = chronoDates(s, lang);
  s = more.rest;
  out.dates.push(...more.found);
  if (kept.length) s = s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)]!);
  for (const m of s.matchAll(/\b\d{1,3}(?:[.,]\d+)?\s?%/g)) out.percent.push(m[0]);
  // "give me your top 3", "20 of each": a count whose noun is said elsewhere.
  for (const m of s.matchAll(/\b(top\s+(\d{1,2}))(?!\s*[\p{L}\d])|\b((\d{1,4})\s+of\s+each)\b/giu)) {
    const text = m[2] ?? m[4]!;
    if (!out.quantities.some((q) => q.text === text)) out.quantities.push({ text, n: Number(text), of: '', as: m[1] ?? m[3]! });
  }
  // "son unos 60", "Son 5", "es sind ca. 40": how many, said in a clause of its own.
  for (const m of s.matchAll(/(?<!\p{L})(?:son|sont|sind|es sind|il y a|hay|it's|there are)\s+(?:unos|unas|environ|etwa|ca\.?|about|around|approx\.?)?\s*(\d{1,4})(?![\d\p{L}])/giu)) {
    if (!out.quantities.some((q) => q.text === m[1])) out.quantities.push({ text: m[1]!, n: Number(m[1]), of: '', as: m[0].trim() });
  }
  // "Shortlist 3 by the 12th", "hire 2": a count right after the action.
  for (const m of s.matchAll(/\b(shortlist|hire|find|interview|pick|choose|send|post|write|call|book|recruit|want|need|approach|contact|list)\s+(\d{1,3})\b(?=\s*$|\s*[,.;)]|\s+(?:to|by|of them|in total|max|or more|at least)\b)/giu)) {
    out.quantities.push({ text: m[2]!, n: Number(m[2]), of: '', as: m[0] });
  }
  // "seasonal pickers x6", "pickers 6x": a count written after the thing.
  for (const m of s.matchAll(/([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)\s+(?:x\s?(\d{1,4})|(\d{1,4})\s?x)(?=\s|$|[,.;])/giu)) {
    out.quantities.push({ text: m[2] ?? m[3]!, n: Number(m[2] ?? m[3]), of: m[1]! });
  }
  for (const m of s.matchAll(/(?:^|\s)(\d{1,4})-([\p{L}]+)\s+([\p{L}]+)/gu)) {
    out.quantities.push({ text: m[1]!, n: Number(m[1]), of: `${m[2]} ${m[3]}` });
  }
  QUANTITY.lastIndex = 0;
  for (const m of s.matchAll(QUANTITY)) {
    const raw = m[1]!;
    const n = /^\d/.test(raw) ? Number(raw.replace(',', '.')) : NUMBER_WORDS[raw.toLowerCase().replace(/^a /, '')];
    // "one tab per week" is a format, not a count of work; years are dates.
    if (n !== undefined && (n <= 1 || (/^\d{4}$/.test(raw) && n >= 1900 && n <= 2100))) continue;
    const words = m[2]!.split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (COUNT_STOP.test(w)) break;
      kept.push(w);
    }
    const of = kept.join(' ');
    if (!of || NOT_COUNTED.test(of)) continue;
    if (SPAN.test(of) && !/\b(?:last|past|previous|over|for the)\s+(?:\d|$)/i.test(`${s.slice(Math.max(0, m.index! - 20), m.index!)}${m[0]}`)) continue;
    out.quantities.push({ text: raw, ...(n !== undefined ? { n } : {}), of });
  }
  // A preposition whose phrase was taken out ("broken on /book-now" → "broken on") goes with it.
  out.rest = s
    .replace(/\(\s*(?:\u241e\s*)*\)/g, ' ')
    // Only a preposition whose own phrase was cut out goes with it; "renting for in Clifton" keeps its "for".
    // "the invoices listed in Overdue.xlsx": the participle that pointed at the place goes with it too.
    .replace(/\b(?:(?:listed|attached|saved|stored|kept|filed|linked|shared|found)\s+)?(?:on|in|at|to|from|for|with|by|via)\s+\u241e(?=\s*(?:[,.;:?]|$|(?:on|in|at|to|from|for|with|by|via|and|or)\b))/gi, '')
    .replace(/(?<![\p{L}'’])(?:de|du|des|del|für|vom|von|am|pour|para|antes|avant|bis|zum)\s+\u241e(?=\s*(?:[,.;:?]|$|(?:de|du|des|del|pour|para|für|mit|con|avec|à|a|en|in|zu)(?![\p{L}])))/giu, '')
    .replace(/\u241e/g, ' ')
    .replace(/\s+([,.;:?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return out;
}

/** True when a text names a date or deadline, in any of the four written languages. */
export function hasDate(text: string, lang: Lang): boolean {
  return extract(text, lang).dates.length > 0;
}
