/**
 * Benchmark results: each benchmark measures this project and a baseline in the same run and
 * records the figure, the baseline, their ratio and whether the goal is met.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const QUICK = process.env.BENCH_QUICK === '1';

export interface BenchResult {
  name: string;
  figure: number;
  unit: string;
  baseline: number;
  /** figure / baseline */
  ratio: number;
  goal: string;
  pass: boolean | null;
  notes?: string;
}

const DIR = path.resolve('test-artifacts/bench');

export function record(file: string, results: BenchResult[]): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(path.join(DIR, `${file}.json`), JSON.stringify(results, null, 2));
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]) => percentile(values, 50);
