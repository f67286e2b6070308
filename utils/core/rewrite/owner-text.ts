// Where the owner's own description and checklist go in the brief. Nothing they wrote is dropped:
// plain lines explain why, bullet lines and checklist items describe done, and a numbered
// step-by-step list is kept as background under Sources (a brief states results, not steps).
import type { ChecklistItem } from '../model/task';
import { collapse, isPlaceholder } from './text';

export interface OwnerText {
  why: string[];
  done: string[];
  steps: string[];
}

const BULLET = /^\s*(?:[-*•·▪◦‣+]\s+|\[\s?[xX✓✔]?\s?\]\s*|[☐☑☒]\s*)/u;
const NUMBERED = /^\s*(?:step\s*)?\d{1,3}\s?[.):-]\s*/i;
/** Interface instructions are steps even without numbers ("Click Export", "Open the CRM"). */
const UI_STEP = /^(?:click|tap|open|go to|navigate|type|press|select|scroll|copy|paste|log in|login|enter the|hit)\b/i;

function looksLikeSteps(items: string[]): boolean {
  if (items.length < 2) return false;
  const numbered = items.filter((t) => NUMBERED.test(t)).length;
  const ui = items.filter((t) => UI_STEP.test(t.replace(NUMBERED, ''))).length;
  return numbered >= 2 || (items.length >= 3 && ui * 2 > items.length);
}

export function ownerText(description = '', checklist: ChecklistItem[] = []): OwnerText {
  const out: OwnerText = { why: [], done: [], steps: [] };
  const descLines = description.split(/\r?\n/).map(collapse).filter((l) => l && !isPlaceholder(l));
  const numberedDesc = descLines.filter((l) => NUMBERED.test(l));
  const descSteps = numberedDesc.length >= 2;
  for (const line of descLines) {
    if (descSteps && NUMBERED.test(line)) out.steps.push(line.replace(NUMBERED, ''));
    else if (BULLET.test(line)) out.done.push(line.replace(BULLET, ''));
    else out.why.push(line);
  }
  const items = checklist.map((c) => collapse(c.text ?? '')).filter((t) => t && !isPlaceholder(t));
  if (looksLikeSteps(items)) out.steps.push(...items.map((t) => t.replace(NUMBERED, '')));
  else out.done.push(...items.map((t) => t.replace(BULLET, '')));
  return out;
}
