import { z } from './zod';
import { assistantSchema } from './brief';
import type { Presets, Tool } from './presets';

// Validates presets read back from storage or typed in the options page.
const line = z.string().max(2_000);
const block = z.string().max(20_000);

export const toolSchema = z.object({ name: line, link: line, access: line }) satisfies z.ZodType<Tool>;

export const presetsSchema = z.object({
  standards: block,
  tools: z.array(toolSchema).max(200),
  sources: block,
  decideAlone: block,
  proposeFirst: block,
  spendingLimit: line,
  reportCadence: line,
  reportChannel: line,
  reportFormat: block,
  assistants: z.array(assistantSchema).max(100),
  lastAssistant: line.optional(),
}) satisfies z.ZodType<Presets>;
