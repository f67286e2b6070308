// The store listing (store/) matches what is shipped. beforeAll builds the Chrome and Firefox
// extensions into a temp folder (never the shared .output), so the checks run on real manifests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Manifest = {
  description: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
};
const BROWSERS = ['chrome', 'firefox'] as const;
type Browser = (typeof BROWSERS)[number];

let out: string;
const dirs = {} as Record<Browser, string>;
const manifests = {} as Record<Browser, Manifest>;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ob-listing-build-'));
  for (const browser of BROWSERS) {
    execFileSync('npx', ['wxt', 'build', '-b', browser], {
      env: { ...process.env, WXT_OUT_DIR: out },
      timeout: 120_000,
      stdio: 'pipe',
    });
    dirs[browser] = join(out, `${browser}-mv3`);
    manifests[browser] = JSON.parse(readFileSync(join(dirs[browser], 'manifest.json'), 'utf8'));
  }
}, 300_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const asked = (m: Manifest) => [
  ...(m.permissions ?? []),
  ...(m.optional_permissions ?? []),
  ...(m.host_permissions ?? []),
  ...(m.optional_host_permissions ?? []),
];

/** `- \`permission\` (Chrome only): why` → permission, its browsers, and the reason. */
function justifications() {
  const lines = readFileSync('store/permissions.md', 'utf8').split('\n').filter((l) => l.startsWith('- '));
  return lines.map((line) => {
    const m = /^- `([^`]+)`(?: \((Chrome|Firefox) only\))?: (.{20,})$/.exec(line);
    if (!m) throw new Error(`store/permissions.md: not "- \`permission\`: why": ${line}`);
    return { permission: m[1], only: m[2]?.toLowerCase() as Browser | undefined, why: m[3] };
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('store listing: permission justifications', () => {
  for (const browser of BROWSERS) {
    it(`justifies every permission the ${browser} manifest asks for, once`, () => {
      const justified = justifications().filter((j) => !j.only || j.only === browser).map((j) => j.permission);
      const missing = asked(manifests[browser]).filter((p) => !justified.includes(p));
      expect(missing, `add a line to store/permissions.md for: ${missing.join(', ')}`).toEqual([]);
      expect(new Set(justified).size).toBe(justified.length);
    });
  }

  it('justifies nothing the extension does not ask for, and marks browser-only permissions truly', () => {
    for (const j of justifications()) {
      const askedBy = BROWSERS.filter((b) => asked(manifests[b]).includes(j.permission));
      expect(askedBy, `${j.permission} is in store/permissions.md but in no manifest`).not.toEqual([]);
      if (j.only) expect(askedBy, `${j.permission} is marked ${j.only} only`).toEqual([j.only]);
      else expect(askedBy, `${j.permission} is asked by ${askedBy.join(' ')} only: mark it so`).toEqual([...BROWSERS]);
    }
  });
});

describe('store listing: text, icons, screenshots', () => {
  it('the short description is the manifest description, within the Chrome Web Store limit of 132 characters', () => {
    const short = readFileSync('store/short-description.txt', 'utf8').trim();
    expect(short.length).toBeLessThanOrEqual(132);
    // The manifest names its description in _locales (__MSG_extDescription__): the store shows the English one.
    for (const browser of BROWSERS) {
      const english = JSON.parse(readFileSync(join(dirs[browser], '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
      const description = manifests[browser].description.replace(/^__MSG_(\w+)__$/, (_, key: string) => english[key]?.message ?? '');
      expect(description).toBe(short);
    }
  });

  it('the description and privacy policy exist and make the privacy promise', () => {
    const description = readFileSync('store/description.txt', 'utf8');
    const policy = readFileSync('store/privacy-policy.md', 'utf8');
    expect(description.length).toBeGreaterThan(500);
    expect(description.length).toBeLessThan(16_000);
    expect(description).toMatch(/never leave your browser/);
    for (const host of ['trello.com', 'app.asana.com', 'mail.google.com']) expect(policy).toContain(host);
    expect(policy).toMatch(/no server, no account, no analytics/);
  });

  for (const browser of BROWSERS) {
    it(`${browser}: every icon the manifest names is a PNG of its size, from 16 to 128 px`, () => {
      const { icons = {}, action } = manifests[browser];
      expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
      for (const [size, file] of [...Object.entries(icons), ...Object.entries(action?.default_icon ?? {})]) {
        expect(pngSize(join(dirs[browser], file)), file).toEqual([Number(size), Number(size)]);
      }
      expect(existsSync(join(dirs[browser], 'welcome.html'))).toBe(true);
    });
  }

  it('screenshots: the demo board, popup, side panel and drafts page, each exactly 1280x800', () => {
    const shots = readdirSync('store/screenshots').filter((f) => f.endsWith('.png'));
    for (const name of [/demo-board/, /popup/, /side-panel/, /drafts/]) expect(shots.some((s) => name.test(s)), String(name)).toBe(true);
    for (const s of shots) expect(pngSize(join('store/screenshots', s)), s).toEqual([1280, 800]);
  });
});
