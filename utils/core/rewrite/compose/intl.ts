// German, Spanish and French sentences from the frame. German results use a participle that never
// agrees ("Ergebnis: Rechnungen in DATEV erfasst"); Spanish and French put a noun for the action
// first ("la actualización de …", "la mise à jour de …"), whose gender the writer knows, so the
// owner's words are placed without inflecting them.
import type { Category } from '../../model/categories';
import type { TaskFrame } from '../frame';
import type { Written } from './en';

type L = 'de' | 'es' | 'fr';

const tidy = (s: string): string => s.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1').trim();
const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const safe = (t: string): boolean => !!t && t.split(/\s+/).length <= 10 && !/[?¿!]/.test(t);

/** "pour en faire des sous-titres", "para rehacer la tienda": a purpose (an infinitive), never part of the thing. */
const PURPOSE = /^(?:(?:en|y|se|me|nous)\s+)?(?!(?:septembre|octobre|novembre|décembre|lettre|chambre|centre|livre|ordre|offre|titre|membre|hiver|mujer|lugar|hogar|bar|mar)\b)\p{L}+(?:er|ir|re|ar)(?:lo|la|los|las|se)?(?:\s|$)/iu;

function slotsOf(f: TaskFrame): string {
  const kept: string[] = [];
  for (const s of f.slots) {
    if (!safe(s.text)) break;
    if (/^(?:pour|para|por)$/i.test(s.prep) && PURPOSE.test(s.text)) break;
    kept.push(`${s.prep} ${s.text}`);
  }
  return kept.join(' ');
}

