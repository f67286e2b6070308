import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defaultFollowUpPrefs, type FollowUpPrefs } from '../utils/core/followups/model';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import { Alert } from './Alert';
import { t, tParts } from '../utils/platform/i18n';

/** Sent briefs, reminders and quiet hours. Notifications are an optional permission, asked for from the click that turns them on. */
export function FollowUpSettings() {
  const [prefs, setPrefs] = useState<FollowUpPrefs>(defaultFollowUpPrefs);
  const [granted, setGranted] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    followUps()
      .then((s) => s.getPrefs())
      .then(setPrefs)
      .catch((e) => setError(errorText(e)));
    void browser.permissions.contains({ permissions: ['notifications'] }).then(setGranted, () => setGranted(false));
  }, []);

  const save = async (change: Partial<FollowUpPrefs>, done = t('aiSettings.saved')) => {
    setError('');
    setSaid('');
    try {
      setPrefs(await (await followUps()).savePrefs(change));
      setSaid(done);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const turnOn = async () => {
    setError('');
    setSaid('');
    // The request must come straight from this click: no await before it.
    let ok = false;
    try {
      ok = await browser.permissions.request({ permissions: ['notifications'] });
    } catch (e) {
      setError(t('followSettings.askFailed', { error: errorText(e) }));
      return;
    }
    setGranted(ok);
    if (!ok) {
      setError(t('followSettings.refused'));
      return;
    }
    await save({ notifications: true }, t('followSettings.turnedOn'));
  };

  const turnOff = async () => {
    await save({ notifications: false }, t('followSettings.turnedOff'));
    // Least privilege: give the permission back when it is no longer used.
    const removed = await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
    if (removed) setGranted(false);
  };

  const on = prefs.notifications && granted;
  return (
    <fieldset class="followup-settings" data-testid="followup-settings">
      <legend>{t('followSettings.legend')}</legend>
      <p class="hint">
        {t('followSettings.intro')}
      </p>
      <div role="radiogroup" aria-label={t('followSettings.afterSend')}>
        <span class="label-like">{t('followSettings.afterSend')}</span>
        <label class="inline">
          <input type="radio" name="on-send" data-testid="on-send-ask" checked={prefs.onSend === 'ask'} onChange={() => save({ onSend: 'ask' })} /> {t('followSettings.ask')}
        </label>
        <label class="inline">
          <input type="radio" name="on-send" data-testid="on-send-auto" checked={prefs.onSend === 'auto'} onChange={() => save({ onSend: 'auto' })} /> {t('followSettings.auto')}
        </label>
      </div>
      <div class="row actions">
        <span class="grow" data-testid="notifications-state" data-on={String(on)}>
          {tParts('followSettings.state', { state: <strong>{on ? t('aiSettings.stateOn') : t('aiSettings.stateOff')}</strong> })}
          {prefs.notifications && !granted ? ` ${t('followSettings.permissionRemoved')}` : ''}
        </span>
        {on ? (
          <button type="button" data-testid="notifications-off" onClick={turnOff}>
            {t('followSettings.turnOff')}
          </button>
        ) : (
          <button type="button" class="primary" data-testid="notifications-on" onClick={turnOn}>
            {t('followSettings.turnOn')}
          </button>
        )}
      </div>
      <div class="row">
        <label for="quiet-from">
          {t('followSettings.quietFrom')}
          <input id="quiet-from" type="time" data-testid="quiet-from" value={prefs.quietFrom} onChange={(e) => e.currentTarget.value && save({ quietFrom: e.currentTarget.value })} />
        </label>
        <label for="quiet-to">
          {t('followSettings.until')}
          <input id="quiet-to" type="time" data-testid="quiet-to" value={prefs.quietTo} onChange={(e) => e.currentTarget.value && save({ quietTo: e.currentTarget.value })} />
        </label>
        <label class="inline">
          <input type="checkbox" data-testid="quiet-weekends" checked={prefs.quietWeekends} onChange={(e) => save({ quietWeekends: e.currentTarget.checked })} /> {t('followSettings.weekends')}
        </label>
      </div>
      <label for="trust-run">{t('followSettings.trustRun')}</label>
      <input id="trust-run" type="number" min={2} max={12} value={prefs.trustRun} onChange={(e) => save({ trustRun: Number(e.currentTarget.value) })} />
      <p role="status" class="status" aria-live="polite" data-testid="followup-settings-status">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </fieldset>
  );
}
