// Where the owner's own description lines and checklist items go in the brief. Nothing they wrote
// is dropped: a budget goes to the spending limit, a date to deadlines, a file, folder or link to
// sources, a login or app to tools, a tone or template to standards, a "never" to what must never
// happen, a how-instruction to the choices offered back, bullets and checklist items to "done
// looks like", numbered steps to background, and the rest explains why it matters.
import type { ChecklistItem } from '../../model/task';
import type { TaskFrame } from '../frame';
import { isPlaceholder } from '../text';
import { COUNT_RATE, extract } from './extract';
import { findInstructions, type Instruction } from './instructions';
import type { Lang } from './language';
import { PLATFORMS, TOOLS, namesIn } from './lexicon';

/** The owner's lines by section (the frame's `owner`), plus what the lines say for the frame itself. */
export interface OwnerLines extends Sorted {
  instructions: Instruction[];
  /** Amounts, dates, sources and tools found in the lines, for the frame. */
  found: { money: string[]; dates: string[]; sources: string[]; tools: string[]; quantities: string[]; cadence: string[] };
}

type Sorted = TaskFrame['owner'];

const BULLET = /^\s*(?:[-*•·▪◦‣+]\s+|\[\s?[xX✓✔]?\s?\]\s*|[☐☑☒]\s*)/u;
const NUMBERED = /^\s*(?:step\s*)?\d{1,3}\s?[.):-]\s*/i;
const UI_STEP = /^(?:click|tap|open|go to|navigate|type|press|select|scroll|copy|paste|log in|login|enter the|hit)\b/i;

