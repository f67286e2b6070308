// Which language a task is written in. Titles are short (three to ten words), where character
// n-gram detectors guess poorly (tinyld read "Kundenliste aktualisieren" as Dutch and "Actualizar
// la lista de clientes" as Latin in our trials), so this scores function words, verb endings and
// letters that belong to one language. Scripts other than Latin settle it at once.

export type Lang = 'en' | 'de' | 'es' | 'fr' | 'other';

export interface Detected {
  lang: Lang;
  /** ISO 639-1 code when known ("it", "ja"); the same as lang for the four written languages. */
  code: string;
}

const WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'for', 'to', 'of', 'with', 'our', 'my', 'a', 'an', 'by', 'on', 'in', 'from', 'this', 'next', 'week', 'all', 'new', 'up', 'can', 'you', 'we', 'please', 'is', 'are', 'who', 'what', 'which', 'how', 'get', 'set', 'into', 'about', 'every', 'before', 'after', 'at', 'it', 'me', 'us', 'do', 'does', 'should', 'could', 'would', 'will', 'need', 'find', 'post', 'book', 'call', 'email', 'send', 'update', 'write', 'make', 'check', 'list', 'report', 'customer', 'customers', 'month', 'monday', 'friday', 'out', 'any', 'someone', 'anyone'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'für', 'mit', 'bis', 'von', 'vom', 'zum', 'zur', 'im', 'ein', 'eine', 'einen', 'unsere', 'unser', 'unseren', 'unserem', 'alle', 'nach', 'auf', 'aus', 'bei', 'noch', 'nicht', 'bitte', 'ist', 'sind', 'wer', 'was', 'welche', 'wie', 'können', 'kannst', 'sie', 'wir', 'ich', 'mir', 'uns', 'neue', 'neuen', 'jeden', 'jede', 'woche', 'monat', 'montag', 'freitag', 'ende', 'erstellen', 'aktualisieren', 'vorbereiten', 'schreiben', 'buchen', 'finden', 'suchen', 'anrufen', 'erfassen', 'posten', 'rechnungen', 'kunden', 'über', 'zu', 'auch', 'oder', 'wöchentlich', 'monatlich'],
  es: ['el', 'la', 'los', 'las', 'y', 'para', 'con', 'de', 'del', 'en', 'por', 'un', 'una', 'unos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'antes', 'hasta', 'cada', 'semana', 'mes', 'lunes', 'viernes', 'que', 'quién', 'qué', 'cuál', 'cómo', 'puedes', 'podrías', 'favor', 'es', 'son', 'al', 'nuevo', 'nueva', 'nuevos', 'preparar', 'actualizar', 'publicar', 'buscar', 'llamar', 'enviar', 'reservar', 'crear', 'hacer', 'revisar', 'clientes', 'fin', 'todos', 'todas', 'sobre', 'o', 'semanal', 'mensual'],
  fr: ['le', 'la', 'les', 'et', 'pour', 'avec', 'de', 'des', 'du', 'en', 'par', 'un', 'une', 'notre', 'nos', 'avant', 'jusqu', 'chaque', 'semaine', 'mois', 'lundi', 'vendredi', 'qui', 'quel', 'quelle', 'quels', 'comment', 'peux', 'pourrais', 'pouvez', 'plaît', 'est', 'sont', 'au', 'aux', 'nouveau', 'nouvelle', 'nouveaux', 'préparer', 'mettre', 'jour', 'publier', 'chercher', 'trouver', 'appeler', 'envoyer', 'réserver', 'créer', 'faire', 'vérifier', 'clients', 'fin', 'tous', 'toutes', 'sur', 'ou', 'dans', 'hebdomadaire', 'mensuel', 'à'],
  it: ['le', 'ai', 'alle', 'agli', 'nel', 'nella', 'dal', 'dalla', 'registrate', 'settembre', 'ottobre', 'clienti', 'interviste', 'trascrivere', 'intervista', 'fornitore', 'prenotare', 'ristorante', 'cena', 'natale', 'assistente', 'prezzi', 'nuovi', 'web', 'il', 'lo', 'gli', 'della', 'delle', 'dei', 'degli', 'per', 'con', 'nostro', 'nostra', 'nostri', 'entro', 'ogni', 'settimana', 'mese', 'lunedì', 'venerdì', 'chi', 'che', 'è', 'sono', 'aggiornare', 'preparare', 'prenotare', 'cercare', 'chiamare', 'inviare', 'scrivere', 'fare', 'clienti', 'sito', 'nuovi', 'nuove', 'alla', 'al', 'sul', 'sulla', 'di', 'e', 'un', 'una'],
  pt: ['criar', 'conteúdo', 'clínica', 'vezes', 'semana', 'para', 'da', 'do', 'dos', 'das', 'atualizar', 'planilha', 'contratar', 'um', 'assistente', 'novo', 'nova', 'cliente', 'enviar', 'o', 'os', 'as', 'do', 'da', 'dos', 'das', 'para', 'com', 'nosso', 'nossa', 'nossos', 'até', 'cada', 'semana', 'mês', 'segunda', 'sexta', 'quem', 'que', 'é', 'são', 'atualizar', 'preparar', 'reservar', 'procurar', 'ligar', 'enviar', 'escrever', 'fazer', 'clientes', 'planilha', 'novos', 'novas', 'no', 'na', 'de', 'e', 'um', 'uma', 'não'],
  nl: ['bijhouden', "zo'n", 'per', 'week', 'winkel', 'de', 'het', 'een', 'en', 'voor', 'met', 'van', 'ons', 'onze', 'tot', 'elke', 'maand', 'maandag', 'vrijdag', 'wie', 'wat', 'welke', 'zijn', 'bijwerken', 'maken', 'boeken', 'zoeken', 'bellen', 'sturen', 'schrijven', 'klanten', 'nieuwe', 'op', 'naar', 'uit', 'bij', 'niet', 'graag', 'volgende', 'plannen', 'invoeren', 'versturen', 'regelen', 'opstellen', 'volgend', 'deze', 'klant', 'offerte'],
  pl: ['dla', 'na', 'w', 'z', 'do', 'i', 'się', 'przygotować', 'zrobić', 'wysłać', 'klienta', 'klientów', 'ofertę', 'raport', 'nowy', 'nową', 'tydzień', 'jutro', 'zarezerwować', 'zadzwonić'],
  sv: ['och', 'för', 'med', 'till', 'på', 'i', 'en', 'ett', 'boka', 'skicka', 'ring', 'uppdatera', 'skriva', 'hotell', 'veckan', 'kunder', 'nya', 'nästa', 'av', 'om', 'att', 'som', 'anställa', 'hitta', 'göra'],
  da: ['og', 'til', 'for', 'med', 'på', 'af', 'en', 'et', 'den', 'det', 'lav', 'lave', 'over', 'fra', 'om', 'inden', 'hver', 'uge', 'find', 'ring', 'send', 'book', 'årets', 'salg', 'kunder', 'nye'],
  cs: ['a', 's', 'z', 'do', 'na', 'pro', 'se', 'je', 'v', 've', 'k', 'o', 'od', 'za', 'po', 'připravit', 'přepsat', 'najít', 'poslat', 'zavolat', 'klienty', 'klientem'],
};

