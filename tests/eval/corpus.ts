// The evaluation corpus format (../lead/corpus-format.md), checked on load so a malformed entry
// fails loudly instead of skewing the figures.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const STYLES = ['plain', 'question', 'terse', 'noise', 'dates-amounts', 'description', 'other-language', 'micromanaging'] as const;
export const CATEGORIES = ['market-research', 'data-entry', 'transcription', 'reports', 'social-media', 'hiring', 'other'] as const;

export const entrySchema = z
  .object({
    id: z.string().regex(/^[thuf]\d+$/),
    title: z.string().min(1),
    description: z.string().optional(),
    labels: z.array(z.string()).optional(),
    styles: z.array(z.enum(STYLES)).min(1),
    language: z.enum(['en', 'de', 'es', 'fr', 'other']),
    category: z.enum(CATEGORIES),
    triage: z.enum(['eliminate', 'delegate', 'keep']).optional(),
    expect: z
      .object({
        object: z.array(z.string()).optional(),
        quantities: z.array(z.string()).optional(),
        money: z.array(z.string()).optional(),
        dates: z.array(z.string()).optional(),
        cadence: z.string().optional(),
        tools: z.array(z.string()).optional(),
        sources: z.array(z.string()).optional(),
        instructions: z.array(z.string()).optional(),
      })
      .strict(),
  })
  .strict();

export type Entry = z.infer<typeof entrySchema>;

const here = (name: string) => fileURLToPath(new URL(`./corpus/${name}`, import.meta.url));

export function loadCorpus(name: 'tuning.json' | 'heldout.json' | 'unseen.json' | 'sealed.json'): Entry[] | undefined {
  const path = here(name);
  if (!existsSync(path)) return undefined;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const list = z.array(entrySchema).parse(raw);
  const ids = new Set<string>();
  for (const e of list) {
    if (ids.has(e.id)) throw new Error(`${name}: duplicate id ${e.id}`);
    ids.add(e.id);
  }
  return list;
}
