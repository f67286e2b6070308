import type { z } from 'zod';
import { SECTION_GROUPS, type SectionKey } from '../../core/model/sections';

// Turns zod issues about a draft into sentences a person can act on
// ("Draft 4 is missing its outcome section.") instead of "sections.outcome: invalid_type".

const SECTION_LABELS = new Map<string, string>(
  SECTION_GROUPS.flatMap((g) => g.fields.map((f) => [f.key as SectionKey, f.label.toLowerCase()] as const)),
);

const FIELD_NAMES: Record<string, string> = {
  schema: 'format number',
  id: 'id',
  sourceKey: 'source link',
  source: 'source task',
  title: 'title',
  category: 'category',
  triage: 'triage choice',
  status: 'status',
  sections: 'sections',
  assistant: 'assistant',
  createdAt: 'creation date',
  updatedAt: 'last-changed date',
  revision: 'revision number',
  deletedAt: 'trash date',
};

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
};

const kindOf = (v: unknown): string =>
  v === undefined ? 'nothing' : v === null ? 'empty (null)' : Array.isArray(v) ? 'a list' : KIND_NAMES[typeof v] ?? typeof v;

/** "outcome section", "title", "source task's checklist". */
export function fieldName(path: PropertyKey[]): string {
  const [head, second, ...rest] = path.map(String);
  if (head === undefined) return 'draft';
  if (head === 'sections' && second !== undefined) return `${SECTION_LABELS.get(second) ?? second} section`;
  const base = FIELD_NAMES[head] ?? head;
  if (second === undefined) return base;
  const tail = [second, ...rest].filter((p) => !/^\d+$/.test(p)).join(' ');
  return `${base}'s ${tail || 'items'}`;
}

const valueAt = (input: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );

/** One sentence about one issue; `subject` is "Draft 4" or "This draft". */
export function describeIssue(subject: string, issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path);
  const value = valueAt(input, issue.path);
  if (issue.path.length === 0 && issue.code === 'invalid_type') return `${subject} is not a draft (it is ${kindOf(value)}).`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${subject} is missing its ${field}.`;
      return `${subject}: the ${field} should be ${KIND_NAMES[issue.expected] ?? issue.expected}, not ${kindOf(value)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${subject}: the ${field} is too long (at most ${Number(issue.maximum).toLocaleString('en')} characters).`;
      if (issue.origin === 'array') return `${subject}: the ${field} has too many items (at most ${issue.maximum}).`;
      return `${subject}: the ${field} is too large.`;
    case 'too_small':
      if (issue.origin === 'string') return `${subject}: the ${field} is empty.`;
      return `${subject}: the ${field} cannot be negative.`;
    case 'invalid_value':
      if (issue.path[0] === 'schema') return `${subject} was saved in a draft format this version cannot read (format ${String(value)}). Update the extension and try again.`;
      return `${subject}: the ${field} "${String(value).slice(0, 60)}" is not one Outcome Briefs knows.`;
    default:
      return `${subject}: the ${field} is not valid.`;
  }
}

/** The first few issues, joined; a long list helps nobody. */
export function describeIssues(subject: string, error: z.ZodError, input: unknown, max = 3): string {
  const lines = error.issues.slice(0, max).map((i) => describeIssue(subject, i, input));
  const more = error.issues.length - max;
  return more > 0 ? `${lines.join(' ')} (and ${more} more problem${more === 1 ? '' : 's'})` : lines.join(' ');
}