const LIST: Record<string, Set<string>> = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v)]));
const LIST_EN = LIST.en!;

/** Endings of a task's verb or of common nouns, strong signs of one language. */
const ENDINGS: [RegExp, string, number][] = [
  [/^[\p{L}]{3,}(?:ieren|eln|ern)$/u, 'de', 2],
  [/^[\p{L}]{4,}(?:ung|ungen|heit|keit|schaft|lich|liste|rechnung|rechnungen)$/u, 'de', 2],
  [/^[\p{L}]{3,}(?:ción|ciones|dad|ar|ir)$/u, 'es', 1],
  [/^[\p{L}]{3,}(?:tion|tions|ment|er|ir|eur|eurs)$/u, 'fr', 0.5],
  [/^[\p{L}]{3,}(?:zione|zioni|are|ire|ere|mento)$/u, 'it', 1],
  [/^[\p{L}]{3,}(?:ção|ções|mento)$/u, 'pt', 2],
  [/^[\p{L}]{3,}(?:ing|ed|ly|tion|ment)$/u, 'en', 0.7],
];

const LETTERS: [RegExp, string, number][] = [
  [/[äüß]/u, 'de', 3],
  [/ö/u, 'de', 2],
  [/ö/u, 'sv', 1],
  [/[ñ¿¡]/u, 'es', 3],
  [/[áíóú]/u, 'es', 1],
  [/[àâçèêëîïôœùûÿ]/u, 'fr', 2],
  [/é/u, 'fr', 0.5],
  [/[ãõ]/u, 'pt', 3],
  [/[ìò]/u, 'it', 2],
  [/[ąćęłńśźż]/u, 'pl', 3],
  [/[å]/u, 'sv', 3],
  [/ä/u, 'sv', 2],
  [/[æø]/u, 'da', 3],
  [/[ěščřžůťďň]/u, 'cs', 4],
];

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/u, 'ja'],
  [/[\u4e00-\u9fff]/u, 'zh'],
  [/[\uac00-\ud7af]/u, 'ko'],
  [/[\u0400-\u04ff]/u, 'ru'],
  [/[\u0590-\u05ff]/u, 'he'],
  [/[\u0600-\u06ff]/u, 'ar'],
  [/[\u0e00-\u0e7f]/u, 'th'],
  [/[\u0370-\u03ff]/u, 'el'],
  [/[\u0900-\u097f]/u, 'hi'],
];

