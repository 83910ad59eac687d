import { actorsPloverEvaluator } from './actors-plover.js';
import { actorsUpdpEvaluator } from './actors-updp.js';
import { articlesEvaluator } from './articles.js';
import { conllNerEvaluator } from './conll-ner.js';
import type { Evaluator } from './harness.js';
import { languageIdEvaluator } from './language-id.js';
import { ploverEnglishEvaluator } from './plover-english.js';
import { updpSpanishEventsEvaluator } from './updp-spanish-events.js';
import { timeTableEvaluator } from './time-table.js';
import { udSentencesEvaluator } from './ud-sentences.js';
import { udSyntaxEvaluator } from './ud-syntax.js';

/** Every evaluator `npm run eval` runs, in order. */
export const EVALUATORS: Evaluator[] = [
  ploverEnglishEvaluator,
  updpSpanishEventsEvaluator,
  articlesEvaluator,
  udSentencesEvaluator,
  udSyntaxEvaluator,
  languageIdEvaluator,
  conllNerEvaluator,
  timeTableEvaluator,
  actorsUpdpEvaluator,
  actorsPloverEvaluator,
];
