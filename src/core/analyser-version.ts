import { loadJsonResource } from './resources.js';
import { packageVersion } from './version.js';

let base: string | null = null;

/**
 * Which analyser produced an analysis: the package version and the first 12 hex digits of the hash
 * of every compiled lexicon and model (build/manifest.json, written by `npm run build`), e.g.
 * `0.1.0+3f9a0c1b2d4e`. A rebuilt lexicon or a retrained model changes it even when the package
 * version does not, which is what tells `reanalyze` that a stored analysis is stale. Read once.
 */
export function analyserVersion(): string {
  base ??= `${packageVersion()}+${loadJsonResource<{ hash: string }>('build/manifest.json').hash.slice(0, 12)}`;
  return base;
}
