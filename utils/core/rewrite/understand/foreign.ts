// German, Spanish and French requests: the action from a curated list of infinitives (German puts
// it last, Spanish and French first), the object in the owner's words, and the phrases around it.
// The writer builds its sentences around a noun for the action ("la actualización de …", "la mise
// à jour de …") or a participle that never agrees ("… erfasst"), so the owner's words are never
// inflected or "corrected".
import type { Category } from '../../model/categories';
import type { Lang } from './language';
import type { Clause, Slot } from './phrase-en';
import type { ActionClass, Verb } from './verbs-en';

/** [infinitive, German participle | Spanish/French action noun with its article, category, weight, class]. */
type Row = [string, string, Category, number, ActionClass];

const DE: Row[] = [
  ['erfassen', 'erfasst', 'data-entry', 4, 'enter'], ['eintragen', 'eingetragen', 'data-entry', 4, 'enter'], ['eingeben', 'eingegeben', 'data-entry', 4, 'enter'],
  ['anlegen', 'angelegt', 'data-entry', 3, 'enter'], ['importieren', 'importiert', 'data-entry', 3, 'enter'], ['buchen', 'gebucht', 'other', 1, 'book'],
  ['aktualisieren', 'aktualisiert', 'data-entry', 1, 'update'], ['pflegen', 'gepflegt', 'data-entry', 2, 'update'], ['bereinigen', 'bereinigt', 'data-entry', 3, 'update'],
  ['migrieren', 'migriert', 'data-entry', 3, 'move'], ['übertragen', 'übertragen', 'data-entry', 2, 'move'], ['digitalisieren', 'digitalisiert', 'data-entry', 5, 'enter'],
  ['transkribieren', 'transkribiert', 'transcription', 12, 'transcribe'], ['abtippen', 'abgetippt', 'transcription', 8, 'transcribe'], ['protokollieren', 'protokolliert', 'transcription', 4, 'transcribe'],
  ['untertiteln', 'untertitelt', 'transcription', 8, 'transcribe'],
  ['erstellen', 'erstellt', 'other', 0, 'create'], ['vorbereiten', 'vorbereitet', 'reports', 0, 'create'], ['schreiben', 'geschrieben', 'other', 0, 'create'],
  ['entwerfen', 'entworfen', 'other', 0, 'create'], ['gestalten', 'gestaltet', 'other', 0, 'create'], ['zusammenstellen', 'zusammengestellt', 'reports', 1, 'create'],
  ['auswerten', 'ausgewertet', 'reports', 2, 'create'], ['übersetzen', 'übersetzt', 'other', 1, 'create'], ['korrigieren', 'korrigiert', 'other', 1, 'review'],
  ['posten', 'gepostet', 'social-media', 4, 'publish'], ['veröffentlichen', 'veröffentlicht', 'social-media', 2, 'publish'], ['teilen', 'geteilt', 'social-media', 1, 'publish'],
  ['planen', 'geplant', 'other', 1, 'plan'], ['recherchieren', 'recherchiert', 'market-research', 4, 'research'], ['vergleichen', 'verglichen', 'market-research', 3, 'compare'],
  ['analysieren', 'analysiert', 'market-research', 2, 'research'], ['herausfinden', 'herausgefunden', 'market-research', 2, 'research'], ['prüfen', 'geprüft', 'other', 1, 'review'],
  ['suchen', 'gesucht', 'other', 1, 'find'], ['finden', 'gefunden', 'other', 1, 'find'], ['einholen', 'eingeholt', 'market-research', 1, 'find'],
  ['einstellen', 'eingestellt', 'hiring', 6, 'hire'], ['rekrutieren', 'rekrutiert', 'hiring', 12, 'hire'], ['reservieren', 'reserviert', 'other', 1, 'book'],
  ['organisieren', 'organisiert', 'other', 1, 'organise'], ['anrufen', 'angerufen', 'other', 1, 'contact'], ['kontaktieren', 'kontaktiert', 'other', 1, 'contact'],
  ['beantworten', 'beantwortet', 'other', 1, 'reply'], ['nachfassen', 'nachgefasst', 'other', 1, 'chase'], ['schicken', 'geschickt', 'other', 1, 'send'],
  ['senden', 'gesendet', 'other', 1, 'send'], ['versenden', 'versendet', 'other', 1, 'send'], ['bestellen', 'bestellt', 'other', 1, 'buy'],
  ['kaufen', 'gekauft', 'other', 1, 'buy'], ['bezahlen', 'bezahlt', 'other', 1, 'pay'], ['kündigen', 'gekündigt', 'other', 1, 'cancel'],
  ['verlängern', 'verlängert', 'other', 1, 'pay'], ['reparieren', 'repariert', 'other', 1, 'fix'], ['einrichten', 'eingerichtet', 'other', 1, 'setup'],
  ['aufräumen', 'aufgeräumt', 'other', 1, 'organise'], ['sortieren', 'sortiert', 'other', 1, 'organise'], ['beantragen', 'beantragt', 'other', 1, 'pay'],
  ['abrechnen', 'abgerechnet', 'other', 1, 'pay'], ['vereinbaren', 'vereinbart', 'other', 1, 'book'], ['erledigen', 'erledigt', 'other', 0, 'generic'],
  ['auswählen', 'ausgewählt', 'other', 1, 'find'], ['aussuchen', 'ausgesucht', 'other', 1, 'find'], ['heraussuchen', 'herausgesucht', 'other', 1, 'find'],
  ['besorgen', 'besorgt', 'other', 1, 'buy'], ['klären', 'geklärt', 'other', 1, 'generic'], ['abstimmen', 'abgestimmt', 'other', 1, 'book'],
  ['beauftragen', 'beauftragt', 'hiring', 3, 'hire'], ['nachbestellen', 'nachbestellt', 'other', 1, 'buy'], ['überarbeiten', 'überarbeitet', 'other', 1, 'create'],
  ['ausmachen', 'ausgemacht', 'other', 1, 'book'], ['machen', 'gemacht', 'other', 0, 'create'], ['übernehmen', 'übernommen', 'other', 0, 'generic'],
  ['betreuen', 'betreut', 'other', 0, 'update'], ['rausschicken', 'rausgeschickt', 'other', 1, 'send'], ['abschicken', 'abgeschickt', 'other', 1, 'send'],
  ['verschicken', 'verschickt', 'other', 1, 'send'], ['vorsortieren', 'vorsortiert', 'other', 1, 'review'], ['anfragen', 'angefragt', 'other', 1, 'contact'],
  ['aufsetzen', 'aufgesetzt', 'other', 1, 'setup'], ['zusammenfassen', 'zusammengefasst', 'reports', 2, 'create'], ['nachhaken', 'nachgehakt', 'other', 1, 'chase'],
  ['anlegen', 'angelegt', 'data-entry', 3, 'enter'], ['einpflegen', 'eingepflegt', 'data-entry', 4, 'enter'], ['ablegen', 'abgelegt', 'other', 1, 'organise'],
];

