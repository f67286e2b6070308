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
import { t, tParts } from '../utils/platform/i18n';

const ON_DEVICE_TEXT: Record<Availability, string> = {
  available: t('aiSettings.available'),
  downloadable: t('aiSettings.downloadable'),
  downloading: t('aiSettings.downloading'),
  unavailable: t('aiSettings.unavailable'),
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
        setSaid(done ?? t('aiSettings.saved'));
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
      return t('aiSettings.hostRefused', { host: base.host });
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
      setError(t('aiSettings.askFailed', { host: base.ok ? base.host : t('aiSettings.thatAddress'), error: errorText(e) }));
      return false;
    });
  };

  const turnOn = async () => {
    if (!draft.model.trim()) return setError(t('aiSettings.needModel'));
    const asked = askForOrigin();
    if (!asked || !base.ok) return;
    const ok = await asked;
    setGranted(ok);
    if (!ok) {
      return setError(t('aiSettings.notAllowedOff', { host: base.host }));
    }
    const typed = { baseUrl: base.base, model: draft.model.trim(), apiKey: draft.apiKey.trim() };
    await persist((s) => ({ ...s, endpoint: { ...s.endpoint, ...typed, on: true } }), t('aiSettings.turnedOn', { url: chatUrl(base.base) }));
    setEdits({});
  };

  const turnOff = async () => {
    await persist((s) => ({ ...s, endpoint: { ...s.endpoint, on: false } }), t('aiSettings.turnedOff'));
    // Least privilege: the origin's access goes back when it is no longer used.
    if (pattern) await releaseOrigins([pattern]).catch(() => undefined);
  };

  const test = async () => {
    const asked = askForOrigin();
    if (!asked) return;
    if (!(await asked)) return setError(t('aiSettings.notAllowedTest', { host: base.ok ? base.host : t('aiSettings.thatAddress') }));
    setGranted(true);
    setTesting(true);
    try {
      const { testEndpoint } = await import('../utils/platform/ai/endpoint-client');
      setSaid(await testEndpoint({ ...draft, baseUrl: base.ok ? base.base : draft.baseUrl }, AbortSignal.timeout(15_000)));
    } catch (e) {
      setError((e as { name?: string }).name === 'TimeoutError' ? t('aiSettings.timeout', { seconds: 15 }) : errorText(e));
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
  const where = base.ok ? base.base : t('aiSettings.addressAbove');
  return (
    <fieldset class="ai-settings" data-testid="ai-settings">
      <legend>{t('aiSettings.legend')}</legend>
      <p class="hint" style={{ marginTop: 0 }}>
        {t('aiSettings.intro')}
      </p>
      <p data-testid="ai-on-device-state" data-availability={onDevice}>
        {onDevice ? ON_DEVICE_TEXT[onDevice] : t('aiSettings.checking')}
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
        {t('aiSettings.auto')}
      </label>
      <label for="ai-timeout">{t('aiSettings.timeoutLabel')}</label>
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
        <legend>{t('aiSettings.endpointLegend')}</legend>
        <p class="hint" style={{ marginTop: 0 }}>
          {tParts('aiSettings.endpointIntro', { ollama: <code>http://localhost:11434/v1</code>, lmStudio: <code>http://localhost:1234/v1</code> })}
        </p>
        <label for="ai-base-url">{t('aiSettings.baseUrl')}</label>
        <input id="ai-base-url" data-testid="ai-endpoint-url" type="url" placeholder="http://localhost:11434/v1" disabled={on} {...field('baseUrl')} />
        {on && <span class="hint">{t('aiSettings.offToChange')}</span>}
        <label for="ai-model">{t('aiSettings.model')}</label>
        <input id="ai-model" data-testid="ai-endpoint-model" placeholder="llama3.2" autocomplete="off" spellcheck={false} {...field('model')} />
        <label for="ai-key">{t('aiSettings.key')}</label>
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
            {showKey ? t('aiSettings.hide') : t('aiSettings.show')}
          </button>
        </div>
        <span class="hint" id="ai-key-hint">
          {t('aiSettings.keyHint')}
        </span>
        <div class="row" style={{ marginTop: 10 }}>
          <span class="grow" data-testid="ai-endpoint-state" data-on={String(on)}>
            {tParts('aiSettings.state', { state: <strong>{on ? t('aiSettings.stateOn') : t('aiSettings.stateOff')}</strong> })}
          </span>
          <button type="button" data-testid="ai-endpoint-test" onClick={() => void test()} disabled={testing}>
            {testing ? t('aiSettings.testing') : t('aiSettings.test')}
          </button>
          {on ? (
            <button type="button" data-testid="ai-endpoint-off" onClick={() => void turnOff()}>
              {t('aiSettings.stop')}
            </button>
          ) : (
            <button type="button" class="primary" data-testid="ai-endpoint-on" onClick={() => void turnOn()}>
              {t('aiSettings.use')}
            </button>
          )}
        </div>
        {settings.endpoint.on && !granted && base.ok && (
          <p class="notice">{t('aiSettings.accessRemoved', { host: base.host })}</p>
        )}
        <details data-testid="ai-what-is-sent" open={on}>
          <summary>{t('aiSettings.sentSummary')}</summary>
          <ul>
            <li>
              {t('aiSettings.sentWhat')}
            </li>
            <li>{t('aiSettings.sentNever')}</li>
            <li>
              {tParts('aiSettings.sentWhere', { url: <code>{base.ok ? chatUrl(base.base) : `${where}/chat/completions`}</code> })}
            </li>
            <li>
              {tParts('aiSettings.sentTest', { url: <code>{base.ok ? modelsUrl(base.base) : `${where}/models`}</code> })}
            </li>
            <li>{t('aiSettings.sentOnDevice')}</li>
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
