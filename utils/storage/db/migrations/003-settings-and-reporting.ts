import type { DraftRowV2 } from './002-sources-and-history';
import { isRecord, rewriteRows } from './cursor';

const LABELLED: Array<[RegExp, 'reportCadence' | 'reportChannel' | 'reportFormat']> = [
  [/^\s*(?:cadence|how often|frequency)\s*:\s*/i, 'reportCadence'],
  [/^\s*(?:channel|where|via)\s*:\s*/i, 'reportChannel'],
  [/^\s*format\s*:\s*/i, 'reportFormat'],
];

/**
 * Version 1 kept reporting as one text. Lines the owner labelled ("Channel: Slack")
 * go to their own field; everything else is what to report, so no text is lost.
 */
export function splitReporting(text: string): {
  reportWhat: string;
  reportCadence: string;
  reportChannel: string;
  reportFormat: string;
} {
  const out = { reportWhat: [] as string[], reportCadence: [] as string[], reportChannel: [] as string[], reportFormat: [] as string[] };
  for (const line of text.split(/\r?\n/)) {
    const hit = LABELLED.find(([re]) => re.test(line));
    if (hit) out[hit[1]].push(line.replace(hit[0], '').trim());
    else out.reportWhat.push(line);
  }
  return {
    reportWhat: out.reportWhat.join('\n').trim(),
    reportCadence: out.reportCadence.join('\n'),
    reportChannel: out.reportChannel.join('\n'),
    reportFormat: out.reportFormat.join('\n'),
  };
}

/** Version 3 row: the Brief row shape with `schema: 1`. Written as a literal on purpose. */
export function draftRowV2toV3(row: DraftRowV2): Record<string, unknown> {
  const { reporting, ...sections } = row.sections;
  return { ...row, schema: 1, sections: { ...sections, ...splitReporting(reporting ?? '') } };
}

const upgradeDraft = (row: unknown): unknown => {
  // Rows this step cannot understand stay as they are: the read path reports them as damaged,
  // which beats one bad row failing the whole upgrade and locking the person out of every draft.
  if (!isRecord(row) || !isRecord(row.sections) || 'schema' in row) return undefined;
  const reporting = row.sections.reporting;
  if (reporting !== undefined && typeof reporting !== 'string') return undefined;
  return draftRowV2toV3(row as unknown as DraftRowV2);
};

export async function addSettingsAndSplitReporting(db: IDBDatabase, tx: IDBTransaction): Promise<void> {
  db.createObjectStore('settings', { keyPath: 'key' });
  await rewriteRows(tx.objectStore('drafts'), upgradeDraft);
  await rewriteRows(tx.objectStore('revisions'), (row) => {
    if (!isRecord(row)) return undefined;
    const brief = upgradeDraft(row.brief);
    return brief === undefined ? undefined : { ...row, brief };
  });
}
