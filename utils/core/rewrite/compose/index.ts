// Compose: every section of the brief from the frame, the category and the owner's presets, each
// marked by where it came from. Task-specific lines (the title, the description, the page) and the
// owner's presets come first and, when present, stand alone; a category's generic lines fill a
// section only when nothing specific is known, and are marked as suggestions to check.
import type { Presets, Tool } from '../../model/presets';
import { SECTION_KEYS, emptySections, type SectionKey, type Sections } from '../../model/sections';
import type { TaskFrame } from '../frame';
import { clampSection, collapse, joinLines } from '../text';
import { verify, type Failure } from '../verify';
import { CATEGORY_DEFAULTS, CLASS_DEFAULTS, type Defaults } from './defaults-en';
import { DEFAULTS_DE, DEFAULTS_ES, DEFAULTS_FR } from './defaults-intl';
import { doneEn, fallbackEn, measureEn, outcomeEn, plainEn, type Written } from './en';
import { PHRASES, fallbackIntl, measureIntl, outcomeIntl } from './intl';

export const STEPS_HEADING = 'How it has been done so far (background, not a script: use your judgement):';

/** "Canva — editor seat (https://canva.com)", leaving out whatever the owner left blank. */
export function toolLine(tool: Tool): string {
  const name = collapse(tool.name ?? '');
  if (!name) return '';
  const access = collapse(tool.access ?? '');
  const link = collapse(tool.link ?? '');
  return `${name}${access ? ` — ${access}` : ''}${link ? ` (${link})` : ''}`;
}

/**
 * specific: a result written for this task; generic: the category's state for a short title;
 * plain: the object and its participle only, or the question in quotes, when the full sentence
 * could not be written with confidence; fallback: the owner's words in quotes; owner-words: other
 * languages, kept as written; none: not read as a task.
 */
export type OutcomeKind = 'specific' | 'generic' | 'plain' | 'fallback' | 'owner-words' | 'none';

export interface Composed {
  sections: Sections;
  /** Sections holding generic category lines (or a guessed outcome) the owner has not confirmed. */
  suggested: SectionKey[];
  outcomeKind: OutcomeKind;
  /** What the first attempt at the outcome failed, when the fallback was used. */
  rejected: Failure[];
  /** The outcome exactly as it passed verify, so the final check need not run its outcome checks again. */
  verifiedOutcome?: string;
}

/** Numbers the English templates may add themselves. */
export const TEMPLATE_NUMBERS = ['10', '20', '3', '2', '5'];

function defaultsFor(f: TaskFrame): Defaults {
  if (f.language === 'de') return DEFAULTS_DE[f.category];
  if (f.language === 'es') return DEFAULTS_ES[f.category];
  if (f.language === 'fr') return DEFAULTS_FR[f.category];
  if (f.language === 'other') return {};
  const base = CATEGORY_DEFAULTS[f.category];
  const byClass = f.action ? CLASS_DEFAULTS[f.category]?.[f.action.cls] : undefined;
  return { ...base, ...byClass };
}

const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

function writeOutcome(f: TaskFrame): { text: string; kind: OutcomeKind; rejected: Failure[]; verified?: boolean } {
  if (f.language === 'other') {
    // The owner's words as they are; only the question mark goes, since the outcome is not a question.
    const words = (f.asWritten || f.request || f.title).replace(/^[¿¡]\s*/, '').replace(/\s*[?？]+\s*$/, '');
    return { text: words, kind: words ? 'owner-words' : 'none', rejected: [] };
  }
  if (f.understood === 'none') return { text: '', kind: 'none', rejected: [] };
  // "FYI: office closed on Monday" tells, it asks nothing: the owner's words stand.
  if (f.fyi && !f.action && f.language === 'en') return { text: fallbackEn(f), kind: 'fallback', rejected: [] };
  const lang = f.language;
  let w: Written | undefined;
  try {
    w = lang === 'en' ? outcomeEn(f) : outcomeIntl(f, lang);
  } catch {
    w = undefined;
  }
  const fallback = lang === 'en' ? fallbackEn(f) : fallbackIntl(f, lang);
  const check = (text: string): Failure[] => verify(f, { outcome: text }, { generated: ['outcome'], allowedNumbers: TEMPLATE_NUMBERS });
  const failed = w ? check(w.text) : [];
  if (w && !failed.length) return { text: w.text, kind: w.specific ? 'specific' : 'generic', rejected: [], verified: true };
  // Less said, said right: the object and its participle, or the question in quotes.
  const plain = lang === 'en' ? plainEn(f) : undefined;
  if (plain && !check(plain.text).length) return { text: plain.text, kind: 'plain', rejected: failed, verified: true };
  return { text: fallback, kind: 'fallback', rejected: failed };
}

