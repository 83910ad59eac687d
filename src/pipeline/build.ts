import { PipelineError } from '../core/errors.js';
import type { Layer, Stage } from '../core/stage.js';

/**
 * Checks a stage list before anything runs: every layer a stage requires must be provided by a stage
 * before it (or be the input text), and no two stages may provide the same layer.
 */
export function checkStages(stages: readonly Stage[]): void {
  const available = new Set<Layer>(['text']);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        throw new PipelineError(`stage "${stage.name}" requires "${layer}", which no earlier stage provides`);
      }
    }
    for (const layer of stage.provides) {
      if (available.has(layer)) {
        throw new PipelineError(`stage "${stage.name}" provides "${layer}", which an earlier stage already provides`);
      }
      available.add(layer);
    }
  }
}
