// Category slugs are part of the test contract (../shared/contract.md): only add, never rename.
export const CATEGORIES = [
  { slug: 'market-research', label: 'Market research' },
  { slug: 'data-entry', label: 'Data entry and database management' },
  { slug: 'transcription', label: 'Transcription' },
  { slug: 'reports', label: 'Presentations, reports and charts' },
  { slug: 'social-media', label: 'Social media' },
  { slug: 'hiring', label: 'Vetting, hiring and delegating to freelancers' },
  { slug: 'other', label: 'Other work' },
] as const;

export type Category = (typeof CATEGORIES)[number]['slug'];

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [Category, ...Category[]];

export const categoryLabel = (slug: string): string =>
  CATEGORIES.find((c) => c.slug === slug)?.label ?? 'Other work';

export const TRIAGE = ['eliminate', 'delegate', 'keep'] as const;
export type Triage = (typeof TRIAGE)[number];
/** How each triage reads in every view. */
export const TRIAGE_LABELS: Record<Triage, string> = { eliminate: 'Eliminate', delegate: 'Delegate', keep: 'Keep' };

export const STATUSES = ['draft', 'ready', 'sent', 'active', 'done'] as const;
export type Status = (typeof STATUSES)[number];
