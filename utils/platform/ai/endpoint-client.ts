// The one place the extension talks to a model server: the owner's OpenAI-compatible endpoint,
// only while it is turned on and its origin's permission is granted. Extension pages call it
// directly (a closed page aborts its request); content scripts and the background never do.
import { browser } from 'wxt/browser';
import type { EndpointSettings } from '../../core/ai/settings';
import { chatRequest, chatUrl, errorExcerpt, modelsUrl, parseBaseUrl, readChat, readModels, schemaRefused, type ChatAnswer, type ChatPrompt } from '../../core/ai/endpoint';

export type EndpointProblem = 'address' | 'permission' | 'network' | 'auth' | 'http' | 'reply';

export class EndpointError extends Error {
  constructor(
    readonly problem: EndpointProblem,
    message: string,
  ) {
    super(message);
    this.name = 'EndpointError';
  }
}

/** Servers that said no to `response_format` json_schema, this page's lifetime: asked without it from then on. */
const noSchema = new Set<string>();

function target(e: EndpointSettings) {
  const base = parseBaseUrl(e.baseUrl);
  if (!base.ok) throw new EndpointError('address', `${base.problem} (Settings › AI).`);
  return base;
}

async function send(url: string, init: RequestInit, where: string, signal: AbortSignal): Promise<{ status: number; body: string }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  } catch (e) {
    if (signal.aborted) throw signal.reason ?? e;
    throw new EndpointError('network', `Could not reach the model server at ${where}. Check that it is running and that the address in Settings is right.`);
  }
  const body = await res.text();
  if (res.status === 401 || res.status === 403) {
    throw new EndpointError('auth', `The model server at ${where} refused the request (${res.status}${body ? `: ${errorExcerpt(body)}` : ''}). Check the API key in Settings.`);
  }
  return { status: res.status, body };
}

const headers = (e: EndpointSettings): Record<string, string> => ({
  'Content-Type': 'application/json',
  ...(e.apiKey ? { Authorization: `Bearer ${e.apiKey}` } : {}),
});

async function granted(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Sends the prompt, constrained to `schema` where the server takes it, and reads the first choice. */
export async function askEndpoint(e: EndpointSettings, prompt: ChatPrompt, schema: Record<string, unknown>, signal: AbortSignal): Promise<ChatAnswer> {
  const base = target(e);
  if (!e.on) throw new EndpointError('permission', 'The model endpoint is off. Turn it on in Settings to use it.');
  if (!(await granted(base.pattern))) {
    throw new EndpointError('permission', `The extension is no longer allowed to reach ${base.host}. Turn the endpoint on again in Settings.`);
  }
  const post = (withSchema: boolean) =>
    send(chatUrl(base.base), { method: 'POST', headers: headers(e), body: JSON.stringify(chatRequest(e.model, prompt, withSchema ? schema : undefined)) }, base.host, signal);
  let reply = await post(!noSchema.has(base.base));
  if (!noSchema.has(base.base) && schemaRefused(reply.status, reply.body)) {
    noSchema.add(base.base);
    reply = await post(false);
  }
  if (reply.status < 200 || reply.status > 299) {
    throw new EndpointError('http', `The model server at ${base.host} answered with an error (${reply.status}${reply.body ? `: ${errorExcerpt(reply.body)}` : ''}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(reply.body);
  } catch {
    throw new EndpointError('reply', `The model server at ${base.host} did not answer like an OpenAI-compatible server (its reply was not JSON). Check the address in Settings.`);
  }
  return readChat(json);
}

/** "Test connection": GET /models with the key. No task text is sent. */
export async function testEndpoint(e: EndpointSettings, signal: AbortSignal): Promise<string> {
  const base = target(e);
  const reply = await send(modelsUrl(base.base), { method: 'GET', headers: e.apiKey ? { Authorization: `Bearer ${e.apiKey}` } : {} }, base.host, signal);
  if (reply.status < 200 || reply.status > 299) {
    throw new EndpointError('http', `The server at ${base.host} answered ${reply.status}${reply.body ? ` (${errorExcerpt(reply.body)})` : ''}. Check the address: it usually ends in /v1.`);
  }
  let models: string[] | undefined;
  try {
    models = readModels(JSON.parse(reply.body));
  } catch {
    models = undefined;
  }
  if (!models) throw new EndpointError('reply', `The server at ${base.host} answered, but not like an OpenAI-compatible server. Check the address: it usually ends in /v1.`);
  if (!e.model) return `Connected to ${base.host}: ${models.length} ${models.length === 1 ? 'model' : 'models'} there. Type the name of the one to use.`;
  if (models.includes(e.model)) return `Connected to ${base.host}; the model “${e.model}” is there.`;
  const some = models.slice(0, 5).join(', ');
  throw new EndpointError('reply', `Connected to ${base.host}, but it has no model named “${e.model}”.${some ? ` It has: ${some}${models.length > 5 ? ', …' : ''}.` : ''}`);
}
