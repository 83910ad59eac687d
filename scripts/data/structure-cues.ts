import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataBuilder } from './builder.js';
import { readDataLines } from './read-data.js';
import {
  CUE_KINDS, CUE_MODES, WORD_SECTIONS, type CueKind, type CueMode, type StructureCueTable, type WordSection,
} from '../../src/structure/segment-cue-table.js';

const FILES = { es: 'data/es/structure-cues.txt', en: 'data/en/structure-cues.txt' } as const;

const VOWELS: Record<string, string> = {
  a: 'aáàâä', e: 'eéèêë', i: 'iíìîï', o: 'oóòôö', u: 'uúùûü',
};

export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * A phrase as a regex source that matches it with or without accents and with any whitespace run. With
 * `bothCases` the source spells out upper and lower case itself, for patterns that cannot use the `i` flag
 * (they test capitalisation elsewhere).
 */
export function phraseSource(phrase: string, bothCases = false): string {
  let out = '';
  for (const ch of stripAccents(phrase.toLowerCase())) {
    const vowels = VOWELS[ch];
    if (ch === ' ') out += '\\s+';
    else if (ch === "'" || ch === '’') out += "['’]";
    else if (vowels) out += `[${vowels}${bothCases ? vowels.toUpperCase() : ''}]`;
    else if (/[\\^$.*+?()[\]{}|/]/.test(ch)) out += `\\${ch}`;
    else if (bothCases && ch !== ch.toUpperCase()) out += `[${ch}${ch.toUpperCase()}]`;
    else out += ch;
  }
  return out;
}

export const structureCuesBuilder: DataBuilder = {
  name: 'structure-cues',
  build(outDir) {
    const table: StructureCueTable = {
      cues: Object.fromEntries(CUE_MODES.map((m) => [m, {}])) as StructureCueTable['cues'],
      containsKeywords: [],
      months: [],
      weekdays: [],
      words: { es: { stop: [], dangling: [], suffixes: [] }, en: { stop: [], dangling: [], suffixes: [] } },
    };
    for (const lang of ['es', 'en'] as const) {
      const file = FILES[lang];
      let section: { kind: CueKind; mode: CueMode } | WordSection | null = null;
      const words: Record<WordSection, Set<string>> = {
        month: new Set(), weekday: new Set(), stop: new Set(), dangling: new Set(), suffix: new Set(),
      };
      for (const { line, fields } of readDataLines(file, 1, 1000)) {
        const head = fields[0]!;
        if (head.startsWith('@')) {
          const name = head.slice(1);
          if ((WORD_SECTIONS as readonly string[]).includes(name) && fields.length === 1) {
            section = name as WordSection;
          } else if ((CUE_KINDS as readonly string[]).includes(name) && fields.length === 2 && (CUE_MODES as readonly string[]).includes(fields[1]!)) {
            section = { kind: name as CueKind, mode: fields[1] as CueMode };
          } else {
            throw new Error(`${file}:${line}: unknown section "${fields.join(' ')}" (expected "@KIND MODE" with KIND in ${CUE_KINDS.join('|')} and MODE in ${CUE_MODES.join('|')}, or @${WORD_SECTIONS.join('|@')})`);
          }
          continue;
        }
        if (section === null) throw new Error(`${file}:${line}: a phrase before any "@" section`);
        if (typeof section === 'string') {
          for (const w of fields) {
            if (!/^[\p{L}'’-]+$/u.test(w)) throw new Error(`${file}:${line}: "${w}" is not a word`);
            words[section].add(w.toLowerCase());
          }
          continue;
        }
        const phrase = fields.join(' ');
        if (!/\p{L}/u.test(phrase)) throw new Error(`${file}:${line}: "${phrase}" has no letters`);
        if (section.mode === 'contains') {
          const keyword = fields.map((w) => w.toLowerCase()).filter((w) => /^[a-z'-]{4,}$/.test(w)).sort((a, b) => b.length - a.length)[0];
          if (!keyword) throw new Error(`${file}:${line}: a "contains" phrase needs a word of four or more unaccented letters`);
          if (!table.containsKeywords.includes(keyword)) table.containsKeywords.push(keyword);
        }
        const byKind = table.cues[section.mode];
        (byKind[section.kind] ??= []).push(phraseSource(phrase));
      }
      for (const name of WORD_SECTIONS) if (words[name].size === 0) throw new Error(`${file}: section @${name} is missing or empty`);
      table.months.push(...[...words.month].map((w) => phraseSource(w, true)));
      table.weekdays.push(...[...words.weekday].map((w) => phraseSource(w, true)));
      const stop = new Set<string>();
      for (const w of words.stop) stop.add(w).add(stripAccents(w));
      table.words[lang] = {
        stop: [...stop].sort(),
        dangling: [...words.dangling].sort(),
        suffixes: [...new Set([...words.suffix].map(stripAccents))].sort((a, b) => b.length - a.length || a.localeCompare(b)),
      };
    }
    const byLength = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);
    for (const mode of CUE_MODES) {
      for (const kind of CUE_KINDS) {
        const list = table.cues[mode][kind];
        if (list) table.cues[mode][kind] = [...new Set(list)].sort(byLength);
      }
    }
    table.months = [...new Set(table.months)].sort(byLength);
    table.weekdays = [...new Set(table.weekdays)].sort(byLength);
    writeFileSync(join(outDir, 'structure-cues.json'), JSON.stringify(table));
  },
};