export function compose(f: TaskFrame, presets?: Presets, fullTitle?: string): Composed {
  const d = defaultsFor(f);
  const s = emptySections();
  const suggested = new Set<SectionKey>();
  const lang = f.language;
  const intl = lang === 'de' || lang === 'es' || lang === 'fr' ? PHRASES[lang] : undefined;

  /** Task lines first, then the category's suggestions (tools, sources: more help than harm). */
  const extend = (key: SectionKey, specific: (string | undefined)[], owner: (string | undefined)[], generic?: string): void => {
    const mine = joinLines(owner.filter((x): x is string => !!x && !!x.trim()));
    if (mine) {
      s[key] = joinLines(specific.filter((x): x is string => !!x), mine);
      return;
    }
    const task = joinLines(specific.filter((x): x is string => !!x && !!x.trim()));
    if (generic && f.understood !== 'none') {
      s[key] = joinLines(task, generic);
      suggested.add(key);
    } else s[key] = task;
  };
  /** Specific lines stand alone; otherwise the category's lines, marked as a suggestion. */
  // How to escalate, report and take corrections fits any task, understood or not.
  const anyTask = new Set<SectionKey>(['escalation', 'reportFormat', 'checkIns', 'informAfter']);
  const fill = (key: SectionKey, specific: (string | undefined)[], generic?: string): void => {
    const mine = joinLines(specific.filter((x): x is string => !!x && !!x.trim()));
    if (mine) s[key] = mine;
    else if (generic && (f.understood !== 'none' || anyTask.has(key))) {
      s[key] = generic;
      suggested.add(key);
    }
  };

  const outcome = writeOutcome(f);
  s.outcome = outcome.text;
  if (outcome.kind !== 'specific' && outcome.text) suggested.add('outcome');

  let measure: Written | undefined;
  if (lang === 'en') measure = measureEn(f);
  else if (intl) measure = measureIntl(f, lang as 'de' | 'es' | 'fr');
  if (measure && verify(f, { measure: measure.text }, { generated: ['measure'], allowedNumbers: TEMPLATE_NUMBERS }).length) measure = undefined;
  fill('measure', [measure?.text], d.measure);

  const purpose = f.purpose && f.purpose.split(/\s+/).length <= 20 ? cap(f.purpose.replace(/^(?:so that|so|in order to|to make sure|to ensure|because|as|since)\s+/i, (m) => m)) : undefined;
  fill('why', [fullTitle, purpose, ...f.owner.why], d.why);
  const sizes = lang !== 'en' ? f.quantities.map((q) => q.as ?? `${q.text} ${q.of}`) : [];
  fill('doneLooksLike', [...f.owner.done, ...sizes, ...(lang === 'en' && f.understood !== 'none' ? doneEn(f) : [])], d.doneLooksLike);

  // "a week" alone is a rate of something: "2 LinkedIn updates a week".
  const q = f.quantities[0];
  const rate = f.cadence.length === 1 && /^(?:a|an|per)\s/i.test(f.cadence[0]!) && q ? `${q.text} ${q.of} ${f.cadence[0]}` : '';
  const cadence = rate || (f.cadence.length ? cap(f.cadence.join(', ')) : '');
  const oneOff = f.category === 'other' && f.understood !== 'none' && !f.cadence.length ? (intl ? intl.oneOff : lang === 'en' ? 'One-off' : undefined) : undefined;
  fill('cadence', [cadence], oneOff);

  const deadlines = [
    ...f.dates.map((x) => (/^asap$/i.test(x.text) ? (lang === 'en' ? 'As soon as possible (ASAP)' : x.text) : cap(x.text))),
    ...f.owner.deadlines,
    f.urgent && !f.dates.some((x) => /^asap$/i.test(x.text)) ? (intl ? intl.urgent : lang === 'en' ? 'Urgent: as soon as possible (ASAP)' : undefined) : undefined,
    f.due ? (intl ? intl.due(f.due) : lang === 'en' ? `Due ${f.due}` : f.due) : undefined,
  ];
  fill('deadlines', deadlines);

  fill('standards', [...f.owner.standards, presets?.standards], d.standards);
  fill('never', f.owner.never, d.never);
  const toolWord = (t: string): string => (intl ? intl.tool(t) : lang === 'en' ? `Access to ${t}` : t);
  // The owner's own lines (description, presets) stand alone; a tool named in the title joins the category's suggestions.
  extend('tools', [...f.tools, ...f.platforms.filter((p) => !f.tools.includes(p))].map(toolWord), [...f.owner.tools, ...(presets?.tools ?? []).map(toolLine)], d.tools);
  extend('sources', f.sources, [...f.owner.sources, ...(f.owner.steps.length ? [STEPS_HEADING, ...f.owner.steps] : []), presets?.sources], d.sources);
  fill('decideAlone', [presets?.decideAlone], d.decideAlone);
  fill('informAfter', [], d.informAfter);
  fill('proposeFirst', [presets?.proposeFirst], d.proposeFirst);

  // Every amount the title states; the first one sets the limit.
  const money = f.money[0];
  const amounts = f.money.map((m) => m.text).join(', ');
  const spend = money
    ? lang === 'en'
      ? money.limit
        ? `${cap(amounts)} without asking; anything above that, ask me first`
        : `${amounts}, as the task says; anything above that, ask me first`
      : intl
        ? intl.spend(amounts)
        : amounts
    : undefined;
  fill('spendingLimit', [spend, ...f.owner.spending, presets?.spendingLimit ? collapse(presets.spendingLimit) : undefined].slice(0, 3), d.spendingLimit);

  fill('escalation', [], d.escalation);
  fill('reportWhat', [], d.reportWhat);
  fill('reportCadence', [presets?.reportCadence ? collapse(presets.reportCadence) : undefined], d.reportCadence);
  fill('reportChannel', [presets?.reportChannel ? collapse(presets.reportChannel) : undefined], d.reportChannel);
  fill('reportFormat', [presets?.reportFormat?.trim()], d.reportFormat);
  fill('checkIns', [], d.checkIns);
  for (const k of SECTION_KEYS) s[k] = clampSection(s[k]);
  return {
    sections: s, suggested: SECTION_KEYS.filter((k) => suggested.has(k)), outcomeKind: outcome.kind, rejected: outcome.rejected,
    ...(outcome.verified ? { verifiedOutcome: outcome.text } : {}),
  };
}
