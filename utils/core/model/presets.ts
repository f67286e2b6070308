// The owner's own standards, reused in every new brief (options page). Plain types:
// views import this before the data layer (and zod, in presets-schema.ts) loads.
import type { Assistant } from './brief';

export interface Tool {
  name: string;
  link: string;
  /** What access the assistant gets ("editor seat", "shared login in the vault"). */
  access: string;
}

export interface Presets {
  standards: string;
  tools: Tool[];
  sources: string;
  decideAlone: string;
  proposeFirst: string;
  spendingLimit: string;
  reportCadence: string;
  reportChannel: string;
  reportFormat: string;
  assistants: Assistant[];
  /** Email of the assistant chosen last; the default next time. */
  lastAssistant?: string;
}

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
