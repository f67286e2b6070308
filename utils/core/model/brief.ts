import { z } from './zod';
import { CATEGORY_SLUGS, STATUSES, TRIAGE } from './categories';
import { SECTION_KEYS, type Sections } from './sections';
import { TASK_LIMITS as L, TASK_SOURCES, type Task } from './task';

/** Version of the Brief row shape; bump it with a migration in utils/db/migrations. */
export const BRIEF_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().max(max);

export const checklistItemSchema = z.object({ text: text(L.checklistItem), done: z.boolean() });

export const personSchema = z.object({
  email: text(L.email).min(1),
  name: text(L.person).optional(),
  role: z.enum(['from', 'to', 'cc']),
});

export const taskSchema = z.object({
  source: z.enum(TASK_SOURCES),
  id: text(L.id).min(1),
  url: text(L.url).optional(),
  title: text(L.title),
  description: text(L.description).optional(),
  checklist: z.array(checklistItemSchema).max(L.checklistItems),
  labels: z.array(text(L.label)).max(L.labels),
  due: text(L.due).optional(),
  assignees: z.array(text(L.person)).max(L.people),
  list: text(L.list).optional(),
  board: text(L.board).optional(),
  people: z.array(personSchema).max(L.people).optional(),
}) satisfies z.ZodType<Task>;

export const sectionsSchema = z.object(
  Object.fromEntries(SECTION_KEYS.map((k) => [k, text(20_000)])) as Record<keyof Sections, z.ZodString>,
);

export const assistantSchema = z.object({ name: text(200), email: text(320) });

/** A how-instruction the writer kept out of the outcome, waiting for the owner's choice. */
export const instructionSchema = z.object({
  text: text(2_000),
  kind: z.enum(['approval', 'cc', 'time', 'exact', 'setting', 'steps', 'hovering']),
  standard: text(2_000),
  proposeFirst: text(2_000),
});
export type PendingInstruction = z.infer<typeof instructionSchema>;
export type Assistant = z.infer<typeof assistantSchema>;

export const briefSchema = z.object({
  schema: z.literal(BRIEF_SCHEMA_VERSION),
  id: text(100).min(1),
  /** "source:id" of the task it came from; one draft per source task. */
  sourceKey: text(600).optional(),
  source: taskSchema.optional(),
  /** Short name shown in lists: the task's title as the owner wrote it. */
  title: text(20_000),
  category: z.enum(CATEGORY_SLUGS),
  triage: z.enum(TRIAGE),
  status: z.enum(STATUSES),
  sections: sectionsSchema,
  assistant: assistantSchema.optional(),
  /**
   * Sections holding generic lines the owner has not confirmed ("suggested, check it"). Absent on
   * drafts written before the writer tracked it: those count as the owner's own text.
   */
  suggested: z.array(z.enum(SECTION_KEYS)).max(SECTION_KEYS.length).optional(),
  /** How-instructions still waiting for a choice (standard, propose first, or drop). */
  instructions: z.array(instructionSchema).max(50).optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Increases by one on every save; a save based on an older revision is a conflict. */
  revision: z.number().int().nonnegative(),
  /** Set when moved to the trash; cleared by undo. */
  deletedAt: z.number().int().nonnegative().optional(),
});

export type Brief = z.infer<typeof briefSchema>;
