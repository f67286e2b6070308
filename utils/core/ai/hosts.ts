// Where a model endpoint may be. Each origin is an optional host permission, asked for only from
// the click that turns the endpoint on, one origin at a time. No wildcard host: a server on this
// computer (Ollama, LM Studio) or one of a few hosted OpenAI-compatible APIs, each named
// (store/permissions.md says why). wxt.config.ts declares exactly these.
export const LOCAL_MODEL_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
export const HOSTED_MODEL_HOSTS = [
  'https://api.openai.com/*',
  'https://openrouter.ai/*',
  'https://api.groq.com/*',
  'https://api.mistral.ai/*',
];
export const MODEL_HOST_PATTERNS = [...LOCAL_MODEL_HOSTS, ...HOSTED_MODEL_HOSTS];
