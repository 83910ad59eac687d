import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import type { DataBuilder } from './builder.js';

export const MANIFEST_FILE = 'manifest.json';

/** What the analysis depends on besides the code: the compiled lexicons and the trained models. */
function inputs(outDir: string): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
      .filter((f) => !f.endsWith(MANIFEST_FILE));
  const models = join(PROJECT_ROOT, 'models');
  return [...files(outDir), ...files(models).filter((f) => !f.endsWith('.md'))].sort();
}

/**
 * Hashes every compiled table and model once, at build time, into build/manifest.json, so the
 * analyser version (src/core/analyser-version.ts) costs one small read at run time instead of
 * hashing megabytes of models on every start. Runs last, after every table is written.
 */
export const manifestBuilder: DataBuilder = {
  name: 'manifest',
  build(outDir) {
    const all = createHash('sha256');
    const files: Record<string, string> = {};
    for (const path of inputs(outDir)) {
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      const name = relative(PROJECT_ROOT, path).split('\\').join('/');
      files[name] = digest;
      all.update(`${name}\u0000${digest}\n`);
    }
    writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify({ hash: all.digest('hex'), files }, null, 1)}\n`);
  },
};
