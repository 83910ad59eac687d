import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataBuilder } from './builder.js';
import { readDataLines } from './read-data.js';
import type { FunctionWordTable } from '../../src/language/function-words.js';

const FILE = 'data/shared/language-function-words.txt';

export const languageWordsBuilder: DataBuilder = {
  name: 'language-function-words',
  build(outDir) {
    const table: FunctionWordTable = {};
    for (const { line, fields } of readDataLines(FILE, 2, 400)) {
      const [code, ...words] = fields as [string, ...string[]];
      if (!/^[a-z]{3}$/.test(code)) throw new Error(`${FILE}:${line}: "${code}" is not an ISO 639-3 code`);
      if (table[code]) throw new Error(`${FILE}:${line}: ${code} is listed twice`);
      for (const w of words) if (!/^\p{Ll}+$/u.test(w)) throw new Error(`${FILE}:${line}: "${w}" is not a lower-case word`);
      table[code] = [...new Set(words)];
    }
    for (const needed of ['spa', 'eng']) if (!table[needed]) throw new Error(`${FILE}: no line for ${needed}`);
    writeFileSync(join(outDir, 'language-function-words.json'), JSON.stringify(table));
  },
};
