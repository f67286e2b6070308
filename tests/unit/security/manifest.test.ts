// Least privilege and no remote or string-evaluated code, checked on a real build: beforeAll
// builds the extension into a temp folder (never the shared .output), so the test never skips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONAL_SITES } from '../../../utils/sites/site-catalog';
import { MODEL_HOST_PATTERNS } from '../../../utils/core/ai/hosts';

const ROOT = process.cwd();
const SUPPORTED = ['https://app.asana.com/*', 'https://mail.google.com/*', 'https://trello.com/*'];
const BROAD = /<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/|:\/\/\*\.\*|file:\/\/\//;
// The owner's own Jira or GitHub Enterprise can live at any address: asked for one origin at a
// time from a click in Settings, never granted at install.
const OWNER_SERVERS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
const CONTENT_SCRIPT_BUDGET = 15 * 1024;

let out: string;
let dir: string;
let manifest: Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; exclude_matches?: string[] }[];
  web_accessible_resources?: unknown[];
};

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const builtFiles = (ext: string) => walk(dir).filter((f) => f.endsWith(ext));
const sourceFiles = () =>
  ['utils', 'entrypoints', 'components'].flatMap((d) => walk(join(ROOT, d))).filter((f) => /\.(ts|tsx)$/.test(f));
const grepSource = (re: RegExp) => sourceFiles().filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
const grepBuilt = (re: RegExp) => builtFiles('.js').filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(dir, f));

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ob-sec-build-'));
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: out },
    timeout: 120_000,
    stdio: 'pipe',
  });
  dir = join(out, 'chrome-mv3');
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}, 150_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('built manifest: least privilege', () => {
  it('is MV3 with no broad host pattern anywhere but the optional one for the owner’s own server', () => {
    expect(manifest.manifest_version).toBe(3);
    const optional = manifest.optional_host_permissions ?? [];
    expect(optional.filter((p) => BROAD.test(p))).toEqual(['https://*/*']);
    expect(JSON.stringify({ ...manifest, optional_host_permissions: optional.filter((p) => !BROAD.test(p)) })).not.toMatch(BROAD);
  });

  it('asks for exactly the three supported sites, and content scripts stay within them', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(SUPPORTED);
    // A model endpoint's origin is one of the optional hosts, asked for one at a time when the owner turns it on.
    for (const p of MODEL_HOST_PATTERNS) expect(manifest.optional_host_permissions ?? []).toContain(p);
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const cs of manifest.content_scripts ?? []) {
      for (const m of cs.matches) expect(SUPPORTED, m).toContain(m);
    }
    // Nothing exposed to web pages.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('the seven other sites are optional host permissions only, their scripts registered at run time', () => {
    expect(manifest.optional_host_permissions).toEqual([...OPTIONAL_SITES.flatMap((s) => s.patterns), ...OWNER_SERVERS]);
    const declared = (manifest.content_scripts ?? []).flatMap((cs) => (cs as { js?: string[] }).js ?? []);
    for (const site of OPTIONAL_SITES) {
      expect(existsSync(join(dir, site.script)), site.script).toBe(true);
      expect(declared, site.slug).not.toContain(site.script);
    }
    // Registered from a grant, requested from a click, following changes made elsewhere.
    expect(grepSource(/scripting\.registerContentScripts\(/)).toEqual(['utils/platform/site-access.ts']);
    expect(grepSource(/scripting\.unregisterContentScripts\(/)).toEqual(['utils/platform/site-access.ts']);
    expect(grepSource(/permissions\.onRemoved\.addListener\(/)).toContain('utils/platform/site-access.ts');
    expect(grepSource(/permissions\s*\.request\(\{\s*origins/).sort()).toEqual(['components/AiSettings.tsx', 'components/AllowSite.tsx', 'components/SitesSettings.tsx']);
    expect(grepBuilt(/\.registerContentScripts\(/)).toEqual(['background.js']);
  });

  it(`every content script stays under ${CONTENT_SCRIPT_BUDGET / 1024} KB gzipped (it loads on every page of its site)`, () => {
    const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(scripts.sort()).toEqual(['asana', 'gmail', 'trello', ...OPTIONAL_SITES.map((s) => s.slug)].sort().map((s) => `${s}.js`));
    for (const f of scripts) {
      const size = gzipSync(readFileSync(join(dir, 'content-scripts', f)), { level: 9 }).length;
      expect(size, `content-scripts/${f}: ${(size / 1024).toFixed(1)} KB gzipped`).toBeLessThan(CONTENT_SCRIPT_BUDGET);
    }
  });

  // Each permission with the code that needs it; a permission nobody uses is a defect, and so is
  // one the code uses without asking (it would fail at run time).
  const USES: Record<string, { source: RegExp; built: RegExp; why: string }> = {
    storage: { source: /\bstorage\.defineItem(<.*?>)?\(['"](local|session):/, built: /\.storage\[\w+\]|\.storage\.(local|session)/, why: 'last draft, triage choices, pending task' },
    scripting: { source: /\bscripting\.executeScript\(/, built: /\.scripting\.executeScript\(/, why: 'reads a selection or a page on demand' },
    // activeTab has no API of its own: it is what lets scripting.executeScript run on the tab the
    // person opened the extension on when that site is not one of the three hosts.
    activeTab: { source: /\bscripting\.executeScript\(\{\s*target:\s*\{\s*tabId/, built: /\.scripting\.executeScript\(\{target:\{tabId/, why: 'executeScript on the active tab, any site' },
    contextMenus: { source: /\bcontextMenus\.create\(/, built: /\.contextMenus\.create\(/, why: 'Rewrite as outcome brief' },
    offscreen: { source: /\bcreateDocument\(/, built: /\.createDocument\(\{/, why: 'copy from the keyboard shortcut' },
    clipboardWrite: { source: /execCommand\(\s*['"]copy['"]\s*\)/, built: /execCommand\(`copy`\)|execCommand\("copy"\)/, why: 'the offscreen copy' },
    sidePanel: { source: /\bsidePanel\b/, built: /\.sidePanel\b/, why: 'board review panel' },
    alarms: { source: /\balarms\.create\(/, built: /\.alarms\.create\(/, why: 'wake up when a report becomes overdue' },
  };

  it('asks for exactly the permissions the code uses', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(USES).sort());
    expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
  });

  it('notifications is optional: requested from a click in Settings, used only when granted', () => {
    expect(manifest.permissions).not.toContain('notifications');
    expect(grepSource(/permissions\.request\(\{\s*permissions:\s*\[\s*'notifications'\s*\]/)).not.toEqual([]);
    expect(grepBuilt(/\.notifications\.create\(|\.create\(\w+,\{type:`basic`/)).not.toEqual([]);
  });

  for (const [permission, use] of Object.entries(USES)) {
    it(`${permission} is used (${use.why})`, () => {
      expect(grepSource(use.source), `no source file matches ${use.source}`).not.toEqual([]);
      expect(grepBuilt(use.built), `no built file matches ${use.built}`).not.toEqual([]);
    });
  }

  it('clipboardWrite: the offscreen document is the one doing execCommand("copy")', () => {
    const offscreenHtml = readFileSync(join(dir, 'offscreen.html'), 'utf8');
    const scripts = [...offscreenHtml.matchAll(/src="\/([^"]+)"/g)].map((m) => m[1]);
    const chunks = new Set<string>(scripts);
    // The entry and every chunk it imports.
    for (const s of [...chunks]) {
      for (const m of readFileSync(join(dir, s), 'utf8').matchAll(/from\s*["'`]\.?\.?\/?([^"'`]+\.js)["'`]/g)) chunks.add(`chunks/${m[1].replace(/^.*\//, '')}`);
    }
    const code = [...chunks].filter((c) => existsSync(join(dir, c))).map((c) => readFileSync(join(dir, c), 'utf8')).join('\n');
    expect(code).toMatch(/execCommand\(`copy`\)|execCommand\("copy"\)/);
  });

  it('keeps the default content security policy', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('sandbox');
  });
});

describe('built pages and scripts: no remote or string-evaluated code', () => {
  it('every script, stylesheet and preload in the built HTML is a local file', () => {
    const pages = builtFiles('.html');
    expect(pages.map((p) => relative(dir, p)).sort()).toEqual(
      expect.arrayContaining(['drafts.html', 'options.html', 'popup.html', 'sidepanel.html']),
    );
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const refs = [...html.matchAll(/<(script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)];
      for (const [, tag, url] of refs) {
        expect(url, `${relative(dir, page)} <${tag}>`).toMatch(/^\/?[\w./-]+$/);
        expect(existsSync(join(dir, url)), `${relative(dir, page)} refers to missing ${url}`).toBe(true);
      }
      // No inline scripts (the default CSP would refuse them anyway).
      expect(html, relative(dir, page)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });

  it('no eval, no string timers, no remote imports in any built script', () => {
    for (const file of builtFiles('.js')) {
      const js = readFileSync(file, 'utf8');
      const name = relative(dir, file);
      expect(js, name).not.toMatch(/(^|[^\w$.])eval\s*\(/);
      expect(js, name).not.toMatch(/\bset(Timeout|Interval)\(\s*[`'"]/);
      expect(js, name).not.toMatch(/\bimport\(\s*[`'"](https?:)?\/\//);
      expect(js, name).not.toMatch(/\bimportScripts\(/);
      expect(js, name).not.toMatch(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/);
    }
  });

  it('fetch() only in Vite\'s modulepreload polyfill, which fetches the local preload links, and in the model endpoint client', () => {
    // The owner's model endpoint (Settings › AI): one chunk, loaded only when it is used.
    const endpoint = grepBuilt(/\bfetch\(/).filter((n) => /^chunks\/endpoint-client-/.test(n));
    expect(endpoint).toHaveLength(1);
    expect(readFileSync(join(dir, endpoint[0]!), 'utf8').match(/\bfetch\(/g)).toHaveLength(1);
    for (const name of grepBuilt(/\bfetch\(/).filter((n) => !endpoint.includes(n))) {
      const js = readFileSync(join(dir, name), 'utf8');
      expect(js, name).toMatch(/link\[rel="modulepreload"\]/);
      expect(js.match(/\bfetch\(/g), name).toHaveLength(1);
      expect(js, name).toMatch(/fetch\(e\.href,n\)|fetch\(\w+\.href,\s*\w+\)/);
    }
  });

  it('the Function constructor appears only as zod\'s JIT, and zod is configured jitless wherever it is bundled', () => {
    // Precise rule: `Function` used as a value (called, constructed or assigned), as opposed to
    // `instanceof Function` and `Function.prototype/call` helpers. The only such uses are zod's
    // eval probe `Function(\`\`)` and its compiler `let e=Function ... new e(...)`. Both only run
    // when zod thinks eval is allowed; `z.config({ jitless: true })` (utils/model/zod.ts) stops
    // the probe too, which otherwise raises a CSP violation in every extension page that validates.
    const valueUse = /(?<![\w$.]|instanceof\s+)(?:new\s+)?Function(?=\s*\(|\s*[,;)])/g;
    const offenders: string[] = [];
    for (const file of builtFiles('.js')) {
      const js = readFileSync(file, 'utf8');
      const name = relative(dir, file);
      const uses = [...js.matchAll(valueUse)].map((m) => js.slice(Math.max(0, m.index! - 40), m.index! + 40));
      if (!uses.length) continue;
      for (const u of uses) {
        const zod = /try\{return Function\(``\),!0\}|compile\(\)\{let \w+=Function/.test(u);
        if (!zod) offenders.push(`${name}: …${u}…`);
      }
      const zodEval = /try\{return Function\(``\),!0\}/.test(js);
      if (zodEval && !/jitless:\s*(!0|true)/.test(js)) offenders.push(`${name}: bundles zod's eval probe and compiler but never sets jitless`);
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
});

describe('built bundles: budgets and what ships', () => {
  const gzipKb = (file: string) => gzipSync(readFileSync(join(dir, file))).length / 1024;

  it('every content script stays within 15 KB gzipped (it loads on every Trello, Asana and Gmail page)', () => {
    const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const f of scripts) expect(gzipKb(join('content-scripts', f)), f).toBeLessThan(15);
  });

  it('DOMPurify stays out of the background worker, which has no DOM to run it on', () => {
    const js = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(js).not.toMatch(/DOMPurify|uponSanitizeAttribute|ALLOWED_URI_REGEXP/);
  });

  it('the AI code is its own chunks: never in a content script or the background, never loaded before the popup paints', () => {
    const ai = /LanguageModel|responseConstraint|chat\/completions|response_format/;
    expect(grepBuilt(ai).filter((f) => f.startsWith('content-scripts/') || f === 'background.js')).toEqual([]);
    const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
    const firstPaint = [...popup.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(firstPaint.length).toBeGreaterThan(1);
    for (const chunk of firstPaint) expect(readFileSync(join(dir, chunk), 'utf8'), chunk).not.toMatch(ai);
    // The prompt, schema and answer checks load on the click.
    const prompt = grepBuilt(/You improve an outcome brief/);
    expect(prompt).toHaveLength(1);
    expect(prompt[0]).toMatch(/^chunks\/improve-/);
  });

  it('nothing written only for tests ships', () => {
    expect(grepBuilt(/sanitizerEngine|happy-dom|vitest|fake-indexeddb|fakeBrowser/)).toEqual([]);
  });
});