const ES: Row[] = [
  ['registrar', 'el registro', 'data-entry', 4, 'enter'], ['introducir', 'la introducción', 'data-entry', 4, 'enter'], ['cargar', 'la carga', 'data-entry', 3, 'enter'],
  ['pasar', 'el traspaso', 'data-entry', 1, 'move'], ['actualizar', 'la actualización', 'data-entry', 1, 'update'], ['limpiar', 'la limpieza', 'data-entry', 1, 'update'],
  ['migrar', 'la migración', 'data-entry', 3, 'move'], ['digitalizar', 'la digitalización', 'data-entry', 5, 'enter'], ['transcribir', 'la transcripción', 'transcription', 12, 'transcribe'],
  ['subtitular', 'el subtitulado', 'transcription', 8, 'transcribe'], ['preparar', 'la preparación', 'reports', 0, 'create'], ['crear', 'la creación', 'other', 0, 'create'],
  ['redactar', 'la redacción', 'other', 0, 'create'], ['escribir', 'la redacción', 'other', 0, 'create'], ['diseñar', 'el diseño', 'other', 0, 'create'],
  ['elaborar', 'la elaboración', 'reports', 1, 'create'], ['hacer', 'la elaboración', 'other', 0, 'create'], ['traducir', 'la traducción', 'other', 1, 'create'],
  ['publicar', 'la publicación', 'social-media', 3, 'publish'], ['compartir', 'la difusión', 'social-media', 1, 'publish'], ['programar', 'la programación', 'social-media', 1, 'publish'],
  ['investigar', 'la investigación', 'market-research', 4, 'research'], ['comparar', 'la comparación', 'market-research', 3, 'compare'], ['analizar', 'el análisis', 'market-research', 2, 'research'],
  ['averiguar', 'la consulta', 'market-research', 2, 'research'], ['buscar', 'la búsqueda', 'other', 1, 'find'], ['encontrar', 'la búsqueda', 'other', 1, 'find'],
  ['contratar', 'la contratación', 'hiring', 12, 'hire'], ['reclutar', 'la selección', 'hiring', 12, 'hire'], ['reservar', 'la reserva', 'other', 1, 'book'],
  ['organizar', 'la organización', 'other', 1, 'organise'], ['planificar', 'la planificación', 'other', 1, 'plan'], ['llamar', 'la llamada', 'other', 1, 'contact'],
  ['contactar', 'el contacto', 'other', 1, 'contact'], ['responder', 'la respuesta', 'other', 1, 'reply'], ['contestar', 'la respuesta', 'other', 1, 'reply'],
  ['enviar', 'el envío', 'other', 1, 'send'], ['mandar', 'el envío', 'other', 1, 'send'], ['comprar', 'la compra', 'other', 1, 'buy'],
  ['pedir', 'el pedido', 'other', 1, 'buy'], ['pagar', 'el pago', 'other', 1, 'pay'], ['cancelar', 'la cancelación', 'other', 1, 'cancel'],
  ['renovar', 'la renovación', 'other', 1, 'pay'], ['arreglar', 'el arreglo', 'other', 1, 'fix'], ['reparar', 'la reparación', 'other', 1, 'fix'],
  ['configurar', 'la configuración', 'other', 1, 'setup'], ['revisar', 'la revisión', 'other', 1, 'review'], ['subir', 'la subida', 'other', 1, 'send'],
  ['elegir', 'la elección', 'other', 1, 'find'], ['seleccionar', 'la selección', 'other', 1, 'find'], ['gestionar', 'la gestión', 'other', 0, 'generic'],
  ['montar', 'el montaje', 'other', 1, 'create'], ['grabar', 'la grabación', 'other', 1, 'create'], ['cobrar', 'el cobro', 'other', 1, 'pay'],
  ['llevar', 'la gestión', 'other', 0, 'generic'], ['lanzar', 'el lanzamiento', 'social-media', 2, 'publish'], ['anunciar', 'el anuncio', 'social-media', 1, 'publish'],
  ['recopilar', 'la recopilación', 'market-research', 1, 'research'], ['confirmar', 'la confirmación', 'other', 1, 'contact'], ['apuntar', 'el registro', 'data-entry', 2, 'enter'],
];

