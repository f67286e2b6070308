// The writer composes German, Spanish and French briefs in their own language, and owners type
// their own reporting rhythm and deadlines the same way. The cadence reader's rules are written in
// English; this rewrites the words that carry a rhythm or a date ("Wöchentlich", "Cada viernes",
// "À la fin du mois", "am 3. Juni") into the English words those rules already read. Input is the
// reader's normalised text (lower case, straight apostrophes); words it does not know stay as they
// are, so a text that names no rhythm in any language still gets the owner asked.

/** Not inside a word: JavaScript's \b only knows ASCII letters, and these words have accents. */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}])';

const word = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'gu');

const WEEKDAYS: Array<[string, string]> = [
  ['montags?|lunes|lundis?', 'monday'],
  ['dienstags?|martes|mardis?', 'tuesday'],
  ['mittwochs?|mi[ée]rcoles|mercredis?', 'wednesday'],
  ['donnerstags?|jueves|jeudis?', 'thursday'],
  ['freitags?|viernes|vendredis?', 'friday'],
  ['samstags?|sonnabends?|s[áa]bados?|samedis?', 'saturday'],
  ['sonntags?|domingos?|dimanches?', 'sunday'],
];

const MONTHS: Array<[string, string]> = [
  ['januar|jänner|enero|janvier', 'january'],
  ['februar|febrero|f[ée]vrier', 'february'],
  ['märz|marzo|mars', 'march'],
  ['abril|avril', 'april'],
  ['mai|mayo', 'may'],
  ['juni|junio|juin', 'june'],
  ['juli|julio|juillet', 'july'],
  ['agosto|ao[ûu]t', 'august'],
  ['septiembre|setiembre|septembre', 'september'],
  ['oktober|octubre|octobre', 'october'],
  ['noviembre|novembre', 'november'],
  ['dezember|diciembre|d[ée]cembre', 'december'],
];

const COUNT = '(zwei|drei|vier|fünf|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|\\d)';
const COUNT_WORDS: Record<string, string> = {
  zwei: 'two', drei: 'three', vier: 'four', fünf: 'five',
  dos: 'two', tres: 'three', cuatro: 'four', cinco: 'five',
  deux: 'two', trois: 'three', quatre: 'four', cinq: 'five',
};

