// Follow-ups behind one store, on the drafts database. Every change runs one of the pure rules in
// utils/core/followups in a single transaction with the brief it touches, so a correction or a
// widened decision and the brief's new revision are written together or not at all.
import type { Brief } from '../../core/model/brief';
import type { Status } from '../../core/model/categories';
import { todayIn } from '../../core/followups/civil';
import { recordReport, startFollowUp, FollowUpRuleError, type ReportInput, type SentInput } from '../../core/followups/changes';
import { addPoint } from '../../core/followups/correction';
import { defaultFollowUpPrefs, followUpPrefsSchema, followUpSchema, type Correction, type FollowUp, type FollowUpPrefs, type Plan } from '../../core/followups/model';
import { planProblem } from '../../core/followups/schedule';
import { widenDecision } from '../../core/followups/trust';
import { notifyDraftsChanged } from './changes';
import type { DraftStore } from './drafts-service';
import { StorageError } from './errors';
import { clean, parseBrief, revisionRow } from './rows';
import type { Tx } from './tx';

export { FollowUpRuleError } from '../../core/followups/changes';

/** The id posted on the drafts channel when any follow-up changes. */
export const FOLLOWUPS_CHANGED = 'followups';
const PREFS_KEY = 'followups';

export interface FollowUpStoreOptions {
  clock?: () => number;
  newId?: () => string;
  /** The owner's time zone now; plans keep the zone they were made in. */
  timeZone?: () => string;
  /** Called after every committed change (the extension pages tell the background here). */
  onChange?: () => void;
}

const parseFollowUp = (raw: unknown): FollowUp | undefined => {
  const parsed = followUpSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
};

const notTracked = () => new FollowUpRuleError('This brief is not marked as sent, so it has no follow-ups. Mark it as sent first.');
const gone = () => new StorageError('unknown', 'This brief no longer exists. It may have been deleted for good in another window.');

export class FollowUpStore {
  private readonly clock: () => number;
  private readonly newId: () => string;
  readonly timeZone: () => string;

