// Helpers for the browser benchmarks: big Trello boards made from the real fixture, and
// the Trello reader bundled to run inside a page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const FIXTURE = resolve('tests/fixtures/trello/2026-11-25-board.html');
const CARD = /<li data-testid="list-card"[\s\S]*?<\/li>/g;
const LIST_CARDS = '<ol data-testid="list-cards" class="sc-dAbbOL">';
const HIDDEN_LIST = '<li data-testid="list-wrapper" class="sc-hmdomO" hidden>';

/** Cards of the fixture a person can read (the reader returns them) and the noise between them. */
function templates() {
  const html = readFileSync(FIXTURE, 'utf8');
  const hiddenListAt = html.indexOf(HIDDEN_LIST);
  const cards = html.slice(0, hiddenListAt).match(CARD) ?? [];
  const title = (c: string) => (c.match(/data-testid="card-name"[^>]*>([\s\S]*?)<\/a>/)?.[1] ?? '').replace(/<[^>]*>/g, '').trim();
  const readable = cards.filter((c) => !/ hidden>/.test(c) && title(c) !== '');
  const noise = cards.filter((c) => !readable.includes(c));
  return { html, hiddenListAt, readable, noise };
}

/** A card with its own id, so every row of the board is a distinct task. */
const withId = (card: string, i: number) => card.replace(/\/c\/[^/"]+\/\d+-/g, `/c/Bn${i.toString(36).padStart(6, '0')}/${i}-`);

/**
 * The fixture board with `readable` cards a person can read, spread over its three visible
 * lists, keeping the fixture's noise: after every 7 readable cards come an empty-titled card,
 * a hidden template card and an archived placeholder; the composer, the hidden list, scripts,
 * styles and popovers stay as they are.
 */
export function makeBoard(readable: number): { html: string; readable: number; listCards: number } {
  const t = templates();
  // The fixture's own cards are taken out of the visible lists; the hidden list keeps its card.
  let html = t.html.slice(0, t.hiddenListAt).replace(CARD, '') + t.html.slice(t.hiddenListAt);
  const lists: string[][] = [[], [], []];
  let n = 0;
  let listCards = 0;
  for (let i = 0; i < readable; i++) {
    const list = lists[Math.floor((i * 3) / readable)];
    list.push(withId(t.readable[i % t.readable.length], n++));
    listCards++;
    if (i % 7 === 6) for (const noise of t.noise) list.push(withId(noise, n++)), listCards++;
  }
  let k = 0;
  html = html.replace(new RegExp(LIST_CARDS, 'g'), (m) => (k < 3 ? m + lists[k++].join('\n') : m));
  return { html, readable, listCards };
}

let bundled: string | undefined;
/** utils/sites/readers/trello.ts bundled for a page: `window.OBTrello.trelloReader`. */
export async function readerBundle(): Promise<string> {
  if (bundled) return bundled;
  const result = await build({
    stdin: {
      contents: "export { trelloReader } from './utils/sites/readers/trello';",
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'OBTrello',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  bundled = result.outputFiles[0].text;
  return bundled;
}

export async function addReader(page: Page): Promise<void> {
  await page.addScriptTag({ content: await readerBundle() });
}

// Pages time to 0.1 ms only, so small boards are read `reps` times per sample and divided.

/** Milliseconds the real reader takes to read the whole page, timed inside the page. */
export const timeReader = (page: Page, reps = 1): Promise<{ ms: number; tasks: number }> =>
  page.evaluate((reps) => {
    const reader = (window as unknown as { OBTrello: { trelloReader: { read(d: Document, u: URL): { tasks: unknown[] } } } }).OBTrello.trelloReader;
    let tasks = 0;
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) tasks = reader.read(document, new URL(location.href)).tasks.length;
    return { ms: (performance.now() - t0) / reps, tasks };
  }, reps);

/** The least any reader must do: find the cards and take each one's title text. */
export const timeBareQuery = (page: Page, reps = 1): Promise<{ ms: number; tasks: number }> =>
  page.evaluate((reps) => {
    let titles: string[] = [];
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) {
      titles = [];
      for (const card of document.querySelectorAll('[data-testid="list-card"]')) {
        const title = card.querySelector('[data-testid="card-name"]')?.textContent;
        if (title) titles.push(title);
      }
    }
    return { ms: (performance.now() - t0) / reps, tasks: titles.length };
  }, reps);
