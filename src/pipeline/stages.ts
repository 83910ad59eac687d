import type { Stage } from '../core/stage.js';
import { actorsStage } from '../actors/stage.js';
import { eventsStage } from '../events/stage.js';
import { languageStage } from '../language/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { structureStage } from '../structure/stage.js';
import { syntaxStage } from '../syntax/stage.js';
import { timeStage } from '../time/stage.js';
import { topicsStage } from '../topics/stage.js';

/** The pipeline, in order: the one place to read what runs and when. */
export const STAGES: readonly Stage[] = [
  languageStage,
  structureStage,
  syntaxStage,
  timeStage,
  actorsStage,
  quotesStage,
  topicsStage,
  eventsStage,
];
