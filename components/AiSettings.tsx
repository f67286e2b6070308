// Settings › AI: Chrome's on-device model where the browser has one, an optional OpenAI-compatible
// endpoint of the owner's choosing (off by default; its origin is asked for from the click that
// turns it on), and exactly what is sent where.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { chatUrl, covers, modelsUrl, parseBaseUrl } from '../utils/core/ai/endpoint';
import { defaultAiSettings, TIMEOUT_RANGE, type AiSettings as Settings, type EndpointSettings } from '../utils/core/ai/settings';
import { getAiSettings, onAiSettingsChanged, saveAiSettings } from '../utils/storage/ai-settings';
import { onDeviceAvailability, type Availability } from '../utils/platform/ai/on-device';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { releaseOrigins } from '../utils/platform/release-origins';
import { MODEL_HOST_PATTERNS } from '../utils/core/ai/hosts';

const ON_DEVICE_TEXT: Record<Availability, string> = {
  available: 'Chrome’s on-device model is ready. When it improves a brief, nothing leaves this computer.',
  downloadable:
    'Chrome has an on-device model this computer can run. Chrome downloads it (once) the first time you click “Improve with on-device AI”; it needs about 22 GB of free disk space.',
  downloading: 'Chrome is downloading its on-device model. “Improve with on-device AI” shows the progress.',
  unavailable:
    'Chrome’s on-device model is not available in this browser (it needs Chrome 138 or newer on a desktop computer with enough memory). The rule-based writer works without it.',
};

type TextKey = 'baseUrl' | 'model' | 'apiKey';

