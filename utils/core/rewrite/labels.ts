// A label that names a kind of work ("Market research", "Social") is the owner's own
// classification of the card, so it decides the category over anything we infer.
import type { Category } from '../model/categories';

const ALIASES: Record<string, Category> = {
  'market research': 'market-research',
  research: 'market-research',
  'data entry': 'data-entry',
  data: 'data-entry',
  database: 'data-entry',
  transcription: 'transcription',
  transcripts: 'transcription',
  reports: 'reports',
  report: 'reports',
  reporting: 'reports',
  presentations: 'reports',
  charts: 'reports',
  'social media': 'social-media',
  social: 'social-media',
  hiring: 'hiring',
  recruiting: 'hiring',
  freelancers: 'hiring',
};

const norm = (label: string) =>
  label
    .toLowerCase()
    .replace(/[-_/]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export function categoryFromLabels(labels: readonly string[] | undefined): Category | undefined {
  for (const label of labels ?? []) {
    const hit = ALIASES[norm(label)];
    if (hit) return hit;
  }
  return undefined;
}
