import { z } from './zod';
import { assistantSchema } from './brief';

// The owner's own standards, reused in every new brief (options page).
const line = z.string().max(2_000);
const block = z.string().max(20_000);

export const toolSchema = z.object({
  name: line,
  link: line,
  /** What access the assistant gets ("editor seat", "shared login in the vault"). */
  access: line,
});
export type Tool = z.infer<typeof toolSchema>;

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
  /** Email of the assistant chosen last; the default next time. */
  lastAssistant: line.optional(),
});
export type Presets = z.infer<typeof presetsSchema>;

export const emptyPresets = (): Presets => ({
  standards: '',
  tools: [],
  sources: '',
  decideAlone: '',
  proposeFirst: '',
  spendingLimit: '',
  reportCadence: '',
  reportChannel: '',
  reportFormat: '',
  assistants: [],
});