/** "de" + the object, with the contractions each language requires. */
function deObject(lang: 'es' | 'fr', object: string): string {
  const o = object.trim();
  if (lang === 'es') {
    if (/^el\s/i.test(o)) return `del ${o.slice(3)}`;
    return `de ${o}`;
  }
  if (/^le\s/i.test(o)) return `du ${o.slice(3)}`;
  if (/^(?:au|aux|à)\s/i.test(o)) return o;
  if (/^les\s/i.test(o)) return `des ${o.slice(4)}`;
  if (/^(?:un|une)\s/i.test(o)) return `d'${o}`;
  if (/^[aeiouyéèêàâh]/i.test(o) && !/^(?:la|l')\s/i.test(o)) return `d'${o}`;
  return `de ${o}`;
}

/** "la actualización" → feminine; "el registro" → masculine. */
const feminine = (noun: string): boolean => /^la\s|^une?\s/i.test(noun) || /^l'(?:analyse|étude|embauche|organisation|annulation)/i.test(noun);

const TAILS: Record<L, Partial<Record<string, string>> & { default: string }> = {
  de: {
    enter: 'vollständig und fehlerfrei', update: 'vollständig, korrekt und ohne Dubletten', move: 'ohne dass etwas verloren geht',
    transcribe: 'fehlerfrei, gut lesbar und leicht zu durchsuchen', create: 'klar, korrekt und ohne Rückfragen verständlich',
    publish: 'im Ton und Look unserer Marke', hire: 'ausgewählt aus einer von dir geprüften engeren Wahl',
    book: 'schriftlich bestätigt und in meinem Kalender', default: 'schriftlich bestätigt, ohne offene Punkte für mich',
  },
  es: {
    enter: 'sin errores ni duplicados', update: 'con datos correctos y sin duplicados', move: 'sin que se pierda nada',
    transcribe: 'con una transcripción fiel, fácil de leer y de buscar', create: 'sin necesidad de más explicaciones',
    publish: 'con nuestro tono y nuestra imagen de marca', hire: 'a partir de una lista corta que revisaste',
    book: 'con confirmación por escrito y en mi calendario', default: 'con confirmación por escrito y nada pendiente para mí',
  },
  fr: {
    enter: 'sans erreur ni doublon', update: 'avec des données exactes et sans doublon', move: 'sans rien perdre en route',
    transcribe: 'avec une transcription fidèle, lisible et facile à consulter', create: "sans besoin d'explication supplémentaire",
    publish: 'dans le ton et le style de notre marque', hire: "à partir d'une liste courte que tu as vérifiée",
    book: 'avec une confirmation écrite et dans mon agenda', default: 'avec une confirmation écrite et rien à suivre pour moi',
  },
};

/** "Faire une veille sur les salons": the topic without the preposition the verb brought. */
const topicOf = (what: string): string => what.replace(/^(?:sur|sobre|über|zu)\s+/i, '');

const RESEARCH: Record<L, (what: string, when: string) => string> = {
  de: (what, when) => `Ergebnis: ${topicOf(what)} recherchiert und kurz zusammengefasst${when ? `, ${when}` : ''} – mit Quellen und einer Empfehlung, damit ich entscheiden kann.`,
  es: (what, when) => `Tengo un resumen breve y con fuentes sobre ${topicOf(what)}${when ? ` ${when}` : ''}, con una recomendación para poder decidir.`,
  fr: (what, when) => `J'ai une synthèse courte et sourcée sur ${topicOf(what)}${when ? ` ${when}` : ''}, avec une recommandation pour pouvoir décider.`,
};

const KNOW: Record<L, (q: string) => string> = {
  de: (q) => `Ergebnis: eine kurze, belegte Antwort auf die Frage „${q}“ – mit einer Empfehlung, damit ich entscheiden kann.`,
  es: (q) => `Sé ${q.charAt(0).toLowerCase()}${q.slice(1)}, con fuentes comprobables, para poder decidir.`,
  fr: (q) => `Je sais ${q.charAt(0).toLowerCase()}${q.slice(1)}, avec des sources vérifiables, pour pouvoir décider.`,
};

const NOUN: Record<L, Record<Category, (o: string, when: string) => string>> = {
  de: {
    'social-media': (o, w) => `Ergebnis: ${o} im Stil der Marke gepflegt${w ? `, ${w}` : ''} – aktuell und mit Bericht.`,
    'market-research': (o, w) => RESEARCH.de(o, w),
    'data-entry': (o, w) => `Ergebnis: ${o} vollständig, korrekt und aktuell${w ? `, ${w}` : ''}.`,
    transcription: (o, w) => `Ergebnis: ${o} fehlerfrei transkribiert${w ? `, ${w}` : ''} – leicht zu durchsuchen und zu zitieren.`,
    reports: (o, w) => `Ergebnis: ${o} fertig zum Teilen${w ? `, ${w}` : ''} – klar, korrekt und geprüft.`,
    hiring: (o, w) => `Ergebnis: ${o} besetzt${w ? `, ${w}` : ''} – mit einer Person, die selbstständig arbeitet.`,
    other: (o, w) => `Ergebnis: ${o} erledigt${w ? `, ${w}` : ''} – ohne offene Punkte für mich.`,
  },
  es: {
    'social-media': (o, w) => `Todo lo relativo a «${o}» está al día${w ? ` ${w}` : ''}, con nuestro tono y nuestra imagen de marca.`,
    'market-research': (o, w) => RESEARCH.es(o, w),
    'data-entry': (o, w) => `Todo lo relativo a «${o}» está al día${w ? ` ${w}` : ''}: completo, correcto y sin duplicados.`,
    transcription: (o, w) => `Todo lo relativo a «${o}» está terminado${w ? ` ${w}` : ''}: fiel, fácil de leer y de buscar.`,
    reports: (o, w) => `Todo lo relativo a «${o}» está listo para compartir${w ? ` ${w}` : ''}: claro, correcto y revisado.`,
    hiring: (o, w) => `La contratación para «${o}» está cerrada${w ? ` ${w}` : ''}, con alguien que trabaja con autonomía.`,
    other: (o, w) => `Todo lo relativo a «${o}» está resuelto${w ? ` ${w}` : ''}, sin nada pendiente para mí.`,
  },
  fr: {
    'social-media': (o, w) => `Tout ce qui concerne « ${o} » est à jour${w ? ` ${w}` : ''}, dans le ton et le style de notre marque.`,
    'market-research': (o, w) => RESEARCH.fr(o, w),
    'data-entry': (o, w) => `Tout ce qui concerne « ${o} » est à jour${w ? ` ${w}` : ''} : complet, exact et sans doublon.`,
    transcription: (o, w) => `Tout ce qui concerne « ${o} » est terminé${w ? ` ${w}` : ''} : fidèle, lisible et facile à consulter.`,
    reports: (o, w) => `Tout ce qui concerne « ${o} » est prêt à partager${w ? ` ${w}` : ''} : clair, exact et vérifié.`,
    hiring: (o, w) => `Le recrutement pour « ${o} » est bouclé${w ? ` ${w}` : ''}, avec une personne autonome.`,
    other: (o, w) => `Tout ce qui concerne « ${o} » est réglé${w ? ` ${w}` : ''}, sans rien à suivre pour moi.`,
  },
};

/** Small words a phrase may open with in the title ("Jeden Freitag", "Cada viernes"); inside a sentence they are lower case. */
const LEAD_WORD = /^(?:bis|am|ab|vor|zum|zur|auf|für|mit|nach|jeden|jede|jedes|alle|im|in|an|bei|über|spätestens|cada|hasta|antes|para|todos|todas|los|las|el|del|con|por|desde|sobre|en|chaque|avant|pour|tous|toutes|les|le|du|des|sur|dans|avec|par|jusqu['’]\p{L}+|d['’]ici)(?!\p{L})/iu;
const lowerLead = (phrase: string): string => phrase.replace(LEAD_WORD, (w) => w.toLowerCase());

/** "en Instagram", "sur Facebook", "auf LinkedIn": a place the owner named where the thing should be. */
const PLACE_FIRST = /^(?:en|sur|dans|auf|in|bei|an|a|à)\s+\S/iu;

/** Posts on a platform when the task names only where to post ("Publicar en Instagram cada viernes"). */
const POSTS_ON: Record<L, (where: string, when: string, tail: string) => string> = {
  de: (where, when, tail) => `Ergebnis: Beiträge ${where} veröffentlicht${when ? `, ${when}` : ''} – ${tail}.`,
  es: (where, when, tail) => `Las publicaciones ${where} están en línea${when ? ` ${when}` : ''}, ${tail}.`,
  fr: (where, when, tail) => `Les publications ${where} sont en ligne${when ? ` ${when}` : ''}, ${tail}.`,
};

export function outcomeIntl(f: TaskFrame, lang: L): Written | undefined {
  // A count per period ("2 publications par semaine") is the cadence section's, not a time for the sentence.
  // A date that belonged to a noun ("la formation du 12 mars") stays in the deadlines; it cannot follow the verb.
  const date = f.dates[0]?.text && !/^(?:du|de|del|des|vom|von)\s/i.test(f.dates[0].text) ? f.dates[0].text : undefined;
  const when = [f.cadence[0] && !/^\d/.test(f.cadence[0]) ? f.cadence[0] : undefined, date].filter((x): x is string => !!x).map(lowerLead).join(' ');
  if (f.toKnow) return { text: KNOW[lang](f.toKnow.replace(/[?¿]/g, '').trim()), specific: true };
  const o = f.object.trim();
  if (!o || !safe(o)) return undefined;
  const slots = slotsOf(f);
  const what = tidy(`${o} ${slots}`);
  const a = f.action;
  if (!a) return { text: tidy(NOUN[lang][f.category](what, when)), specific: false };
  const cls = a.cls;
  if (f.category === 'market-research' || cls === 'research' || cls === 'compare') return { text: tidy(RESEARCH[lang](what, when)), specific: true };
  // Only where, no what: posts there, when that is what the verb asks; otherwise the owner's words stand.
  if (PLACE_FIRST.test(what)) return cls === 'publish' ? { text: tidy(POSTS_ON[lang](lowerLead(what), when, TAILS[lang].publish!)), specific: true } : undefined;
  const tail = (f.category === 'reports' && cls === 'create' ? TAILS[lang].create : f.category === 'social-media' && ['update', 'generic', 'create'].includes(cls) ? TAILS[lang].publish : TAILS[lang][cls]) ?? TAILS[lang].default;
  if (lang === 'de') {
    return { text: tidy(`Ergebnis: ${what} ${a.form}${when ? `, ${when}` : ''} – ${tail}.`), specific: true };
  }
  const noun = a.form;
  const done = lang === 'es' ? (feminine(noun) ? 'terminada' : 'terminado') : feminine(noun) ? 'terminée' : 'terminé';
  const verb = lang === 'es' ? 'está' : 'est';
  // "la réponse à" + "aux emails": the article joins the preposition, said once.
  const head = /^(?:au|aux)\s/i.test(what) && noun.endsWith(' à') ? `${noun.slice(0, -2)} ${what}` : noun.endsWith(' avec') || noun.endsWith(' à') ? `${noun} ${what}` : `${noun} ${deObject(lang, what)}`;
  return { text: tidy(`${cap(head)} ${verb} ${done}${when ? ` ${when}` : ''}, ${tail}.`), specific: true };
}

export function fallbackIntl(f: TaskFrame, lang: L): string {
  const words = cap((f.topic ? `${f.topic} – ${f.request}` : f.request).replace(/\s*[?¿]+\s*/g, ' ').trim() || f.title);
  if (lang === 'de') return `Erledigt wie gewünscht: „${words}“.`;
  if (lang === 'es') return `Hecho tal como se pidió: «${words}».`;
  return `Fait comme demandé : « ${words} ».`;
}

export function measureIntl(f: TaskFrame, lang: L): Written | undefined {
  const q = f.quantities.find((x) => x.of);
  if (!q) return undefined;
  const n = q.text;
  if (lang === 'de') return { text: `${n} von ${n} ${q.of} erledigt; eine Stichprobe ist fehlerfrei.`, specific: true };
  if (lang === 'es') return { text: `${n} de ${n} ${q.of}, sin errores en una revisión por muestreo.`, specific: true };
  return { text: `${n} sur ${n} ${q.of}, sans erreur sur un contrôle par échantillon.`, specific: true };
}

export const PHRASES: Record<L, { tool: (t: string) => string; spend: (m: string) => string; due: (d: string) => string; urgent: string; oneOff: string }> = {
  de: { tool: (t) => `Zugang zu ${t}`, spend: (m) => `${cap(m)} ohne Rückfrage; darüber frag mich vorher`, due: (d) => `Fällig: ${d}`, urgent: 'Dringend: so bald wie möglich', oneOff: 'Einmalig' },
  es: { tool: (t) => `Acceso a ${t}`, spend: (m) => `${cap(m)} sin consultarme; por encima, pregúntame antes`, due: (d) => `Vence: ${d}`, urgent: 'Urgente: lo antes posible', oneOff: 'Una sola vez' },
  fr: { tool: (t) => `Accès à ${t}`, spend: (m) => `${cap(m)} sans me demander ; au-delà, demande-moi d'abord`, due: (d) => `Échéance : ${d}`, urgent: 'Urgent : dès que possible', oneOff: 'Une seule fois' },
};
