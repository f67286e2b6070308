// The owner's AI settings, kept in this browser's extension storage (never in the drafts database,
// so never in an export). Plain types and a normaliser: views read them before zod loads.

export interface EndpointSettings {
  /** Off by default: nothing is sent anywhere until the owner turns it on. */
  on: boolean;
  /** OpenAI-compatible base URL, e.g. http://localhost:11434/v1. */
  baseUrl: string;
  model: string;
  /** Optional for local servers; kept locally, never exported, masked in the UI. */
  apiKey: string;
}

export interface AiSettings {
  /** Improve every new brief written in the popup as soon as it is written. */
  auto: boolean;
  /** How long to wait for an answer before the rule-based brief stands. */
  timeoutSeconds: number;
  endpoint: EndpointSettings;
}

export const TIMEOUT_RANGE = { min: 1, max: 600, standard: 60 } as const;

export const defaultAiSettings = (): AiSettings => ({
  auto: false,
  timeoutSeconds: TIMEOUT_RANGE.standard,
  endpoint: { on: false, baseUrl: '', model: '', apiKey: '' },
});

const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** Whatever is stored (an older shape, a damaged value) read as settings; anything unreadable is off. */
export function normaliseAiSettings(raw: unknown): AiSettings {
  const d = defaultAiSettings();
  if (typeof raw !== 'object' || raw === null) return d;
  const r = raw as Record<string, unknown>;
  const e = (typeof r.endpoint === 'object' && r.endpoint !== null ? r.endpoint : {}) as Record<string, unknown>;
  const t = typeof r.timeoutSeconds === 'number' && Number.isFinite(r.timeoutSeconds) ? Math.round(r.timeoutSeconds) : d.timeoutSeconds;
  return {
    auto: r.auto === true,
    timeoutSeconds: Math.min(TIMEOUT_RANGE.max, Math.max(TIMEOUT_RANGE.min, t)),
    endpoint: { on: e.on === true, baseUrl: text(e.baseUrl, 2_000).trim(), model: text(e.model, 200).trim(), apiKey: text(e.apiKey, 1_000).trim() },
  };
}
