import type { Evaluator } from './harness.js';
import { udSentencesEvaluator } from './ud-sentences.js';

/** Every evaluator `npm run eval` runs, in order. */
export const EVALUATORS: Evaluator[] = [
  udSentencesEvaluator,
];
