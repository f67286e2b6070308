// The words for the brief's fixed vocabulary (categories, triage, statuses, section names and hints)
// in the UI language. utils/core keeps the English originals for the brief writer and renderers,
// which write in the task's language; views show these.
import type { Category, Status, Triage } from '../utils/core/model/categories';
import type { SectionKey } from '../utils/core/model/sections';
import { t } from '../utils/platform/i18n';

const CATEGORY: Record<Category, string> = {
  'market-research': t('category.marketResearch'),
  'data-entry': t('category.dataEntry'),
  transcription: t('category.transcription'),
  reports: t('category.reports'),
  'social-media': t('category.socialMedia'),
  hiring: t('category.hiring'),
  other: t('category.other'),
};

const TRIAGE: Record<Triage, string> = { eliminate: t('triage.eliminate'), delegate: t('triage.delegate'), keep: t('triage.keep') };

const STATUS: Record<Status, string> = {
  draft: t('status.draft'),
  ready: t('status.ready'),
  sent: t('status.sent'),
  active: t('status.active'),
  done: t('status.done'),
};

const GROUP: Record<string, string> = {
  outcome: t('group.outcome'),
  why: t('group.why'),
  done: t('group.done'),
  expectations: t('group.expectations'),
  tools: t('group.tools'),
  sources: t('group.sources'),
  decisions: t('group.decisions'),
  escalation: t('group.escalation'),
  reporting: t('group.reporting'),
  checkins: t('group.checkins'),
};

const SECTION: Record<SectionKey, [label: string, hint: string]> = {
  outcome: [t('section.outcome'), t('hint.outcome')],
  measure: [t('section.measure'), t('hint.measure')],
  why: [t('section.why'), t('hint.why')],
  doneLooksLike: [t('section.doneLooksLike'), t('hint.doneLooksLike')],
  cadence: [t('section.cadence'), t('hint.cadence')],
  deadlines: [t('section.deadlines'), t('hint.deadlines')],
  standards: [t('section.standards'), t('hint.standards')],
  never: [t('section.never'), t('hint.never')],
  tools: [t('section.tools'), t('hint.tools')],
  sources: [t('section.sources'), t('hint.sources')],
  decideAlone: [t('section.decideAlone'), t('hint.decideAlone')],
  informAfter: [t('section.informAfter'), t('hint.informAfter')],
  proposeFirst: [t('section.proposeFirst'), t('hint.proposeFirst')],
  spendingLimit: [t('section.spendingLimit'), t('hint.spendingLimit')],
  escalation: [t('section.escalation'), t('hint.escalation')],
  reportWhat: [t('section.reportWhat'), t('hint.reportWhat')],
  reportCadence: [t('section.reportCadence'), t('hint.reportCadence')],
  reportChannel: [t('section.reportChannel'), t('hint.reportChannel')],
  reportFormat: [t('section.reportFormat'), t('hint.reportFormat')],
  checkIns: [t('section.checkIns'), t('hint.checkIns')],
};

export const categoryName = (slug: string): string => CATEGORY[slug as Category] ?? CATEGORY.other;
export const triageLabel = (triage: Triage): string => TRIAGE[triage];
export const statusLabel = (status: Status): string => STATUS[status];
export const groupHeading = (id: string): string => GROUP[id] ?? id;
export const sectionLabel = (key: SectionKey): string => SECTION[key][0];
export const sectionHint = (key: SectionKey): string => SECTION[key][1];
