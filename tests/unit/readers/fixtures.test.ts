// @vitest-environment happy-dom
// Every dated fixture is read at its recorded URL and must give exactly the recorded result.
// New fixtures (tests/fixtures/<site>/<date>-<view>.html + .expected.json) are picked up here.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { READERS, readPage } from '../../../utils/sites/readers/registry';
import { fixtureFiles, loadFixture } from './fixture-helpers';

const files = fixtureFiles();

describe('dated fixtures', () => {
  it('exist for every site and are named <yyyy-mm-dd>-<view>', () => {
    const sites = new Set(files.map((f) => f.site));
    for (const reader of READERS.filter((r) => r.hostPatterns.length)) expect(sites.has(reader.name), reader.name).toBe(true);
    for (const f of files) expect(f.name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
  });

  for (const f of files) {
    it(`${f.site}/${f.name} reads as recorded`, () => {
      expect(existsSync(f.expected), `${f.expected} is missing`).toBe(true);
      const { doc, url, read, extraOrigins } = loadFixture(f.site, f.name);
      expect(readPage(doc, url, extraOrigins)).toEqual(read);
    });
  }

  it('name the maintained sources their markup was checked against, and when', () => {
    for (const f of files) {
      const { sources } = JSON.parse(readFileSync(f.expected, 'utf8'));
      expect(Array.isArray(sources) && sources.length > 0, `${f.site}/${f.name} has no sources`).toBe(true);
      for (const s of sources) {
        expect(s, `${f.site}/${f.name}`).toMatchObject({ repo: expect.any(String), file: expect.any(String), facts: expect.any(String) });
        expect(s.read, `${f.site}/${f.name}: when the source was read`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(s.commit ?? s.date, `${f.site}/${f.name}: which version was read`).toMatch(/^([0-9a-f]{40}|\d{4}-\d{2}-\d{2})$/);
      }
    }
  });

  it('stay small enough to read and review', () => {
    for (const f of files) expect(readFileSync(f.html).length).toBeLessThan(60_000);
  });
});
