// Editing one stored draft: local edits show at once, autosave follows shortly after,
// and edits made in another view are merged in rather than silently overwritten.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { mergeBriefs } from '../utils/core/merge';
import type { EditRelay } from '../utils/platform/edit-relay';
import type { BriefPatch } from './BriefEditor';
import { t } from '../utils/platform/i18n';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

const AUTOSAVE_MS = 300;

const applyPatch = (brief: Brief, patch: BriefPatch): Brief => ({
  ...brief,
  ...patch,
  sections: { ...brief.sections, ...patch.sections },
});

/**
 * The relay, with the browser polyfill it needs, loads after the editor's first paint (`load`);
 * what is reported before it arrives is passed on in the same order.
 */
function laterRelay(): EditRelay & { load(): void } {
  let ready: Promise<EditRelay | undefined> | undefined;
  const load = () =>
    (ready ??= import('../utils/platform/edit-relay').then(
      (m) => m.editRelay(),
      () => undefined,
    ));
  return {
    load: () => void load(),
    unsaved: (edit) => void load().then((r) => r?.unsaved(edit)),
    saved: (id) => void load().then((r) => r?.saved(id)),
    close: () => void ready?.then((r) => r?.close()),
  };
}

/**
 * One stored draft in an editor. `initial`, a copy of that draft kept from an earlier visit, is
 * shown at once; the stored version replaces it when it arrives, unless the person has already
 * edited the copy, whose save is then checked against the copy's revision like any other.
 */
export function useDraft(id: string | undefined, initial?: Brief) {
  const early = initial && initial.id === id ? initial : undefined;
  const [brief, setBrief] = useState<Brief | undefined>(early);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<Brief>();
  const local = useRef<Brief | undefined>(early);
  const base = useRef<Brief | undefined>(early);
  const shownId = useRef(id);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<Promise<void>>();

  const show = (b: Brief) => {
    local.current = b;
    setBrief(b);
  };

  // The background keeps what is not saved yet, so closing the page never loses it.
  const relay = useMemo(laterRelay, []);
  useEffect(() => {
    relay.load();
    return () => relay.close();
  }, [relay]);
  const conflictOpen = useRef(false);
  const report = () => {
    if (dirty.current && local.current && base.current) {
      relay.unsaved({ mine: local.current, base: base.current, conflict: conflictOpen.current });
    } else if (local.current) relay.saved(local.current.id);
  };

  useEffect(() => {
    // A new draft in the same editor starts clean; on the first run, an edit typed into the early
    // copy before this effect ran is kept.
    if (shownId.current !== id) {
      shownId.current = id;
      dirty.current = false;
      local.current = base.current = undefined;
      setBrief(undefined);
      setConflict(undefined);
      conflictOpen.current = false;
      setError(undefined);
    }
    if (!id) return;
    let live = true;
    drafts()
      .then((s) => s.get(id))
      .then((b) => {
        if (!live) return;
        if (!b) return setError(t('draft.gone'));
        // Edits made on the early copy are saved against its revision, which merges them with this.
        if (dirty.current || inFlight.current) return;
        base.current = b;
        show(b);
        setState('saved');
      })
      .catch((e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [id]);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!dirty.current || !local.current || !base.current) return;
    const snapshot = local.current;
    dirty.current = false;
    setState('saving');
    const run = (async (): Promise<'saved' | 'merged' | 'conflict' | 'error'> => {
      try {
        const store = await drafts();
        const result = await store.save(snapshot, base.current!.revision);
        if (result.ok) {
          base.current = result.brief;
          if (local.current === snapshot) show(result.brief);
          setError(undefined);
          setState(dirty.current ? 'unsaved' : 'saved');
          report();
          return 'saved';
        }
        const theirs = result.conflict;
        const { merged, conflicts } = mergeBriefs(base.current!, local.current!, theirs);
        base.current = theirs;
        if (conflicts.length === 0) {
          show(merged);
          dirty.current = true;
          report();
          return 'merged';
        }
        dirty.current = true;
        conflictOpen.current = true;
        setConflict(theirs);
        setState('conflict');
        report();
        return 'conflict';
      } catch (e) {
        dirty.current = true;
        setError(errorText(e));
        setState('error');
        return 'error';
      }
    })();
    inFlight.current = run.then(() => undefined);
    const outcome = await run;
    inFlight.current = undefined;
    // Go again only for edits typed during the save or a clean merge; after a failure the
    // next edit or "Try again" retries, so a full disk is not hammered in a loop.
    if (dirty.current && (outcome === 'saved' || outcome === 'merged')) await save();
  }, []);

  const update = useCallback(
    (patch: BriefPatch) => {
      if (!local.current) return;
      show(applyPatch(local.current, patch));
      dirty.current = true;
      setState('unsaved');
      report();
      clearTimeout(timer.current);
      if (!conflictOpen.current) timer.current = setTimeout(save, AUTOSAVE_MS);
    },
    [save],
  );

  const resolveConflict = useCallback(
    (keep: 'mine' | 'theirs') => {
      const theirs = conflict;
      setConflict(undefined);
      conflictOpen.current = false;
      if (!theirs) return;
      if (keep === 'theirs') {
        base.current = theirs;
        show(theirs);
        dirty.current = false;
        setState('saved');
        report();
      } else {
        dirty.current = true;
        void save();
      }
    },
    [conflict, save],
  );

  // Another view saved: take its version when we have nothing unsaved.
  useEffect(() => {
    if (!id) return;
    return onDraftsChanged(async (ids) => {
      if (!ids.includes(id) || dirty.current || inFlight.current) return;
      const stored = await (await drafts()).get(id);
      if (!stored) return setError(t('draft.deletedElsewhere'));
      // A keystroke typed while the other version was read wins: its save merges the two.
      if (dirty.current || inFlight.current) return;
      if (!base.current || stored.revision > base.current.revision) {
        base.current = stored;
        show(stored);
      }
    });
  }, [id]);

  // A popup can close at any moment: write what is pending when the page goes away.
  useEffect(() => {
    // Never while the person is being asked which version to keep: saving would answer for
    // them. The background keeps that version as its own draft instead (see edit-relay).
    const flush = () => {
      if (!conflictOpen.current) void save();
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [save]);

  return { brief, state, error, conflict, update, save, resolveConflict, dismissError: () => setError(undefined) };
}
