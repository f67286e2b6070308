import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defaultFollowUpPrefs, type FollowUpPrefs } from '../utils/core/followups/model';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import { Alert } from './Alert';

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

  const save = async (change: Partial<FollowUpPrefs>, done = 'Saved.') => {
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
      setError(`The browser could not ask for permission to show notifications (${errorText(e)}). Reminders still show on the toolbar badge.`);
      return;
    }
    setGranted(ok);
    if (!ok) {
      setError('Notifications were not allowed, so none will be shown. Reminders still show as a count on the toolbar button. Click “Turn on” again to allow them.');
      return;
    }
    await save({ notifications: true }, 'Desktop reminders are on. They wait for the end of your quiet hours.');
  };

  const turnOff = async () => {
    await save({ notifications: false }, 'Desktop reminders are off. The toolbar badge still counts overdue reports.');
    // Least privilege: give the permission back when it is no longer used.
    const removed = await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
    if (removed) setGranted(false);
  };

  const on = prefs.notifications && granted;
  return (
    <fieldset class="followup-settings" data-testid="followup-settings">
      <legend>Sent briefs and reminders</legend>
      <p class="hint">
        The toolbar button counts reports that are overdue. Nothing here leaves your browser.
      </p>
      <div role="radiogroup" aria-label="After you copy, insert or email a brief">
        <span class="label-like">After you copy, insert or email a brief</span>
        <label class="inline">
          <input type="radio" name="on-send" data-testid="on-send-ask" checked={prefs.onSend === 'ask'} onChange={() => save({ onSend: 'ask' })} /> Ask whether it was sent
        </label>
        <label class="inline">
          <input type="radio" name="on-send" data-testid="on-send-auto" checked={prefs.onSend === 'auto'} onChange={() => save({ onSend: 'auto' })} /> Mark it as sent
          at once (with undo) when its report plan reads clearly
        </label>
      </div>
      <div class="row actions">
        <span class="grow" data-testid="notifications-state" data-on={String(on)}>
          Desktop reminders: <strong>{on ? 'on' : 'off'}</strong>
          {prefs.notifications && !granted ? ' (the browser permission was removed; turn them on again)' : ''}
        </span>
        {on ? (
          <button type="button" data-testid="notifications-off" onClick={turnOff}>
            Turn off
          </button>
        ) : (
          <button type="button" class="primary" data-testid="notifications-on" onClick={turnOn}>
            Turn on desktop reminders
          </button>
        )}
      </div>
      <div class="row">
        <label for="quiet-from">
          Quiet from
          <input id="quiet-from" type="time" data-testid="quiet-from" value={prefs.quietFrom} onChange={(e) => e.currentTarget.value && save({ quietFrom: e.currentTarget.value })} />
        </label>
        <label for="quiet-to">
          until
          <input id="quiet-to" type="time" data-testid="quiet-to" value={prefs.quietTo} onChange={(e) => e.currentTarget.value && save({ quietTo: e.currentTarget.value })} />
        </label>
        <label class="inline">
          <input type="checkbox" data-testid="quiet-weekends" checked={prefs.quietWeekends} onChange={(e) => save({ quietWeekends: e.currentTarget.checked })} /> No reminders on Saturdays and
          Sundays
        </label>
      </div>
      <label for="trust-run">On-track reports in a row before suggesting more room</label>
      <input id="trust-run" type="number" min={2} max={12} value={prefs.trustRun} onChange={(e) => save({ trustRun: Number(e.currentTarget.value) })} />
      <p role="status" class="status" aria-live="polite" data-testid="followup-settings-status">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </fieldset>
  );
}
