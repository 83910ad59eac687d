import type { Evaluator } from './harness.js';

/** Every evaluator `npm run eval` runs, in order. */
export const EVALUATORS: Evaluator[] = [];
