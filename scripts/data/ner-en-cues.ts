/**
 * Compiles data/en/ner-cues.txt (the English name tagger's cue words) into build/ner-en-cues.json:
 * per kind, the entries as token lists (a title like "Prime Minister" is two tokens).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NER_CUE_KINDS, type NerCueKind, type NerCueTable } from '../../src/ner/cues.js';
import type { DataBuilder } from './builder.js';
import { readDataLines } from './read-data.js';

const FILE = 'data/en/ner-cues.txt';
const WORD = /^[\p{L}][\p{L}'-]*$/u;

export const nerEnCuesBuilder: DataBuilder = {
  name: 'ner-en-cues',
  build(outDir) {
    const table = Object.fromEntries(NER_CUE_KINDS.map((k) => [k, [] as string[][]])) as NerCueTable;
    const seen = new Set<string>();
    for (const { line, fields } of readDataLines(FILE, 2, 6)) {
      const [kind, ...words] = fields as [string, ...string[]];
      if (!(NER_CUE_KINDS as readonly string[]).includes(kind)) throw new Error(`${FILE}:${line}: unknown kind "${kind}" (expected ${NER_CUE_KINDS.join(', ')})`);
      const bad = words.find((w) => !WORD.test(w));
      if (bad) throw new Error(`${FILE}:${line}: "${bad}" is not a word`);
      const key = `${kind} ${words.join(' ')}`;
      if (seen.has(key)) throw new Error(`${FILE}:${line}: "${words.join(' ')}" listed twice as ${kind}`);
      seen.add(key);
      table[kind as NerCueKind].push(words);
    }
    writeFileSync(join(outDir, 'ner-en-cues.json'), JSON.stringify(table));
  },
};
