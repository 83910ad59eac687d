import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The project's root, found from this module: src/core/ under tsx and dist/core/ when built are both two
 * levels down, so compiled lexicons (build/) and shipped data (data/, models/) resolve the same way.
 */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const cache = new Map<string, unknown>();

/**
 * Loads a JSON resource relative to the project root once and keeps it (read-only) for the process.
 * Stages call this lazily on first use, so nothing is read per document.
 */
export function loadJsonResource<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    let raw: string;
    try {
      raw = readFileSync(PROJECT_ROOT + relativePath, 'utf8');
    } catch {
      throw new Error(`missing resource ${relativePath}: run \`npm run build\` to compile the data files`);
    }
    value = JSON.parse(raw) as unknown;
    cache.set(relativePath, value);
  }
  return value as T;
}
