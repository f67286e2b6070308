// The dated page fixtures shared with the reader unit tests, for serving in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageRead } from '../../utils/core/model/task';

export interface SiteFixture {
  site: string;
  name: string;
  url: string;
  html: string;
  read: PageRead;
}

const ROOT = resolve('tests/fixtures');
const DATED = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/;

export function siteFixtures(): SiteFixture[] {
  return ['trello', 'asana', 'gmail'].flatMap((site) =>
    readdirSync(join(ROOT, site))
      .filter((f) => DATED.test(f))
      .sort()
      .map((f) => {
        const { url, read } = JSON.parse(readFileSync(join(ROOT, site, f.replace(/\.html$/, '.expected.json')), 'utf8'));
        return { site, name: f.replace(/\.html$/, ''), url, read, html: readFileSync(join(ROOT, site, f), 'utf8') };
      }),
  );
}
