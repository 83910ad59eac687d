import { loadJsonResource } from '../core/resources.js';

export interface CameoLabel {
  /** The codebook's name for the code ("Express intent to cooperate"). */
  description: string;
  /** PLOVER contexts from the CAMEO→PLOVER table ("military", "legal"), often none. */
  contexts: string[];
}

/** The label of a CAMEO code, or of its base code when the table has no row for the code itself. */
export function cameoLabel(code: string): CameoLabel | null {
  const labels = loadJsonResource<Record<string, CameoLabel>>('build/cameo-labels.json');
  return labels[code] ?? labels[code.slice(0, 3)] ?? null;
}