/** Longest phrases first: "à la fin du mois" is a month end before "à la fin" is a completion. */
const PHRASES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // Every two weeks and twice a month, before the weekly words they contain.
  [word('alle (?:zwei|2) wochen|alle (?:vierzehn|14) tage|vierzehntägig|zweiwöchentlich|cada (?:dos|2) semanas|quincenal(?:mente)?|cada (?:quince|15) d[íi]as|toutes les (?:deux|2) semaines|tous les (?:quinze|15) jours'), 'every two weeks'],
  [word('zweimal (?:im|pro|je) monat|dos veces (?:al|por) mes|deux fois par mois|bimensuel(?:le)?'), 'twice a month'],
  // Month end and start, before "am ende" and "à la fin".
  [word('(?:am |zum )?letzten (?:werk|arbeits)?tag (?:des|jedes) monats|[úu]ltimo d[íi]a (?:h[áa]bil )?del mes|dernier jour (?:ouvr[ée] )?du mois'), 'last day of the month'],
  [word('(?:zum |am )?monatsende|(?:zum |am )?ende (?:des|jedes) monats|(?:a |al )?(?:fin|final) de(?:l)? (?:cada )?mes|(?:à la |en )?fin (?:du|de) (?:chaque )?mois'), 'end of each month'],
  [word('(?:zum |am )?monatsanfang|(?:zum |am )?anfang (?:des|jedes) monats|(?:a |al )?(?:principios?|inicio|comienzo) de(?:l)? (?:cada )?mes|(?:au |en )?d[ée]but (?:du|de) (?:chaque )?mois'), 'start of each month'],
  // Daily.
  [word('täglich|werktäglich|werktags|jeden (?:werk|arbeits)?tag|an jedem (?:werk|arbeits)?tag|a diario|diari[oa]|diariamente|cada d[íi]a(?: laborable| h[áa]bil)?|todos los d[íi]as(?: laborables| h[áa]biles)?|quotidien(?:ne)?|quotidiennement|journali[eè]re?|chaque jour(?: ouvr[ée])?|tous les jours(?: ouvr[ée]s)?'), 'daily'],
  // So many times a week.
  [new RegExp(`${B}${COUNT} ?mal (?:pro|die|in der|je) woche${E}`, 'gu'), (_m, n) => `${COUNT_WORDS[n!] ?? n} times a week`],
  [new RegExp(`${B}${COUNT} veces (?:por|a la|cada|por la) semana${E}`, 'gu'), (_m, n) => `${COUNT_WORDS[n!] ?? n} times a week`],
  [new RegExp(`${B}${COUNT} fois par semaine${E}`, 'gu'), (_m, n) => `${COUNT_WORDS[n!] ?? n} times a week`],
  [word('zweimal (?:pro|die|in der|je) woche'), 'twice a week'],
  // Weekly and monthly.
  [word('wöchentlich|jede woche|einmal (?:pro|die|in der|je) woche|semanal(?:mente)?|cada semana|todas las semanas|una vez (?:por|a la|cada) semana|hebdomadaire(?:ment)?|chaque semaine|toutes les semaines|une fois par semaine'), 'weekly'],
  [word('monatlich|jeden monat|einmal (?:im|pro|je) monat|mensual(?:mente)?|cada mes|todos los meses|una vez (?:al|por) mes|mensuel(?:le)?|mensuellement|chaque mois|tous les mois|une fois par mois'), 'monthly'],
  // Milestones and the halfway point.
  [word('meilensteine?n?|zwischenst[äa]nde?|hitos?|jalons?'), 'milestones'],
  [word('(?:jeder|jedes|jeden) (?:datei|etappe|phase|lieferung|schritt|stufe|charge)|cada (?:archivo|fichero|entrega|etapa|fase|lote)|chaque (?:fichier|[ée]tape|livraison|phase|lot)'), 'each file'],
  [word('zur hälfte|zur halbzeit|in der halbzeit|auf halber strecke|a (?:la )?mitad(?: de(?:l)? (?:camino|plazo|proyecto))?|a medio camino|à mi-(?:parcours|chemin)|mi-parcours'), 'halfway'],
  // On completion.
  [word('(?:bei|nach) (?:abschluss|abgabe|lieferung|fertigstellung)|wenn (?:es |alles )?(?:fertig|erledigt)(?: ist)?|am ende'), 'on completion'],
  [word('(?:al|tras) (?:terminar|finalizar|acabar|final)|(?:en|a|con|tras) la entrega|una vez (?:terminad[oa]|acabad[oa]|finalizad[oa]|hech[oa])|cuando (?:est[ée]|todo est[ée]) (?:list[oa]|terminad[oa]|hech[oa])'), 'on completion'],
  [word("à la (?:fin|livraison)|à l'achèvement|en fin de (?:mission|projet)|une fois (?:terminée?|finie?|livrée?)|quand (?:c'est|ce sera|tout est) (?:fini|terminé|prêt)"), 'on completion'],
];

/** German "am 15.", Spanish "el (día) 5", French "le 1er": a day of the month. */
const DAY_OF_MONTH = new RegExp(`${B}(?:am|zum|el d[íi]a|el|le)\\s+(\\d{1,2})(?:\\.|er|º|°)?(?![\\d.]?\\d)`, 'gu');

/** "bis Freitag", "antes del viernes", "d'ici vendredi": a deadline on the next such day. */
const BY_WEEKDAY = new RegExp(`${B}(?:bis(?: zum| spätestens)?|spätestens(?: am)?|hasta(?: el)?|antes del?|para el|d'ici|avant|pour|au plus tard)\\s+(?:(?:le|el|am|dem)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)${E}`, 'gu');

/** "bis zum 5.", "hasta el 5", "avant le 5": by that day of the month. */
const BY_DAY = new RegExp(`${B}(?:bis(?: zum| spätestens)?|spätestens(?: am)?|hasta(?: el)?|antes del?|para el|d'ici le|avant le|pour le|au plus tard le)\\s+(\\d{1,2})(?:\\.|er)?(?!\\s*\\p{L})(?!\\d)`, 'gu');

/** The text with German, Spanish and French rhythm and date words written as the English rules read them. */
export function inEnglish(text: string): string {
  let t = text;
  for (const [re, en] of WEEKDAYS) t = t.replace(word(re), en);
  for (const [re, en] of MONTHS) t = t.replace(word(re), en);
  // "5. Juni", "3 de junio", "1er juin": a day before a month, as the English rules read it.
  t = t.replace(/(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}]))/gu, '$1 ');
  for (const [re, en] of PHRASES) t = t.replace(re, en as string);
  t = t.replace(BY_WEEKDAY, 'by $1');
  t = t.replace(BY_DAY, (_m, n: string) => `by the ${n}th`);
  t = t.replace(DAY_OF_MONTH, (_m, n: string) => `the ${n}`);
  return t;
}
