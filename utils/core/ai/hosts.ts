// Where a model endpoint may be: a server on this computer (Ollama, LM Studio), or any https
// address of an OpenAI-compatible API. Each is one of the manifest's optional host permissions,
// asked for as that one origin only, from the click that turns the endpoint on, and given back
// when it is turned off (store/permissions.md says why).
export const LOCAL_MODEL_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
export const HOSTED_MODEL_HOSTS = ['https://*/*'];
export const MODEL_HOST_PATTERNS = [...LOCAL_MODEL_HOSTS, ...HOSTED_MODEL_HOSTS];
