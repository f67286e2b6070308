// @vitest-environment happy-dom
// Every dated fixture is read at its recorded URL and must give exactly the recorded result.
// New fixtures (tests/fixtures/<site>/<date>-<view>.html + .expected.json) are picked up here.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { readPage } from '../../../utils/sites/readers/registry';
import { fixtureFiles, loadFixture } from './fixture-helpers';

const files = fixtureFiles();

describe('dated fixtures', () => {
  it('exist for every site and are named <yyyy-mm-dd>-<view>', () => {
    const sites = new Set(files.map((f) => f.site));
    for (const site of ['trello', 'asana', 'gmail']) expect(sites.has(site), site).toBe(true);
    for (const f of files) expect(f.name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
  });

  for (const f of files) {
    it(`${f.site}/${f.name} reads as recorded`, () => {
      expect(existsSync(f.expected), `${f.expected} is missing`).toBe(true);
      const { doc, url, read } = loadFixture(f.site, f.name);
      expect(readPage(doc, url)).toEqual(read);
    });
  }

  it('stay small enough to read and review', () => {
    for (const f of files) expect(readFileSync(f.html).length).toBeLessThan(60_000);
  });
});
