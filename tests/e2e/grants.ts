// Permissions a person granted, written into a test profile. A headless browser shows no
// permission prompt anyone could click, so a test records the grant in the profile the way
// Chromium does when the person clicks Allow, then starts the browser on that profile.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Harness } from './harness';

export interface Grant {
  /** API permissions such as 'notifications'. */
  api?: string[];
  /** Host match patterns such as 'https://linear.app/*'. */
  hosts?: string[];
  /**
   * 'active': granted now (as if allowed while the browser was closed, or from its own settings).
   * 'remembered': allowed once and since turned off; Chromium then grants it again on request
   * without a prompt, so a click in the extension completes the whole flow in a test.
   */
  state: 'active' | 'remembered';
}

type PermissionSet = { api?: string[]; explicit_host?: string[]; manifest_permissions?: string[]; scriptable_host?: string[] };

const merge = (set: PermissionSet | undefined, grant: Grant): PermissionSet => ({
  api: [],
  manifest_permissions: [],
  scriptable_host: [],
  ...set,
  ...(grant.api ? { api: [...new Set([...(set?.api ?? []), ...grant.api])] } : {}),
  ...(grant.hosts ? { explicit_host: [...new Set([...(set?.explicit_host ?? []), ...grant.hosts])] } : {}),
});

/** Records a grant in a closed profile's Preferences. */
export function recordGrant(profile: string, extensionId: string, grant: Grant): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[extensionId];
  // granted: what the person allowed; runtime_granted: host access allowed at run time (both
  // make a later request pass without a prompt); active: what the extension holds now.
  const keys = ['granted_permissions', ...(grant.hosts ? ['runtime_granted_permissions'] : []), ...(grant.state === 'active' ? ['active_permissions'] : [])];
  for (const key of keys) settings[key] = merge(settings[key], grant);
  writeFileSync(file, JSON.stringify(prefs));
}

/** Removes host grants from a closed profile, as when the person revokes them while the browser is off. */
export function revokeHosts(profile: string, extensionId: string, hosts: string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'runtime_granted_permissions', 'active_permissions']) {
    if (settings[key]?.explicit_host) settings[key].explicit_host = settings[key].explicit_host.filter((h: string) => !hosts.includes(h));
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * A browser started on a profile that already records these grants. The extension is loaded
 * once first, so the profile knows it. A profile made here is removed when the harness closes;
 * one passed in is left for the test to start the browser on again.
 */
export async function launchGranted(grants: Grant[], profileDir?: string): Promise<Harness & { profile: string }> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'ob-grants-'));
  const first = await launch({ profileDir: profile });
  const id = first.extensionId;
  await first.close();
  for (const g of grants) recordGrant(profile, id, g);
  const h = await launch({ profileDir: profile });
  const close = h.close.bind(h);
  return Object.assign(h, {
    profile,
    async close() {
      await close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  });
}

/** The ids and matches of the content scripts the extension has registered at run time. */
export const registeredScripts = (h: Harness): Promise<{ id: string; matches: string[]; persistAcrossSessions: boolean }[]> =>
  h.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());

/** Waits (up to 20 s) until the registered scripts are exactly these ids with these matches. */
export async function waitForScripts(h: Harness, want: Record<string, string[]>): Promise<void> {
  const norm = (entries: [string, string[]][]) => JSON.stringify(entries.map(([id, m]) => [id, [...m].sort()]).sort());
  const expected = norm(Object.entries(want));
  let seen = '';
  for (let waited = 0; waited < 20_000; waited += 200) {
    seen = norm((await registeredScripts(h)).map((r) => [r.id, r.matches]));
    if (seen === expected) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Registered scripts ${seen}, expected ${expected}`);
}

/** Does a page agent answer in this tab: is the extension's reader running there? */
export const agentAnswers = (h: Harness, tabId: number): Promise<boolean> =>
  h.worker.evaluate(
    (id: number) => chrome.tabs.sendMessage(id, { type: 'read-page' }).then((r: unknown) => !!r, () => false),
    tabId,
  );
