import { existsSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/resources.js';

/** Where the shared evaluation data sets live (beside the project, never inside it). */
export const DATA_ROOT = `${PROJECT_ROOT}../shared/data/`;

export type Figures = Record<string, number | string | null>;

export interface Evaluator {
  /** Key in eval/results.json. */
  readonly name: string;
  /** What is measured, for the printed header. */
  readonly description: string;
  /** Files (relative to ../shared/data) the evaluator needs; when any is absent it is skipped. */
  readonly needs: readonly string[];
  run(): Figures | Promise<Figures>;
}

export function missingData(e: Evaluator): string[] {
  return e.needs.filter((p) => !existsSync(DATA_ROOT + p));
}

/** Precision, recall and F1 from counts, rounded for the results file. */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

export const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
