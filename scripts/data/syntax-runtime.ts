import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { decodeSyntaxModel } from '../../src/syntax/model-file.js';
import { readModelStamp, type SyntaxLang, syntaxModelPath } from '../../src/syntax/models.js';
import { encodeRuntimeModel, runtimeModelFile } from '../../src/syntax/runtime-file.js';
import type { DataBuilder } from './builder.js';

const LANGS: readonly SyntaxLang[] = ['es', 'en'];

/**
 * Writes each shipped syntax model (models/*.bin.gz, kept as committed) in the layout it runs in, so a
 * process loads it with one read instead of a gunzip and a rebuild of its tables (src/syntax/runtime-file.ts).
 */
export const syntaxRuntimeBuilder: DataBuilder = {
  name: 'syntax runtime models',
  build(outDir: string) {
    for (const lang of LANGS) {
      const rel = syntaxModelPath(lang);
      const stamp = readModelStamp(PROJECT_ROOT + rel);
      if (!stamp) throw new Error(`${rel}: missing (it ships with the project)`);
      const data = decodeSyntaxModel(readFileSync(PROJECT_ROOT + rel), rel);
      writeFileSync(join(outDir, runtimeModelFile(lang)), encodeRuntimeModel(data, stamp));
    }
  },
};