const LABELS: [RegExp, keyof Sorted][] = [
  [/^(?:budget|spend|spending|cost|max(?:imum)? spend|presupuesto|budget max|kosten|gasto)\s*:/i, 'spending'],
  [/^(?:deadline|due|due date|by when|date|when|frist|termin|fecha(?: límite)?|plazo|échéance|date limite)\s*:/i, 'deadlines'],
  [/^(?:sources?|files?|folder|data|material|links?|quellen?|fuentes?|archivos?|dossier|fichiers?)\s*:/i, 'sources'],
  [/^(?:tools?|access|login|logins|accounts?|software|apps?|zugang|werkzeuge|herramientas|acceso|outils|accès)\s*:/i, 'tools'],
  [/^(?:tone|style|brand|voice|format|standards?|template|ton|stil|estilo|tono|marque)\s*:/i, 'standards'],
  [/^(?:never|don['’]?t|do not|avoid|nie|niemals|nunca|jamais|ne jamais)\b\s*:?/i, 'never'],
  [/^(?:why|because|context|background|goal|purpose|warum|weil|por qué|porque|pourquoi|parce que|objectif|ziel|objetivo)\s*:?/i, 'why'],
  [/^(?:done|done when|acceptance|result|deliverable|output|fertig wenn|ergebnis|resultado|résultat|livrable)\s*:/i, 'done'],
];

const BUDGET = /\b(?:budget|spend|spending|pay|paying|cost|costs|max|maximum|up to|afford|allow|allowance|per hour|an hour|a month|rate|fee|fees|wage|salary|presupuesto|kosten|prix max|stundenlohn|sueldo|salaire)\b|\/(?:hr|hour|h|day|month|week|mo)\b/i;
/** "Rightmove + Zoopla + the agents on the high street": where the material comes from. */
const NAMED_SOURCES = /^\p{Lu}[\p{L}\d.]+(?:\s*(?:\+|,|&|and)\s*\p{Lu}[\p{L}\d.]+)+/u;
/** "Use the Q2 board pack for the numbers", "Figures are in the finance sheet": where material comes from. */
const SOURCE_LEAD =
  /^(?:use|using|based on|take|pull|grab|see|work from|start from|copy)\b.{0,60}\b(?:pack|deck|report|sheet|doc|document|folder|file|data|numbers|figures|notes|template|recording|photos|footage|export)\b|^(?:the\s+)?(?:numbers|figures|data|notes|photos|recordings?|files)\s+(?:are|is)\s+(?:in|on)\b/i;
const ACCESS = /\b(?:login|log-in|password|access|account|seat|licen[cs]e|subscription|credentials|vault|1password|lastpass|zugang|passwort|acceso|contraseña|accès|mot de passe)\b/i;
const STANDARD = /\b(?:tone|brand|voice|style guide|template|british spelling|american spelling|formal|friendly|on-brand|font|colou?rs?|logo|keep it|always)\b/i;
const SOURCE_WORD = /\b(?:folder|drive|dropbox|shared drive|spreadsheet|sheet|doc|attached|attachment|photos are|files are|are in the|is in the|in the inbox|archive|group|channel|whatsapp|slack|email thread)\b/i;
const DATE_LEAD = /^(?:by|before|due|needed by|deadline|until|no later than|bis|vor|hasta|antes|para el|avant|d'ici|pour le)\b/i;

/** Lines are read up to this length for dates, amounts and instructions; the whole line is kept. */
const READ_MAX = 300;
/** Only the first lines are read closely: a description is a few lines, and this bounds the work. */
const LINES_READ = 60;

function classify(line: string, out: OwnerLines, found: ReturnType<typeof extract>): void {
  const bare = line.replace(BULLET, '').trim();
  // Tests read the start of the line; the whole line is what is kept.
  const probe = bare.slice(0, READ_MAX);
  for (const [re, key] of LABELS) {
    if (re.test(probe)) {
      const text = key === 'never' || key === 'why' ? bare : bare.replace(/^[^:]*:\s*/, '') || bare;
      (out[key] as string[]).push(text);
      return;
    }
  }
  const words = probe.split(/\s+/).length;
  if (found.money.length && (found.money.some((m) => m.limit) || BUDGET.test(probe))) {
    out.spending.push(bare);
    // "Presupuesto 1.500 €, para antes de septiembre": the date in a budget line is a deadline too.
    for (const d of found.dates) out.deadlines.push(d.text.charAt(0).toUpperCase() + d.text.slice(1));
    return;
  }
  if (NAMED_SOURCES.test(probe)) {
    out.sources.push(bare);
    return;
  }
  if (found.sources.length || (SOURCE_WORD.test(probe) && words <= 16)) {
    out.sources.push(bare);
    return;
  }
  if ((namesIn(probe, TOOLS).length || namesIn(probe, PLATFORMS).length) && ACCESS.test(probe)) {
    out.tools.push(bare);
    return;
  }
  if (/\b(?:are|is)\s+(?:in|on)\s+(?:the|our|my)\b/i.test(probe) && SOURCE_WORD.test(probe)) {
    out.sources.push(bare);
    return;
  }
  // A line that names a date is about timing, whatever else it says ("Meeting is on the 12th, so I need it by the 10th").
  if (found.dates.length && (DATE_LEAD.test(probe) || words <= 20)) {
    out.deadlines.push(bare);
    return;
  }
  if (/^(?:never|don['’]?t|do not|avoid|no\s+\w+ing)\b/i.test(probe)) {
    out.never.push(bare);
    return;
  }
  if (STANDARD.test(probe) && words <= 20) {
    out.standards.push(bare);
    return;
  }
  if (SOURCE_LEAD.test(probe)) {
    out.sources.push(bare);
    return;
  }
  if (BULLET.test(line)) {
    out.done.push(bare);
    return;
  }
  out.why.push(bare);
}

function looksLikeSteps(items: string[]): boolean {
  if (items.length < 2) return false;
  const numbered = items.filter((t) => NUMBERED.test(t)).length;
  const ui = items.filter((t) => UI_STEP.test(t.replace(NUMBERED, ''))).length;
  return numbered >= 2 || (items.length >= 3 && ui * 2 > items.length);
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function ownerLines(description = '', checklist: ChecklistItem[] = [], lang: Lang = 'en', piece?: string): OwnerLines {
  const out: OwnerLines = {
    why: [], done: [], steps: [], deadlines: [], spending: [], sources: [], tools: [], standards: [], never: [], instructions: [],
    found: { money: [], dates: [], sources: [], tools: [], quantities: [], cadence: [] },
  };
  // A bare heading ("Please:", "Notes:") introduces the lines after it and says nothing itself.
  const lines: string[] = description.slice(0, 20_000).split(/\r?\n/).map(collapse).filter((l) => l && !isPlaceholder(l) && !/^[\p{L} ]{1,20}:$/u.test(l)).slice(0, 200);
  const numbered = lines.filter((l) => NUMBERED.test(l));
  const steps = numbered.length >= 2;
  // A line of several sentences ("Need someone for 4 videos/month. Budget under €1,200.") is read sentence by sentence.
  const sentences = lines.flatMap((l) => (NUMBERED.test(l) || l.length > READ_MAX ? [l] : l.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u)));
  lines.length = 0;
  lines.push(...sentences);
  lines.forEach((line, index) => {
    const rate = COUNT_RATE.exec(line.slice(0, READ_MAX));
    if (rate) out.found.cadence.push(rate[0]);
    if (steps && NUMBERED.test(line)) {
      const step = line.replace(NUMBERED, '');
      out.steps.push(step);
      // A step can hide an approval or a cc: those are offered back like any other instruction.
      out.instructions.push(...findInstructions(step.slice(0, READ_MAX), piece).filter((i) => i.kind !== 'steps'));
      for (const d of extract(step.slice(0, READ_MAX), lang).dates) out.deadlines.push(d.text.charAt(0).toUpperCase() + d.text.slice(1));
      out.found.tools.push(...namesIn(step.slice(0, READ_MAX), TOOLS));
      return;
    }
    if (index >= LINES_READ) {
      out.why.push(line);
      return;
    }
    const head = line.slice(0, READ_MAX);
    const found = extract(head.replace(BULLET, ''), lang);
    out.found.money.push(...found.money.map((m) => m.text));
    out.found.dates.push(...found.dates.map((d) => d.text));
    out.found.sources.push(...found.sources);
    out.found.quantities.push(...found.quantities.map((q) => q.text));
    // A cadence stated in the description ("Mon/Wed/Fri", "twice a week") is the brief's cadence when the title has none.
    if (!rate) out.found.cadence.push(...found.cadence.filter((c) => !/^(?:a|an|per)\s/i.test(c)));
    out.found.tools.push(...namesIn(head, TOOLS));
    const said = findInstructions(head, piece);
    // A line that is only an instruction ("Run every post past me") goes to the choices; a line
    // that merely mentions one ("… and cc me on everything") is kept too, so nothing is lost.
    if (said.length && said[0]!.text.length >= line.replace(BULLET, '').length * 0.6) {
      out.instructions.push(...said);
      return;
    }
    out.instructions.push(...said);
    classify(line, out, found);
  });
  const items = checklist.map((c) => collapse(c.text ?? '')).filter((t) => t && !isPlaceholder(t)).slice(0, 200);
  if (looksLikeSteps(items)) out.steps.push(...items.map((t) => t.replace(NUMBERED, '')));
  else out.done.push(...items.map((t) => t.replace(BULLET, '')));
  // Step-by-step orders are the seed's micro-management: offered back as one choice, with every step kept.
  if (out.steps.length >= 2) {
    const list = out.steps.join('; ');
    out.instructions.push({
      text: list.length > 300 ? `${list.slice(0, 297)}…` : list,
      kind: 'steps',
      standard: `How it has been done so far, as background rather than a script: ${list}`,
      proposeFirst: 'Changing the way it has been done so far',
    });
  }
  for (const item of items.slice(0, LINES_READ)) out.found.tools.push(...namesIn(item.slice(0, READ_MAX), TOOLS));
  return out;
}