const WRITTEN = new Set(['en', 'de', 'es', 'fr']);

/** Letter sequences English words rarely have. */
const SHAPES: [RegExp, string, number][] = [
  [/ij/u, 'nl', 2],
  [/^(?:[\p{L}]*(?:oe|uu|aa)[\p{L}]+)$/u, 'nl', 0.5],
  [/(?:ção|ções|nh[aeiou]|lh[aeo])/u, 'pt', 2],
  [/(?:zione|zioni|gli|cch|gn[aeio]|[^aeiou]i[aeo]$)/u, 'it', 1],
  [/^[\p{L}]{4,}(?:are|ere|ire)$/u, 'it', 0.5],
  [/sch|tz$|ung$|ä|ü/u, 'de', 1],
];

/** English task verbs and work words: a title of them is English even without function words. */
let englishWords: Set<string> | undefined;
export function setEnglishVocabulary(words: Iterable<string>): void {
  englishWords = new Set(words);
}

/** Each written language's task verbs count like function words. */
export function addLanguageWords(code: string, words: Iterable<string>): void {
  const set = LIST[code];
  if (set) for (const w of words) set.add(w.toLowerCase());
}

export function detectLanguage(text: string): Detected {
  const sample = text.slice(0, 600);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [re, code] of SCRIPTS) {
    const n = sample.match(new RegExp(re.source, 'gu'))?.length ?? 0;
    if (letters && n / letters > 0.3) return { lang: 'other', code };
  }
  // "e-cargo" is one word, not the Italian "e".
  const words = sample.toLowerCase().match(/[\p{L}'][\p{L}'-]*/gu) ?? [];
  const englishWord = (w: string): boolean => !!englishWords && (englishWords.has(w) || englishWords.has(w.replace(/s$/, '')) || englishWords.has(w.replace(/es$/, '')));
  const score: Record<string, number> = { en: 0, de: 0, es: 0, fr: 0, it: 0, pt: 0, nl: 0, pl: 0, sv: 0, da: 0, cs: 0 };
  for (const w of words) {
    if (englishWord(w)) score.en! += 1;
    for (const [code, set] of Object.entries(LIST)) if (set.has(w)) score[code]! += 1;
    for (const [re, code, weight] of ENDINGS) if (re.test(w)) score[code]! += weight;
    if (/^(?:l|d|qu|j|n|s|c)'[\p{L}]/u.test(w)) score.fr! += 2;
  }
  for (const [re, code, weight] of LETTERS) if (re.test(sample)) score[code]! += weight;
  for (const w of words) for (const [re, code, weight] of SHAPES) if (re.test(w)) score[code]! += weight;
  // English leans on its many short function words; a title with none of them and a foreign
  // ending is not English.
  let best = 'en';
  for (const code of Object.keys(score)) if (score[code]! > score[best]!) best = code;
  // Another language must win clearly: owners mix English words and names into every language,
  // and a short English title with one Romance-looking ending is still English.
  // A title with almost no English words in it is not English, even if it borrows a few.
  const english = words.filter((w) => englishWord(w) || LIST_EN.has(w)).length;
  const foreignWins = best !== 'en' && score[best]! >= 2 && words.length >= 3 && english / words.length < 0.34;
  if (score[best]! === 0 || (best !== 'en' && score[best]! < score.en! + 1 && !foreignWins)) return { lang: 'en', code: 'en' };
  return WRITTEN.has(best) ? { lang: best as Lang, code: best } : { lang: 'other', code: best };
}
