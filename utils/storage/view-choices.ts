// Display choices each view remembers (the email preview open or not), kept in the extension's
// localStorage: read synchronously, so a view opens as it was left without a flash of the other
// state. Extension pages only; a storage error just means the default.
const KEY = 'outcome-briefs:view:';

export function rememberedChoice(name: string): boolean {
  try {
    return localStorage.getItem(KEY + name) === 'on';
  } catch {
    return false;
  }
}

export function rememberChoice(name: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY + name, 'on');
    else localStorage.removeItem(KEY + name);
  } catch {
    // Only a convenience for the next visit.
  }
}