const FR: Row[] = [
  ['saisir', 'la saisie', 'data-entry', 4, 'enter'], ['enregistrer', "l'enregistrement", 'data-entry', 3, 'enter'], ['importer', "l'import", 'data-entry', 3, 'enter'],
  ['mettre à jour', 'la mise à jour', 'data-entry', 1, 'update'], ['ajouter', "l'ajout", 'data-entry', 1, 'enter'], ['mettre', "l'ajout", 'data-entry', 0, 'enter'], ['mettre en ligne', 'la mise en ligne', 'other', 1, 'publish'], ['nettoyer', 'le nettoyage', 'data-entry', 1, 'update'], ['migrer', 'la migration', 'data-entry', 3, 'move'],
  ['numériser', 'la numérisation', 'data-entry', 5, 'enter'], ['transcrire', 'la transcription', 'transcription', 12, 'transcribe'],
  ['retranscrire', 'la transcription', 'transcription', 12, 'transcribe'], ['taper', 'la saisie', 'transcription', 4, 'transcribe'], ['sous-titrer', 'le sous-titrage', 'transcription', 8, 'transcribe'],
  ['préparer', 'la préparation', 'reports', 0, 'create'], ['créer', 'la création', 'other', 0, 'create'], ['rédiger', 'la rédaction', 'other', 0, 'create'],
  ['écrire', 'la rédaction', 'other', 0, 'create'], ['concevoir', 'la conception', 'other', 0, 'create'], ['faire', 'la réalisation', 'other', 0, 'create'],
  ['traduire', 'la traduction', 'other', 1, 'create'], ['publier', 'la publication', 'social-media', 3, 'publish'], ['partager', 'le partage', 'social-media', 1, 'publish'],
  ['programmer', 'la programmation', 'social-media', 1, 'publish'], ['rechercher', 'la recherche', 'market-research', 3, 'research'], ['chercher', 'la recherche', 'other', 1, 'find'],
  ['trouver', 'la recherche', 'other', 1, 'find'], ['comparer', 'la comparaison', 'market-research', 3, 'compare'], ['analyser', "l'analyse", 'market-research', 2, 'research'],
  ['étudier', "l'étude", 'market-research', 3, 'research'], ['recruter', 'le recrutement', 'hiring', 12, 'hire'], ['embaucher', "l'embauche", 'hiring', 12, 'hire'],
  ['réserver', 'la réservation', 'other', 1, 'book'], ['organiser', "l'organisation", 'other', 1, 'organise'], ['planifier', 'la planification', 'other', 1, 'plan'],
  ['appeler', "l'appel", 'other', 1, 'contact'], ['contacter', 'la prise de contact avec', 'other', 1, 'contact'], ['répondre à', 'la réponse à', 'other', 1, 'reply'],
  ['relancer', 'la relance', 'other', 1, 'chase'], ['envoyer', "l'envoi", 'other', 1, 'send'], ['commander', 'la commande', 'other', 1, 'buy'],
  ['acheter', "l'achat", 'other', 1, 'buy'], ['payer', 'le paiement', 'other', 1, 'pay'], ['régler', 'le règlement', 'other', 1, 'pay'],
  ['annuler', "l'annulation", 'other', 1, 'cancel'], ['renouveler', 'le renouvellement', 'other', 1, 'pay'], ['réparer', 'la réparation', 'other', 1, 'fix'],
  ['configurer', 'la configuration', 'other', 1, 'setup'], ['vérifier', 'la vérification', 'other', 1, 'review'], ['relire', 'la relecture', 'other', 1, 'review'],
  ['choisir', 'le choix', 'other', 1, 'find'], ['sélectionner', 'la sélection', 'other', 1, 'find'], ['gérer', 'la gestion', 'other', 0, 'generic'],
  ['monter', 'le montage', 'other', 1, 'create'], ['filmer', 'le tournage', 'other', 1, 'create'], ['facturer', 'la facturation', 'other', 1, 'pay'],
  ['lancer', 'le lancement', 'social-media', 2, 'publish'], ['répondre', 'la réponse à', 'other', 1, 'reply'], ['faire une veille', 'la veille', 'market-research', 6, 'research'],
  ['faire le point', 'le point', 'market-research', 3, 'research'], ['relancer', 'la relance', 'other', 1, 'chase'], ['envoyer', "l'envoi", 'other', 1, 'send'],
];