export function AiSettings() {
  const [settings, setSettings] = useState<Settings>(defaultAiSettings);
  // What is typed and not saved yet; saved when the field is left, or with "Use this endpoint".
  const [edits, setEdits] = useState<Partial<Pick<EndpointSettings, TextKey>>>({});
  const [onDevice, setOnDevice] = useState<Availability>();
  const [granted, setGranted] = useState(false);
  const [showKey, setShowKey] = useState(false);
  const [testing, setTesting] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  const draft: EndpointSettings = { ...settings.endpoint, ...edits };
  const base = parseBaseUrl(draft.baseUrl);
  const pattern = base.ok ? base.pattern : '';

  useEffect(() => {
    getAiSettings().then(setSettings, (e) => setError(errorText(e)));
    void onDeviceAvailability().then(setOnDevice);
    return onAiSettingsChanged(setSettings);
  }, []);

  useEffect(() => {
    if (!pattern) return setGranted(false);
    let live = true;
    const check = () => void browser.permissions.contains({ origins: [pattern] }).then((ok) => live && setGranted(ok), () => live && setGranted(false));
    check();
    browser.permissions.onAdded?.addListener(check);
    browser.permissions.onRemoved?.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded?.removeListener(check);
      browser.permissions.onRemoved?.removeListener(check);
    };
  }, [pattern]);

  // One save at a time, each applied to what is stored, so quick changes never undo each other.
  const queue = useRef(Promise.resolve());
  const persist = (change: (s: Settings) => Settings, done?: string): Promise<void> => {
    const run = queue.current.then(async () => {
      try {
        const next = change(await getAiSettings());
        await saveAiSettings(next);
        setSettings(next);
        setSaid(done ?? 'Saved.');
      } catch (e) {
        setError(errorText(e));
      }
    });
    queue.current = run;
    return run;
  };

  /** What stops this address being used, in words; undefined when it can be. */
  const problem = (): string | undefined => {
    if (!base.ok) return base.problem;
    if (!MODEL_HOST_PATTERNS.some((p) => covers(p, base.pattern))) {
      return `The extension can reach a model only on this computer (localhost) or at an https address, so ${base.host} cannot be used.`;
    }
    return undefined;
  };

  /** The browser's permission prompt must come straight from the click: no await before it. */
  const askForOrigin = (): Promise<boolean> | undefined => {
    setError('');
    setSaid('');
    const why = problem();
    if (why) {
      setError(why);
      return undefined;
    }
    return browser.permissions.request({ origins: [pattern] }).catch((e) => {
      setError(`The browser could not ask for access to ${base.ok ? base.host : 'that address'} (${errorText(e)}).`);
      return false;
    });
  };

  const turnOn = async () => {
    if (!draft.model.trim()) return setError('Type the name of the model to use (for example llama3.2), then turn the endpoint on.');
    const asked = askForOrigin();
    if (!asked || !base.ok) return;
    const ok = await asked;
    setGranted(ok);
    if (!ok) {
      return setError(`Access to ${base.host} was not allowed, so the endpoint stays off and nothing is sent. Click “Use this endpoint” again to allow it.`);
    }
    const typed = { baseUrl: base.base, model: draft.model.trim(), apiKey: draft.apiKey.trim() };
    await persist((s) => ({ ...s, endpoint: { ...s.endpoint, ...typed, on: true } }), `On: “Improve with your AI model” sends to ${chatUrl(base.base)}.`);
    setEdits({});
  };

  const turnOff = async () => {
    await persist((s) => ({ ...s, endpoint: { ...s.endpoint, on: false } }), 'Off: nothing is sent to the endpoint.');
    // Least privilege: the origin's access goes back when it is no longer used.
    if (pattern) await releaseOrigins([pattern]).catch(() => undefined);
  };

  const test = async () => {
    const asked = askForOrigin();
    if (!asked) return;
    if (!(await asked)) return setError(`Access to ${base.ok ? base.host : 'that address'} was not allowed, so the connection was not tested.`);
    setGranted(true);
    setTesting(true);
    try {
      const { testEndpoint } = await import('../utils/platform/ai/endpoint-client');
      setSaid(await testEndpoint({ ...draft, baseUrl: base.ok ? base.base : draft.baseUrl }, AbortSignal.timeout(15_000)));
    } catch (e) {
      setError((e as { name?: string }).name === 'TimeoutError' ? 'The server did not answer within 15 seconds.' : errorText(e));
    } finally {
      setTesting(false);
    }
  };

  const field = (key: TextKey) => ({
    value: draft[key],
    onInput: (e: { currentTarget: HTMLInputElement }) => setEdits((x) => ({ ...x, [key]: e.currentTarget.value })),
    // Typed text is kept when the field is left (the endpoint stays as it was: on or off).
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const value = e.currentTarget.value;
      void persist((s) => ({ ...s, endpoint: { ...s.endpoint, [key]: value.trim() } })).then(() =>
        setEdits(({ [key]: typed, ...rest }) => (typed === value ? rest : { ...rest, ...(typed === undefined ? {} : { [key]: typed }) })),
      );
    },
  });

  const on = settings.endpoint.on && granted;
  const where = base.ok ? base.base : 'the address above';
  return (
    <fieldset class="ai-settings" data-testid="ai-settings">
      <legend>AI improvement (optional)</legend>
      <p class="hint" style={{ marginTop: 0 }}>
        The rule-based writer needs nothing. A language model can improve a brief when you click “Improve with on-device AI” (or “Improve with your AI
        model”): its answer is used only if it passes the same checks as the writer’s own text, and every section it rewrites stays marked “Suggested,
        check it” until you confirm it.
      </p>
      <p data-testid="ai-on-device-state" data-availability={onDevice}>
        {onDevice ? ON_DEVICE_TEXT[onDevice] : 'Checking for Chrome’s on-device model…'}
      </p>
      <label class="inline">
        <input
          type="checkbox"
          data-testid="ai-auto"
          checked={settings.auto}
          onChange={(e) => {
            const auto = e.currentTarget.checked;
            void persist((s) => ({ ...s, auto }));
          }}
        />{' '}
        Improve every new brief written in the popup or side panel as soon as it is written (when a model is ready; bulk drafting stays rule-based)
      </label>
      <label for="ai-timeout">Wait for an answer at most (seconds)</label>
      <input
        id="ai-timeout"
        data-testid="ai-timeout"
        type="number"
        min={TIMEOUT_RANGE.min}
        max={TIMEOUT_RANGE.max}
        style={{ width: '8em' }}
        value={settings.timeoutSeconds}
        onChange={(e) => {
          const seconds = Math.min(TIMEOUT_RANGE.max, Math.max(TIMEOUT_RANGE.min, Math.round(Number(e.currentTarget.value) || TIMEOUT_RANGE.standard)));
          void persist((s) => ({ ...s, timeoutSeconds: seconds }));
        }}
      />

      <fieldset data-testid="ai-endpoint">
        <legend>Your own model endpoint (OpenAI-compatible)</legend>
        <p class="hint" style={{ marginTop: 0 }}>
          Off unless you turn it on. For a model on this computer: Ollama (<code>http://localhost:11434/v1</code>) or LM Studio (
          <code>http://localhost:1234/v1</code>). Hosted: the https address of any OpenAI-compatible API (OpenAI, OpenRouter, Groq, Mistral…), with your API key.
        </p>
        <label for="ai-base-url">Base URL</label>
        <input id="ai-base-url" data-testid="ai-endpoint-url" type="url" placeholder="http://localhost:11434/v1" disabled={on} {...field('baseUrl')} />
        {on && <span class="hint">Turn the endpoint off to change its address.</span>}
        <label for="ai-model">Model name</label>
        <input id="ai-model" data-testid="ai-endpoint-model" placeholder="llama3.2" autocomplete="off" spellcheck={false} {...field('model')} />
        <label for="ai-key">API key (not needed for Ollama or LM Studio)</label>
        <div class="row">
          <input
            id="ai-key"
            class="grow"
            data-testid="ai-endpoint-key"
            type={showKey ? 'text' : 'password'}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="ai-key-hint"
            {...field('apiKey')}
          />
          <button type="button" aria-pressed={showKey} onClick={() => setShowKey(!showKey)}>
            {showKey ? 'Hide' : 'Show'}
          </button>
        </div>
        <span class="hint" id="ai-key-hint">
          Kept in this browser only: never exported, never synced, sent only to this endpoint.
        </span>
        <div class="row" style={{ marginTop: 10 }}>
          <span class="grow" data-testid="ai-endpoint-state" data-on={String(on)}>
            Endpoint: <strong>{on ? 'on' : 'off'}</strong>
          </span>
          <button type="button" data-testid="ai-endpoint-test" onClick={() => void test()} disabled={testing}>
            {testing ? 'Testing…' : 'Test connection'}
          </button>
          {on ? (
            <button type="button" data-testid="ai-endpoint-off" onClick={() => void turnOff()}>
              Stop using it
            </button>
          ) : (
            <button type="button" class="primary" data-testid="ai-endpoint-on" onClick={() => void turnOn()}>
              Use this endpoint
            </button>
          )}
        </div>
        {settings.endpoint.on && !granted && base.ok && (
          <p class="notice">The browser’s access to {base.host} was removed, so the endpoint is not used. Click “Use this endpoint” to allow it again.</p>
        )}
        <details data-testid="ai-what-is-sent" open={on}>
          <summary>What is sent, and where</summary>
          <ul>
            <li>
              Only when you click “Improve with your AI model”, or for each new brief if you ticked that above: the task’s title, description, checklist,
              labels and due date; what the writer understood of it (the task frame); your presets on this page (standards, tools, sources, decision
              rights, spending limit, reporting defaults, but never your assistants’ names or email addresses); and that brief’s current sections.
            </li>
            <li>Never your other drafts, the page’s address, or the people on the task.</li>
            <li>
              Where: <code>{base.ok ? chatUrl(base.base) : `${where}/chat/completions`}</code>, with your API key. A server on this computer keeps it on
              this computer; a hosted one receives it under its provider’s terms.
            </li>
            <li>
              “Test connection” sends only your key (<code>{base.ok ? modelsUrl(base.base) : `${where}/models`}</code>), no task text.
            </li>
            <li>Chrome’s on-device model gets the same text and keeps it on this computer.</li>
          </ul>
        </details>
      </fieldset>
      <p role="status" class="status" aria-live="polite" data-testid="ai-settings-status">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </fieldset>
  );
}
