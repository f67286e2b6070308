// The small records in browser.storage: typed, and safe against two quick changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const prefs = await import('../../../utils/storage/preferences');

beforeEach(() => fakeBrowser.reset());

describe('preferences', () => {
  it('two quick triage changes both stick (no lost read-modify-write)', async () => {
    await Promise.all([
      prefs.setTriageChoice('trello:a', 'keep'),
      prefs.setTriageChoice('trello:b', 'eliminate'),
      prefs.setTriageChoice('trello:c', 'delegate'),
    ]);
    expect(await prefs.getTriageChoices()).toEqual({ 'trello:a': 'keep', 'trello:b': 'eliminate', 'trello:c': 'delegate' });
  });

  it('keeps the storage keys of earlier versions, so choices made before an update carry over', async () => {
    await fakeBrowser.storage.local.set({ triageChoices: { 'asana:1': 'keep' }, popupLastDraft: 'd-7' });
    expect(await prefs.getTriageChoices()).toEqual({ 'asana:1': 'keep' });
    expect(await prefs.getLastDraft()).toBe('d-7');
    await prefs.setLastDraft(undefined);
    expect(await fakeBrowser.storage.local.get('popupLastDraft')).toEqual({});
  });

  it('a pending task is taken once, and only while fresh', async () => {
    const task = { source: 'selection' as const, id: 's1', title: 'Call the printer', checklist: [], labels: [], assignees: [] };
    await prefs.setPendingTask(task);
    expect(await prefs.takePendingTask()).toEqual(task);
    expect(await prefs.takePendingTask()).toBeUndefined();
    await fakeBrowser.storage.session.set({ pendingTask: { task, at: Date.now() - 120_000 } });
    expect(await prefs.takePendingTask()).toBeUndefined();
  });

  it('reports triage changes made elsewhere', async () => {
    const seen: Record<string, string>[] = [];
    const off = prefs.onTriageChoicesChanged((m) => seen.push(m));
    await prefs.setTriageChoice('gmail:t1', 'keep');
    off();
    await prefs.setTriageChoice('gmail:t2', 'keep');
    expect(seen).toEqual([{ 'gmail:t1': 'keep' }]);
  });
});
