import type { Stage } from '../core/stage.js';
import { languageStage } from '../language/stage.js';
import { structureStage } from '../structure/stage.js';

/** The pipeline, in order: the one place to read what runs and when. */
export const STAGES: readonly Stage[] = [
  languageStage,
  structureStage,
];