  constructor(
    private readonly drafts: DraftStore,
    private readonly options: FollowUpStoreOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.timeZone = options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  today(zone = this.timeZone()): string {
    return todayIn(this.clock(), zone);
  }

  /** Every valid follow-up; a damaged row is skipped (and counted) rather than breaking the view. */
  async list(): Promise<{ followUps: FollowUp[]; damaged: number }> {
    const rows: unknown[] = await this.run(['followups'], 'readonly', (tx) => tx.objectStore('followups').getAll());
    const followUps = rows.map(parseFollowUp).filter((f): f is FollowUp => f !== undefined);
    return { followUps, damaged: rows.length - followUps.length };
  }

  async get(briefId: string): Promise<FollowUp | undefined> {
    return this.run(['followups'], 'readonly', async (tx) => parseFollowUp(await tx.objectStore('followups').get(briefId)));
  }

  async getPrefs(): Promise<FollowUpPrefs> {
    const row = await this.run(['settings'], 'readonly', (tx) => tx.objectStore('settings').get(PREFS_KEY));
    const parsed = followUpPrefsSchema.safeParse({ ...defaultFollowUpPrefs(), ...(row?.value as object | undefined) });
    return parsed.success ? parsed.data : defaultFollowUpPrefs();
  }

  async savePrefs(change: Partial<FollowUpPrefs>): Promise<FollowUpPrefs> {
    const next = await this.run(['settings'], 'readwrite', async (tx) => {
      const settings = tx.objectStore('settings');
      const row = await settings.get(PREFS_KEY);
      const parsed = followUpPrefsSchema.safeParse({ ...defaultFollowUpPrefs(), ...(row?.value as object | undefined), ...change });
      if (!parsed.success) throw new Error('These reminder settings are not valid: quiet hours need a time such as 20:00.');
      await settings.put({ key: PREFS_KEY, value: parsed.data });
      return parsed.data;
    });
    this.changed([FOLLOWUPS_CHANGED]);
    return next;
  }

  /** "Not yet" to "was it sent?": that brief is not asked about again. */
  async decline(briefId: string): Promise<void> {
    const prefs = await this.getPrefs();
    if (prefs.declined.includes(briefId)) return;
    await this.savePrefs({ declined: [...prefs.declined, briefId].slice(-500) });
  }

  /** Records the brief as sent and marks its status Sent (a new revision). Refused when already tracked. */
  async markSent(briefId: string, input: SentInput): Promise<{ followUp: FollowUp; brief: Brief; previousStatus: Status }> {
    const now = this.clock();
    const result = await this.run(['drafts', 'revisions', 'followups'], 'readwrite', async (tx) => {
      const existing = parseFollowUp(await tx.objectStore('followups').get(briefId));
      if (existing) throw new FollowUpRuleError(`This brief is already marked as sent (on ${existing.sentOn}). Change its plan below instead.`);
      const zone = input.plan?.timeZone ?? this.timeZone();
      if (input.plan) {
        const problem = planProblem(input.plan, input.sentOn, this.today(zone));
        if (problem) throw new FollowUpRuleError(problem);
      }
      const followUp = startFollowUp(briefId, input, now, this.today(zone));
      const before = await this.brief(tx, briefId);
      const brief = before.status === 'draft' || before.status === 'ready' ? await this.revise(tx, before, { status: 'sent' }, now) : before;
      await tx.objectStore('followups').put(followUp);
      return { followUp, brief, previousStatus: before.status };
    });
    this.changed([briefId, FOLLOWUPS_CHANGED]);
    return result;
  }

  /** Undo of "marked as sent": the record goes, and the brief's status goes back (as a new revision). */
  async undoSent(briefId: string, previousStatus: Status): Promise<void> {
    const now = this.clock();
    await this.run(['drafts', 'revisions', 'followups'], 'readwrite', async (tx) => {
      await tx.objectStore('followups').delete(briefId);
      const brief = parseBrief(await tx.objectStore('drafts').get(briefId));
      if (brief && brief.status === 'sent' && previousStatus !== 'sent') await this.revise(tx, brief, { status: previousStatus }, now);
    });
    this.changed([briefId, FOLLOWUPS_CHANGED]);
  }

  async setPlan(briefId: string, plan: Plan, details: { sentOn?: string; to?: FollowUp['to'] } = {}): Promise<FollowUp> {
    return this.update(briefId, (f) => {
      const sentOn = details.sentOn ?? f.sentOn;
      const problem = planProblem(plan, sentOn, this.today(plan.timeZone));
      if (problem) throw new FollowUpRuleError(problem);
      return { ...f, plan, sentOn, to: details.to ?? f.to };
    });
  }

  async recordReport(briefId: string, input: ReportInput): Promise<FollowUp> {
    const now = this.clock();
    return this.update(briefId, (f) => recordReport(f, input, now, this.today(f.plan?.timeZone), this.newId()));
  }

  async removeReport(briefId: string, reportId: string): Promise<FollowUp> {
    return this.update(briefId, (f) => ({ ...f, reports: f.reports.filter((r) => r.id !== reportId) }));
  }

  /** Keeps a drafted correction in the brief's log. */
  async logCorrection(briefId: string, input: Omit<Correction, 'id' | 'at' | 'addedTo' | 'revision'>): Promise<Correction> {
    const correction: Correction = { ...input, id: this.newId(), at: this.clock() };
    await this.update(briefId, (f) => ({ ...f, corrections: [...f.corrections, correction] }));
    return correction;
  }

  /** Adds a correction's point to the brief's standards or "must never happen", as a new revision. */
  async addCorrectionPoint(briefId: string, correctionId: string, to: 'standards' | 'never', point: string): Promise<Brief> {
    const now = this.clock();
    const brief = await this.run(['drafts', 'revisions', 'followups'], 'readwrite', async (tx) => {
      const f = await this.followUp(tx, briefId);
      const c = f.corrections.find((x) => x.id === correctionId);
      if (!c) throw new FollowUpRuleError('That correction is no longer in this brief’s log.');
      if (c.addedTo) throw new FollowUpRuleError(`This point is already in the brief (version ${c.revision}).`);
      if (!point.trim()) throw new FollowUpRuleError('Write the point to add to the brief first.');
      const before = await this.brief(tx, briefId);
      const sections = addPoint(before.sections, to, point);
      const next = await this.revise(tx, before, { sections }, now);
      const corrections = f.corrections.map((x) => (x.id === correctionId ? { ...x, point: point.trim().slice(0, 1_000), addedTo: to, revision: next.revision } : x));
      await tx.objectStore('followups').put({ ...f, corrections, updatedAt: now });
      return next;
    });
    this.changed([briefId, FOLLOWUPS_CHANGED]);
    return brief;
  }

  /** Moves one "propose first" item to "decide alone": a new revision, logged as a widened decision. */
  async widen(briefId: string, item: string): Promise<Brief> {
    const now = this.clock();
    const brief = await this.run(['drafts', 'revisions', 'followups'], 'readwrite', async (tx) => {
      const f = await this.followUp(tx, briefId);
      const before = await this.brief(tx, briefId);
      const next = await this.revise(tx, before, { sections: widenDecision(before.sections, item) }, now);
      await tx.objectStore('followups').put({ ...f, widenings: [...f.widenings, { at: now, item, revision: next.revision }], updatedAt: now });
      return next;
    });
    this.changed([briefId, FOLLOWUPS_CHANGED]);
    return brief;
  }

  dismissTrust(briefId: string): Promise<FollowUp> {
    const now = this.clock();
    return this.update(briefId, (f) => ({ ...f, trustDismissedAt: now }));
  }

  stop(briefId: string): Promise<FollowUp> {
    const now = this.clock();
    return this.update(briefId, (f) => ({ ...f, stoppedAt: now }));
  }

  resume(briefId: string): Promise<FollowUp> {
    return this.update(briefId, (f) => clean({ ...f, stoppedAt: undefined }));
  }

  /** Remembers which due date a desktop reminder was shown for. Not an edit: `updatedAt` stays. */
  async markNotified(due: Map<string, string>): Promise<void> {
    if (!due.size) return;
    await this.run(['followups'], 'readwrite', async (tx) => {
      const store = tx.objectStore('followups');
      for (const [briefId, date] of due) {
        const f = parseFollowUp(await store.get(briefId));
        if (f) await store.put({ ...f, notifiedDue: date });
      }
    });
  }

  private async update(briefId: string, change: (f: FollowUp) => FollowUp): Promise<FollowUp> {
    const now = this.clock();
    const next = await this.run(['followups'], 'readwrite', async (tx) => {
      const f = await this.followUp(tx, briefId);
      const row = followUpSchema.parse({ ...change(f), updatedAt: Math.max(now, f.updatedAt) });
      await tx.objectStore('followups').put(row);
      return row;
    });
    this.changed([briefId, FOLLOWUPS_CHANGED]);
    return next;
  }

  private async followUp(tx: Tx, briefId: string): Promise<FollowUp> {
    const f = parseFollowUp(await tx.objectStore('followups').get(briefId));
    if (!f) throw notTracked();
    return f;
  }

  private async brief(tx: Tx, briefId: string): Promise<Brief> {
    const b = parseBrief(await tx.objectStore('drafts').get(briefId));
    if (!b) throw gone();
    return b;
  }

  /** A new revision of the brief, written with its history row, as a save would. */
  private async revise(tx: Tx<'readwrite'>, brief: Brief, change: Partial<Brief>, now: number): Promise<Brief> {
    const last = await tx.objectStore('revisions').openCursor(IDBKeyRange.bound([brief.id, -Infinity], [brief.id, Infinity]), 'prev');
    const next: Brief = clean({ ...brief, ...change, revision: Math.max(brief.revision, last?.value.revision ?? 0) + 1, updatedAt: Math.max(now, brief.updatedAt) });
    await tx.objectStore('drafts').put(next);
    await tx.objectStore('revisions').put(revisionRow(next, now));
    return next;
  }

  /**
   * One transaction on the drafts connection. A refusal thrown by a rule aborts it and reaches the
   * view as it is; the drafts store would otherwise turn it into a generic storage error.
   */
  private async run<T, M extends IDBTransactionMode>(stores: Parameters<DraftStore['runIn']>[0], mode: M, body: (tx: Tx<M>) => Promise<T>): Promise<T> {
    let refused: Error | undefined;
    try {
      return await this.drafts.runIn(stores, mode, (tx) =>
        body(tx).catch((e: unknown) => {
          if (e instanceof Error && !(e instanceof DOMException) && !(e instanceof StorageError)) refused = e;
          throw e;
        }),
      );
    } catch (e) {
      throw refused ?? e;
    }
  }

  private changed(ids: string[]): void {
    notifyDraftsChanged(ids);
    this.options.onChange?.();
  }
}
