import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The extension's commands with the keys the browser actually assigned ('' when none: Chrome drops clashing keys). */
export function useShortcuts(): Record<string, string> | undefined {
  const [keys, setKeys] = useState<Record<string, string>>();
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setKeys(Object.fromEntries(all.filter((c) => c.name).map((c) => [c.name!, c.shortcut ?? '']))))
      .catch(() => setKeys({}));
  }, []);
  return keys;
}
