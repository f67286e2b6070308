// Each measure is a figure and a baseline taken in the same run, so the ratio holds
// whatever the machine: the medians of several runs, never a single sample.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface Measure {
  name: string;
  unit: string;
  value: number;
  baselineName?: string;
  baseline?: number;
  /** value / baseline; for throughput measures the README says which way is better. */
  ratio?: number;
  budget?: string;
  runs: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const measures: Measure[] = [];

export function record(m: Omit<Measure, 'ratio'>): void {
  const ratio = m.baseline ? m.value / m.baseline : undefined;
  measures.push({ ...m, ...(ratio !== undefined ? { ratio: Math.round(ratio * 1000) / 1000 } : {}) });
}

/** Writes this file's measures for scripts/bench.mjs to merge. */
export function save(file: string): void {
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(`bench/out/${basename(file, '.bench.ts')}.json`, JSON.stringify(measures, null, 2));
}
