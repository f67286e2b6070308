// A stand-in for Chrome's built-in model (the Prompt API's `LanguageModel`), injected into every
// extension page: headless test browsers have none. What it does is set per test in the
// extension's localStorage (`fake-lm`), and every call is logged there (`fake-lm-log`), so a test
// sees the prompt, the schema and the options it was given, from any extension page.
import type { Page } from 'playwright-core';

export interface FakeModel {
  /** Remove `LanguageModel` altogether (an older browser). */
  absent?: boolean;
  availability?: 'unavailable' | 'downloadable' | 'downloading' | 'available';
  /** The reply: a string as it is, anything else as JSON. */
  answer?: unknown;
  /** Never answer (until the signal aborts). */
  hang?: boolean;
  /** prompt() rejects with this DOMException. */
  throws?: { name: string; message: string };
  /** Milliseconds between download progress events. */
  stepMs?: number;
}

export interface FakeCall {
  call: 'availability' | 'create' | 'prompt' | 'destroy';
  options?: unknown;
  userActivation?: boolean;
  initialPrompts?: { role: string; content: string }[];
  expectedOutputs?: { type: string; languages: string[] }[];
  input?: string;
  schema?: { properties: { sections: { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean } } };
  hasSignal?: boolean;
}

/** The init script (runs in each page before its own scripts). */
export function fakeLanguageModel() {
  if (location.protocol !== 'chrome-extension:') return;
  const read = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null');
  const config = () => (read('fake-lm') ?? {}) as Record<string, unknown>;
  if (read('fake-lm') === null) return;
  if (config().absent) {
    delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
    return;
  }
  const log = (entry: Record<string, unknown>) => localStorage.setItem('fake-lm-log', JSON.stringify([...((read('fake-lm-log') as unknown[]) ?? []), entry]));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  class FakeSession {
    async prompt(input: string, options: { responseConstraint?: unknown; signal?: AbortSignal } = {}) {
      const c = config();
      log({ call: 'prompt', input, schema: options.responseConstraint, hasSignal: options.signal instanceof AbortSignal });
      if (c.hang) return new Promise((_, reject) => options.signal?.addEventListener('abort', () => reject(options.signal!.reason)));
      if (c.throws) {
        const t = c.throws as { name: string; message: string };
        throw new DOMException(t.message, t.name);
      }
      await sleep(50);
      return typeof c.answer === 'string' ? c.answer : JSON.stringify(c.answer);
    }
    destroy() {
      log({ call: 'destroy' });
    }
  }
  class FakeLanguageModel {
    static async availability(options?: unknown) {
      log({ call: 'availability', options });
      return (config().availability as string) ?? 'available';
    }
    static async params() {
      return { defaultTopK: 3, maxTopK: 8, defaultTemperature: 1, maxTemperature: 2 };
    }
    static async create(options: { initialPrompts?: unknown; expectedOutputs?: unknown; monitor?: (m: EventTarget) => void } = {}) {
      const c = config();
      log({ call: 'create', userActivation: navigator.userActivation.isActive, initialPrompts: options.initialPrompts, expectedOutputs: options.expectedOutputs });
      if (c.availability === 'downloadable' || c.availability === 'downloading') {
        const monitor = new EventTarget();
        options.monitor?.(monitor);
        for (const loaded of [0, 0.4, 1]) {
          await sleep((c.stepMs as number) ?? 400);
          const e = new Event('downloadprogress');
          Object.defineProperty(e, 'loaded', { value: loaded });
          monitor.dispatchEvent(e);
        }
      }
      return new FakeSession();
    }
  }
  Object.defineProperty(globalThis, 'LanguageModel', { value: FakeLanguageModel, configurable: true, writable: true });
}

/** Sets how the fake behaves in pages opened from now on, and clears its log. */
export async function setFakeModel(page: Page, model: FakeModel | null): Promise<void> {
  await page.evaluate((m) => {
    if (m === null) localStorage.removeItem('fake-lm');
    else localStorage.setItem('fake-lm', JSON.stringify(m));
    localStorage.removeItem('fake-lm-log');
  }, model);
}

export async function fakeModelCalls(page: Page): Promise<FakeCall[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('fake-lm-log') ?? '[]'));
}
