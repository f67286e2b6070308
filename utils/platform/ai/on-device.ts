// Chrome's built-in model (the Prompt API, Chrome 138+ in extension pages), where the browser has
// it. Always optional: the rule-based writer needs nothing, and most machines have no model.

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface Session {
  prompt(input: string, options?: { responseConstraint?: unknown; signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface LanguageModelApi {
  availability(options?: object): Promise<Availability>;
  create(options?: object): Promise<Session>;
}

const api = (): LanguageModelApi | undefined => (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel;

/** The languages Chrome's model is documented to write; for others availability() says so. */
const WRITES = new Set(['en', 'es', 'ja', 'de', 'fr']);

/** What the session must read and write: the prompt's English scaffolding, and the task's language. */
function expected(language: string) {
  const out = WRITES.has(language) ? language : language || 'en';
  return {
    expectedInputs: [{ type: 'text', languages: [...new Set(['en', out])] }],
    expectedOutputs: [{ type: 'text', languages: [out] }],
  };
}

export async function onDeviceAvailability(language = 'en'): Promise<Availability> {
  const lm = api();
  if (!lm || typeof lm.availability !== 'function') return 'unavailable';
  try {
    return await lm.availability(expected(language));
  } catch {
    return 'unavailable';
  }
}

export interface OnDeviceRequest {
  system: string;
  user: string;
  schema: Record<string, unknown>;
  language: string;
  /** Aborts the download and the answer (cancel, page closed). */
  signal: AbortSignal;
  /** 0–1 while Chrome downloads the model; create() resolves when it is ready. */
  onDownload(fraction: number): void;
  /** The answer, under its own deadline: a download may take minutes, an answer must not. */
  answer<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/** One session per improvement: created from the click (a download needs it), destroyed after. */
export async function promptOnDevice(r: OnDeviceRequest): Promise<string> {
  const lm = api();
  if (!lm) throw new Error('Chrome’s on-device model is not available in this browser.');
  const session = await lm.create({
    ...expected(r.language),
    initialPrompts: [{ role: 'system', content: r.system }],
    signal: r.signal,
    monitor(m: EventTarget) {
      m.addEventListener('downloadprogress', (e) => r.onDownload(Math.max(0, Math.min(1, (e as ProgressEvent).loaded))));
    },
  });
  try {
    return await r.answer((signal) => session.prompt(r.user, { responseConstraint: r.schema, signal }));
  } finally {
    session.destroy?.();
  }
}
