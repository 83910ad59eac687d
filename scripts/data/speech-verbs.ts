import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataBuilder } from './builder.js';
import { spanishForms } from './conjugate.js';
import { Lexicon } from './events.js';
import { fold } from './events-conjugate-es.js';
import { readDataLines } from './read-data.js';

/**
 * Compiled speech-verb forms: lower-cased surface forms per language; Spanish forms also folded (no
 * accents) as the event lexicon conjugates them, whose stem changes the plain conjugator misses
 * ("advirtió", "advierte", "sostuvo"), with those only ever written with an accent apart; and the
 * lemmas, for reading the verb off the tree.
 */
export interface SpeechVerbTable {
  es: string[];
  en: string[];
  esFolded: string[];
  esAccented: string[];
  lemmas: { es: string[]; en: string[] };
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
    const esLemmas: string[] = [];
    const lexicon = new Lexicon('es');
    const folded = new Set<string>();
    const file = 'data/es/speech-verbs.txt';
    for (const { fields, line } of readDataLines(file, 1, 1)) {
      for (const f of spanishForms(fields[0]!)) es.add(f);
      esLemmas.push(fold(fields[0]!));
      for (const f of lexicon.lexemes[lexicon.lexeme('v', fields[0]!, { file, n: line, cols: fields })]!) folded.add(f);
    }
    const en = new Set<string>();
    const enLemmas: string[] = [];
    for (const { fields } of readDataLines('data/en/speech-verbs.txt', 1, 3)) {
      for (const f of englishForms(fields[0]!, fields.slice(1))) en.add(f);
      enLemmas.push(fields[0]!.toLowerCase());
    }
    const accented = [...folded].filter((f) => lexicon.accented.has(f));
    const table: SpeechVerbTable = {
      es: [...es].sort(), en: [...en].sort(), esFolded: [...folded].sort(), esAccented: accented.sort(), lemmas: { es: esLemmas.sort(), en: enLemmas.sort() },
    };
    writeFileSync(join(outDir, 'speech-verbs.json'), JSON.stringify(table));
  },
};

