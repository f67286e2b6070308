// An OpenAI-compatible chat endpoint (Ollama, LM Studio, a hosted API), as pure functions: the
// address the owner typed, the permission it needs, the request sent and the answer read back.
// The fetch itself lives in utils/platform/ai/endpoint-client.ts.

export type BaseUrl =
  | { ok: true; base: string; origin: string; host: string; pattern: string }
  | { ok: false; problem: string };

const LOCAL = new Set(['localhost', '127.0.0.1']);

/**
 * The base URL the owner typed, checked: https anywhere, plain http only on this computer (an API
 * key must not cross a network unencrypted). "…/chat/completions" pasted whole is trimmed back to
 * its base; a bare server address gets the usual "/v1".
 */
export function parseBaseUrl(input: string): BaseUrl {
  const typed = input.trim();
  if (!typed) return { ok: false, problem: 'Type the server’s address, for example http://localhost:11434/v1.' };
  if (!/^https?:\/\//i.test(typed)) return { ok: false, problem: 'Start the address with http:// or https://, for example http://localhost:11434/v1.' };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, problem: `“${typed}” is not a web address. Type it like http://localhost:11434/v1.` };
  }
  if (url.username || url.password) return { ok: false, problem: 'Put the key in the API key field, not in the address.' };
  if (url.protocol === 'http:' && !LOCAL.has(url.hostname)) {
    return { ok: false, problem: 'Plain http is allowed only for a server on this computer (localhost or 127.0.0.1). Use the https address of a server elsewhere.' };
  }
  let path = url.pathname.replace(/\/+$/, '').replace(/\/chat\/completions$/, '');
  if (!path) path = '/v1';
  return { ok: true, base: `${url.origin}${path}`, origin: url.origin, host: url.host, pattern: `${url.protocol}//${url.hostname}/*` };
}

export const chatUrl = (base: string): string => `${base}/chat/completions`;
export const modelsUrl = (base: string): string => `${base}/models`;

/** Whether a match pattern such as "https://*.example.com/*" or "http://localhost/*" covers the origin pattern of an address. */
export function covers(pattern: string, originPattern: string): boolean {
  const p = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  const o = /^(https?):\/\/([^/]+)\/\*$/.exec(originPattern);
  if (!p || !o) return false;
  const [, scheme, host] = p;
  const [, oScheme, oHost] = o;
  if (scheme !== '*' && scheme !== oScheme) return false;
  if (host === '*') return true;
  if (host!.startsWith('*.')) return oHost === host!.slice(2) || oHost!.endsWith(host!.slice(1));
  return host === oHost;
}

export interface ChatPrompt {
  system: string;
  user: string;
}

/**
 * The chat completion request. With `schema`, the answer is constrained to it (`response_format`
 * json_schema, which OpenAI, Ollama, LM Studio and vLLM accept); without it, the prompt already
 * asks for JSON and the answer is parsed and validated all the same.
 */
export function chatRequest(model: string, prompt: ChatPrompt, schema?: Record<string, unknown>): Record<string, unknown> {
  return {
    model,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ],
    temperature: 0.2,
    stream: false,
    ...(schema ? { response_format: { type: 'json_schema', json_schema: { name: 'outcome_brief_sections', strict: true, schema } } } : {}),
  };
}

export type ChatAnswer = { content: string } | { refusal: string } | { problem: string };

/** The first choice of a chat completion: its text, a refusal, or what is wrong with the reply. */
export function readChat(json: unknown): ChatAnswer {
  const choice = (json as { choices?: unknown[] } | null)?.choices?.[0] as
    | { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }
    | undefined;
  if (!choice?.message) return { problem: 'the server’s reply had no answer in it' };
  if (typeof choice.message.refusal === 'string' && choice.message.refusal.trim()) return { refusal: choice.message.refusal };
  if (choice.finish_reason === 'content_filter') return { refusal: 'content filter' };
  if (typeof choice.message.content !== 'string' || !choice.message.content.trim()) return { problem: 'the server’s reply had no answer in it' };
  return { content: choice.message.content };
}

/** Model ids from GET /models (`{ data: [{ id }] }`), or undefined when the reply is not that shape. */
export function readModels(json: unknown): string[] | undefined {
  const data = (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return undefined;
  return data.map((m) => (m as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
}

/**
 * Whether a 400-range reply says the server does not take `response_format` json_schema (older
 * Ollama and llama.cpp builds, some proxies): then the request goes again without it.
 */
export function schemaRefused(status: number, body: string): boolean {
  return (status === 400 || status === 422 || status === 501) && /response_format|json_schema|schema|structured/i.test(body);
}

/** A short, safe excerpt of a server's error text for a message. */
export function errorExcerpt(body: string): string {
  let text = body;
  try {
    const j = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const m = typeof j.error === 'string' ? j.error : typeof j.error?.message === 'string' ? j.error.message : typeof j.message === 'string' ? j.message : '';
    if (m) text = m;
  } catch {
    // Not JSON: the text as it came.
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
