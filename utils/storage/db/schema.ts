import type { DBSchema } from 'idb';
import type { Brief } from '../../core/model/brief';
import type { Presets } from '../../core/model/presets';
import type { FollowUp, FollowUpPrefs } from '../../core/followups/model';

export const DB_NAME = 'outcome-briefs';
/** Bump together with a new file in ./migrations. */
export const DB_VERSION = 4;

/** One saved state of a draft; the history a person can go back to. */
export interface RevisionRow {
  briefId: string;
  revision: number;
  savedAt: number;
  brief: Brief;
}

export type SettingsRow = { key: 'presets'; value: Presets } | { key: 'followups'; value: FollowUpPrefs };

// Rows are typed as what the current code writes; reads still validate with zod,
// because old or damaged rows can hold anything.
export interface BriefsDB extends DBSchema {
  drafts: {
    key: string;
    value: Brief;
    indexes: { updatedAt: number; status: string; sourceKey: string };
  };
  revisions: {
    key: [string, number];
    value: RevisionRow;
    indexes: { briefId: string };
  };
  settings: {
    key: string;
    value: SettingsRow;
  };
  /** One row per sent brief: its report plan, reports, corrections and widened decisions. */
  followups: {
    key: string;
    value: FollowUp;
  };
}
