// Shared by the reader tests: fixtures live in tests/fixtures/<site>/<yyyy-mm-dd>-<view>.html
// with <same-name>.expected.json ({ url, read }) beside them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageRead } from '../../../utils/core/model/task';
import type { ExtraOrigins } from '../../../utils/sites/readers/registry';

// Not `new URL(…, import.meta.url)`: happy-dom replaces the global URL class in these tests.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

const DATED = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/;

export interface FixtureFile {
  site: string;
  name: string;
  html: string;
  expected: string;
}

export function fixtureFiles(): FixtureFile[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(FIXTURES, d.name))
        // Only dated reader fixtures: other suites keep their own pages under tests/fixtures too.
        .filter((f) => DATED.test(f))
        .map((f) => ({
          site: d.name,
          name: f.replace(/\.html$/, ''),
          html: join(FIXTURES, d.name, f),
          expected: join(FIXTURES, d.name, f.replace(/\.html$/, '.expected.json')),
        })),
    );
}

export function parse(html: string): Document {
  // Real pages link stylesheets and iframes; happy-dom refuses to load them (good) but logs
  // each refusal as an error unless told to treat it as success.
  const hd = (globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM;
  if (hd) hd.settings.handleDisabledFileLoadingAsSuccess = true;
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(site: string, name: string): { doc: Document; url: string; read: PageRead; extraOrigins?: ExtraOrigins } {
  const base = join(FIXTURES, site, name);
  // extraOrigins: origins the owner added in Settings (a self-hosted Jira or GitHub Enterprise).
  const { url, read, extraOrigins } = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8'));
  return { doc: parse(readFileSync(`${base}.html`, 'utf8')), url, read, extraOrigins };
}
