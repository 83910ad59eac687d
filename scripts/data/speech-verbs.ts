import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataBuilder } from './builder.js';
import { spanishForms } from './conjugate.js';
import { readDataLines } from './read-data.js';

/** Compiled speech-verb forms: lower-cased surface forms per language. */
export interface SpeechVerbTable {
  es: string[];
  en: string[];
}

/** English forms by rule: -s, -ed (with the spelling changes), plus the irregular ones listed. */
export function englishForms(lemma: string, irregular: string[]): string[] {
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = irregular.length
    ? irregular
    : [/e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`];
  return [lemma, third, ...past, `${lemma.replace(/e$/, '')}ing`];
}

export const speechVerbsBuilder: DataBuilder = {
  name: 'speech-verbs',
  build(outDir) {
    const es = new Set<string>();
    for (const { fields } of readDataLines('data/es/speech-verbs.txt', 1, 1)) for (const f of spanishForms(fields[0]!)) es.add(f);
    const en = new Set<string>();
    for (const { fields } of readDataLines('data/en/speech-verbs.txt', 1, 3)) for (const f of englishForms(fields[0]!, fields.slice(1))) en.add(f);
    const table: SpeechVerbTable = { es: [...es].sort(), en: [...en].sort() };
    writeFileSync(join(outDir, 'speech-verbs.json'), JSON.stringify(table));
  },
};

