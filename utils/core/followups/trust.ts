// More room for an assistant whose own solutions work: after a run of reports that were on track
// (or good initiatives), suggest letting them decide one named "propose first" item alone.
import { sectionItems, type Sections } from '../model/sections';
import type { FollowUp } from './model';

/** Good reports in a row since the last correction, widening or "not now". */
export function goodRun(f: Pick<FollowUp, 'reports' | 'corrections' | 'widenings' | 'trustDismissedAt'>): number {
  const since = Math.max(
    f.trustDismissedAt ?? -1,
    ...f.corrections.map((c) => c.at),
    ...f.widenings.map((w) => w.at),
  );
  const reports = f.reports
    .filter((r) => r.at > since)
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.at - a.at);
  let run = 0;
  for (const r of reports) {
    if (r.how === 'correction') break;
    run++;
  }
  return run;
}

// Money, commitments and reputation stay with the owner longest.
const RISKY = /\b(?:paid|pay|payment|spend|spending|budget|money|cost|price|invoice|contract|commit\w*|hire|hiring|rate|legal|crisis|complaint|sensitive|delete|final|sign)\b|[$€£]/i;

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);

/** The "propose first" items in the order worth offering: related to initiatives that worked, low risk first. */
export function rankItems(proposeFirst: string, initiatives: string[]): string[] {
  const seen = words(initiatives.join(' '));
  const items = sectionItems(proposeFirst);
  const score = (item: string) => {
    let overlap = 0;
    for (const w of words(item)) if (seen.has(w)) overlap++;
    return (RISKY.test(item) ? 100 : 0) - overlap;
  };
  return items.map((item, i) => ({ item, i, s: score(item) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.item);
}

export interface TrustSuggestion {
  run: number;
  item: string;
  choices: string[];
}

export function trustSuggestion(f: FollowUp, sections: Pick<Sections, 'proposeFirst'>, runLength: number): TrustSuggestion | undefined {
  const run = goodRun(f);
  if (run < runLength) return undefined;
  const initiatives = f.reports.filter((r) => r.how === 'initiative').map((r) => r.note);
  const choices = rankItems(sections.proposeFirst, initiatives);
  if (!choices.length) return undefined;
  return { run, item: choices[0]!, choices };
}

/** Moves one item from "propose first" to "decide alone". */
export function widenDecision(sections: Sections, item: string): Sections {
  const lines = sections.proposeFirst.split(/\r?\n/);
  const at = lines.findIndex((l) => sectionItems(l)[0] === item);
  if (at < 0) throw new Error(`“${item}” is no longer in the brief's “propose first” list.`);
  lines.splice(at, 1);
  const alone = sections.decideAlone.replace(/\s+$/, '');
  return { ...sections, proposeFirst: lines.join('\n').replace(/^\n+|\n+$/g, ''), decideAlone: alone ? `${alone}\n${item}` : item };
}
