// The dated page fixtures shared with the reader unit tests, for serving in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageRead } from '../../utils/core/model/task';
import { SITES } from '../../utils/sites/site-catalog';

export interface SiteFixture {
  site: string;
  name: string;
  url: string;
  html: string;
  read: PageRead;
  /** Origins the owner added in Settings for this page's self-hosted site. */
  extraOrigins?: Record<string, string[]>;
}

const ROOT = resolve('tests/fixtures');
const DATED = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/;

/** Every site's dated fixtures (or those of the sites named), each with the URL it is served at. */
export function siteFixtures(sites: readonly string[] = SITES.map((s) => s.slug)): SiteFixture[] {
  return sites.flatMap((site) =>
    readdirSync(join(ROOT, site))
      .filter((f) => DATED.test(f))
      .sort()
      .map((f) => {
        const { url, read, extraOrigins } = JSON.parse(readFileSync(join(ROOT, site, f.replace(/\.html$/, '.expected.json')), 'utf8'));
        return { site, name: f.replace(/\.html$/, ''), url, read, extraOrigins, html: readFileSync(join(ROOT, site, f), 'utf8') };
      }),
  );
}