/** The infinitives each language's tasks start (or, in German, end) with: a strong sign of the language. */
export const FOREIGN_VERBS: Record<'de' | 'es' | 'fr', string[]> = {
  de: DE.map((r) => r[0]),
  es: ES.map((r) => r[0]),
  fr: FR.flatMap((r) => r[0].split(' ')),
};

/** German infinitives whose participle differs ("vorbereiten" → "vorbereitet"; not "übertragen"): never in a result. */
export const DE_INFINITIVES = new Set(DE.filter((r) => r[1] !== r[0] && !r[0].includes(' ')).map((r) => r[0]));

const TABLES: Record<'de' | 'es' | 'fr', Map<string, Row>> = {
  de: new Map(DE.map((r) => [r[0], r])),
  es: new Map(ES.map((r) => [r[0], r])),
  fr: new Map(FR.map((r) => [r[0], r])),
};

const PREPS: Record<'de' | 'es' | 'fr', Set<string>> = {
  de: new Set(['in', 'im', 'ins', 'auf', 'für', 'mit', 'an', 'am', 'von', 'vom', 'zu', 'zum', 'zur', 'über', 'aus', 'bei', 'nach', 'gegen', 'per', 'via', 'unter', 'seit', 'während', 'als']),
  es: new Set(['en', 'para', 'con', 'a', 'al', 'sobre', 'desde', 'por', 'contra', 'hacia', 'entre', 'sin', 'vía', 'según', 'durante', 'bajo', 'como']),
  fr: new Set(['dans', 'sur', 'pour', 'avec', 'à', 'au', 'aux', 'en', 'chez', 'par', 'contre', 'vers', 'entre', 'sans', 'via', 'sous', 'selon', 'depuis', 'pendant', 'comme']),
};

const POLITE: Record<'de' | 'es' | 'fr', RegExp> = {
  de: /^(?:(?:kannst|könntest|kann|könnte|würdest)\s+(?:du|ihr|sie|jemand)|können\s+sie|könnten\s+sie)\s+(?:bitte\s+|mal\s+)*/i,
  es: /^¿?\s*(?:(?:puedes|podrías|puede|podría|pueden|podrían)|(?:me|nos)\s+(?:puedes|podrías)|(?:alguien\s+(?:puede|podría)|(?:puede|podría)\s+alguien)|(?:me|nos)\s+ayudas?\s+a)\s+(?:por favor\s+)?/i,
  fr: /^(?:(?:peux|pourrais|pouvez|pourriez)[- ](?:tu|vous)|(?:tu peux|tu pourrais|vous pouvez|vous pourriez|quelqu'un peut)|est-ce que (?:tu|vous) (?:peux|pourrais|pouvez|pourriez))\s+(?:s'il te plaît\s+|stp\s+)?/i,
};

const WH_WORDS: Record<'de' | 'es' | 'fr', string> = {
  de: 'wer|was|welche[rsmn]?|wo|wann|wie|warum|ob|wieviel|wie viele?',
  es: 'quién|quiénes|qué|cuál|cuáles|dónde|cuándo|cómo|cuánto|cuánta|cuántos|cuántas|si',
  fr: 'qui|quel|quelle|quels|quelles|où|quand|comment|combien|si|lesquels|lesquelles',
};

export const WH: Record<'de' | 'es' | 'fr', RegExp> = {
  de: /^(?:wer|was|welche[rsmn]?|wo|wann|wie|warum|wieviel|wie viel|wie viele|gibt es|lohnt sich|sollten wir|haben wir)\b/i,
  es: /^¿?\s*(?:quién|quiénes|qué|cuál|cuáles|dónde|cuándo|cómo|por qué|cuánto|cuánta|cuántos|cuántas|hay|existe)\b/i,
  fr: /^(?:qui|que|quel|quelle|quels|quelles|où|quand|comment|pourquoi|combien|est-ce qu|y a-t-il|existe-t-il)\b/i,
};

export interface ForeignVerb extends Verb {
  /** German participle, or the Spanish/French noun for the action with its article. */
  form: string;
}

function toVerb(row: Row, written: string): ForeignVerb & { written: string } {
  const [words, form, category, weight, cls] = row;
  return { words, participle: form, form, category, weight, cls, written };
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();

function splitSlots(words: string[], lang: 'de' | 'es' | 'fr'): { object: string; slots: Slot[] } {
  const object: string[] = [];
  const slots: Slot[] = [];
  let current: Slot | undefined;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (PREPS[lang].has(w) && object.length) {
      current = { prep: raw, text: '' };
      slots.push(current);
      continue;
    }
    // "de" joins nouns ("lista de clientes"): it stays in the object.
    if (current) current.text = `${current.text} ${raw}`.trim();
    else object.push(raw);
  }
  return { object: clean(object.join(' ')), slots: slots.map((s) => ({ prep: s.prep, text: clean(s.text) })).filter((s) => s.text) };
}

/** Phrases that follow a verb directly ("à l'équipe chaque lundi"): each starts at a preposition. */
function slotsOf(words: string[], lang: 'de' | 'es' | 'fr'): Slot[] {
  const slots: Slot[] = [];
  for (const raw of words) {
    if (PREPS[lang].has(raw.toLowerCase()) || !slots.length) slots.push({ prep: raw, text: '' });
    else slots.at(-1)!.text = `${slots.at(-1)!.text} ${raw}`.trim();
  }
  return slots.filter((s) => s.text && PREPS[lang].has(s.prep.toLowerCase()));
}

export interface ForeignRead {
  clause: Clause & { verb?: ForeignVerb & { written: string } };
  question?: string;
}

export function readForeign(request: string, lang: 'de' | 'es' | 'fr'): ForeignRead {
  let text = request.replace(/^¿\s*/, '').replace(/\s*[?¿]+\s*$/, '').trim();
  // "Transcribir la reunión y sacar las tareas", "et en tirer un article": the second action is done-looks-like, not the object.
  const second = lang === 'de' ? undefined : new RegExp(`\\s(?:y|e|et)\\s+(?:(?:en|y|le|la|les|lo|los|las|se|me|nous)\\s+)?(\\p{L}+(?:${lang === 'es' ? 'ar|er|ir' : 'er|ir|re'}))\\b`, 'u').exec(text);
  if (second && text.indexOf(second[0]) > 0) text = text.slice(0, second.index);
  const asked = /\?\s*$/.test(request);
  const polite = POLITE[lang].exec(text);
  if (polite) text = text.slice(polite[0].length).trim();
  else if (asked || WH[lang].test(text)) {
    return { clause: { object: '', slots: [] }, question: text };
  }
  // "Kannst du mir einen Bericht … machen": who it is for is not part of the thing.
  if (polite) text = text.replace(/^(?:mir|uns|me|nous)\s+(?=\p{L})/iu, '');
  // "Bitte recherchieren, welche Brauereien …": the question after the verb is what the owner wants to know.
  const ask = new RegExp(`^(\\p{L}+(?:\\s+\\p{L}+){0,2}),\\s+(${WH_WORDS[lang]})\\b(.*)$`, 'iu').exec(text);
  if (ask) {
    const row = TABLES[lang].get(ask[1]!.toLowerCase());
    if (row && (row[4] === 'research' || row[4] === 'compare' || row[4] === 'find')) return { clause: { verb: toVerb(row, ask[1]!), object: '', slots: [] }, question: `${ask[2]}${ask[3]}`.trim() };
  }
  const words = text.split(/\s+/).filter(Boolean);
  const table = TABLES[lang];
  const lower = words.map((w) => w.toLowerCase().replace(/[,.;:!]+$/, ''));
  if (lang === 'de') {
    // "Wir brauchen eine neue Reinigungskraft", "Ich suche einen Fotografen": looking for someone or something.
    const need = /^(?:wir|ich)\s+(?:brauchen|brauche|suchen|suche|benötigen|benötige)\s+/i.exec(text);
    if (need) {
      const { object, slots } = splitSlots(text.slice(need[0].length).split(/\s+/), lang);
      return { clause: { verb: toVerb(['finden', 'gefunden', 'other', 1, 'find'], need[0].trim()), object: nominative(object.replace(/^(?:eine?n?)\s+/i, (m) => m)), slots } };
    }
    // "Newsletter für Juni in Brevo vorbereiten, Versand am 3. Juni": the to-do ends at its infinitive; what follows the comma is a detail.
    const cut = words.findIndex((w, i) => i > 0 && i < words.length - 1 && w.endsWith(',') && table.has(lower[i]!));
    if (cut > 0 && !table.has(lower.at(-1) ?? '')) {
      const { object, slots } = splitSlots(words.slice(0, cut), lang);
      return { clause: { verb: toVerb(table.get(lower[cut]!)!, words[cut]!.replace(/,$/, '')), object: nominative(object), slots } };
    }
    // German to-dos end with the infinitive ("Rechnungen in DATEV erfassen"), or begin with it.
    const last = lower.at(-1) ?? '';
    const row = table.get(last) ?? table.get(lower[0] ?? '');
    if (row && row[0] === last && words.length > 1) {
      const { object, slots } = splitSlots(words.slice(0, -1), lang);
      return { clause: { verb: toVerb(row, words.at(-1)!), object: nominative(object), slots } };
    }
    if (row && row[0] === lower[0] && words.length > 1) {
      const { object, slots } = splitSlots(words.slice(1), lang);
      return { clause: { verb: toVerb(row, words[0]!), object: nominative(object), slots } };
    }
    // A lower-case word ending in -en at the end is a verb (German writes every noun with a capital).
    // Its participle is not guessed: the result is stated with "erledigt".
    const germanNouns = words.slice(0, -1).every((w) => /^\p{Lu}|^\d|^(?:die|der|das|den|dem|des|ein|eine|einen|einem|einer|unsere?[nmrs]?|alle|für|mit|von|vom|zum|zur|im|in|ins|am|an|auf|aus|bei|nach|über|und|oder|bis|neue[nmrs]?|alten?|alle[nmrs]?|bitte|mir|uns)$/iu.test(w));
    if (words.length > 1 && germanNouns && /^\p{Ll}+(?:en|ern|eln)$/u.test(words.at(-1)!) && /^\p{Lu}|^(?:die|der|das|den|dem|ein|eine|einen|unsere?n?|alle)$/u.test(words[0]!)) {
      const { object, slots } = splitSlots(words.slice(0, -1), lang);
      return { clause: { verb: toVerb(['erledigen', 'erledigt', 'other', 0, 'generic'], words.at(-1)!), object: nominative(object), slots } };
    }
    const { object, slots } = splitSlots(words, lang);
    return { clause: { object: nominative(object), slots } };
  }
  for (let n = 3; n >= 1; n--) {
    const key = lower.slice(0, n).join(' ');
    const row = table.get(key);
    if (row && words.length > n) {
      // "Pasar a Holded los tickets de gastos": a place named before the object is a phrase of its own.
      const art = words.findIndex((w, i) => i > n + 1 && i < n + 5 && /^(?:el|la|los|las|un|una|unos|unas|le|les|des|du|un|une)$/i.test(w));
      if (/^(?:a|al|en|à|au|dans)$/i.test(words[n] ?? '') && art > 0 && /^\p{Lu}/u.test(words[n + 1] ?? '') && !row[1].endsWith(' à')) {
        const place: Slot = { prep: words[n]!, text: words.slice(n + 1, art).join(' ') };
        const { object, slots } = splitSlots(words.slice(art), lang);
        return { clause: { verb: toVerb(row, words.slice(0, n).join(' ')), object, slots: [place, ...slots] } };
      }
      const after = /^(?:a|à)$/i.test(words[n] ?? '') && !row[1].endsWith(' à') ? words.slice(n + 1) : words.slice(n);
      const { object, slots } = splitSlots(after, lang);
      return { clause: { verb: toVerb(row, words.slice(0, n).join(' ')), object, slots } };
    }
  }
  // "Tableau de bord des inscriptions à envoyer à l'équipe": the thing, then what is to be done with it.
  const todo = lang === 'fr' ? words.findIndex((w, i) => i > 0 && /^à$/i.test(w) && TABLES.fr.has((words[i + 1] ?? '').toLowerCase())) : -1;
  if (todo > 0) {
    const r = TABLES.fr.get(words[todo + 1]!.toLowerCase())!;
    return { clause: { verb: toVerb(r, words[todo + 1]!), object: words.slice(0, todo).join(' '), slots: slotsOf(words.slice(todo + 2), lang) } };
  }
  const { object, slots } = splitSlots(words, lang);
  return { clause: { object, slots } };
}

/** "den Bericht" (accusative after the verb) reads "der Bericht" as the subject of a result. */
function nominative(object: string): string {
  return object.replace(/^[Dd]en\s+(?=\p{Lu}\p{Ll}*[^n\s]\b)/u, 'der ').replace(/^[Ee]inen\s+/, 'ein ');
}

export const isForeign = (lang: Lang): lang is 'de' | 'es' | 'fr' => lang === 'de' || lang === 'es' || lang === 'fr';
