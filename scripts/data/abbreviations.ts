/**
 * Compiles data/{es,en}/abbreviations.txt into build/abbreviations.json: per language, the abbreviations
 * by kind (title, ambiguous, numeric, final), the pairs of words that a multi-word abbreviation keeps together
 * ("p." + "ej.") and the words that start a sentence after an ambiguous abbreviation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import type { DataBuilder } from './builder.js';

export const ABBREVIATION_LANGS = ['es', 'en'] as const;
export const ABBREVIATION_KINDS = ['title', 'ambiguous', 'numeric', 'final'] as const;
export type AbbreviationKind = (typeof ABBREVIATION_KINDS)[number];

/** The compiled form of one language's file. */
export interface AbbreviationTable {
  title: string[];
  ambiguous: string[];
  numeric: string[];
  final: string[];
  starter: string[];
  /** [word, next word] inside a multi-word abbreviation: no boundary between them. */
  pairs: Array<[string, string]>;
}

const SECTIONS = new Set<string>([...ABBREVIATION_KINDS, 'starter']);
const ABBREVIATION_WORD = /^[\p{L}\p{M}.]+$/u;
const STARTER_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;

/** Parses one abbreviations file; throws "file:line: reason" on the first bad line. */
export function parseAbbreviations(source: string, file: string): AbbreviationTable {
  const table: AbbreviationTable = { title: [], ambiguous: [], numeric: [], final: [], starter: [], pairs: [] };
  const kindOf = new Map<string, { kind: string; line: number }>();
  const seenPairs = new Set<string>();
  const lines = source.split('\n');
  const fail: (n: number, reason: string) => never = (n, reason) => {
    throw new Error(`${file}:${n}: ${reason}`);
  };
  if (!/^#\s*source:/i.test(lines[0] ?? '')) fail(1, 'the first line must be "# source: …"');

  let section: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.replace(/\r$/, '');
    const body = line.trim();
    if (body === '' || body.startsWith('#')) continue;
    if (line !== body) fail(n, 'leading or trailing whitespace');
    const header = /^\[(\w+)\]$/.exec(body);
    if (header) {
      if (!SECTIONS.has(header[1]!)) fail(n, `unknown section [${header[1]}] (expected ${[...SECTIONS].join(', ')})`);
      section = header[1]!;
      continue;
    }
    if (section === null) fail(n, 'entry before any [section]');
    if (section === 'starter') {
      if (!STARTER_WORD.test(body)) fail(n, `"${body}" is not a single capitalised word`);
      if (table.starter.includes(body)) fail(n, `"${body}" is listed twice`);
      table.starter.push(body);
      continue;
    }
    const words = body.split(' ');
    for (const w of words) {
      if (w === '' || !ABBREVIATION_WORD.test(w) || w.startsWith('.')) fail(n, `"${body}" has a malformed word "${w}"`);
    }
    const last = words[words.length - 1]!;
    if (!last.endsWith('.')) fail(n, `"${body}" must end with a period`);
    for (let k = 0; k + 1 < words.length; k++) {
      const key = `${words[k]} ${words[k + 1]}`;
      if (words[k]!.endsWith('.') && !seenPairs.has(key)) {
        seenPairs.add(key);
        table.pairs.push([words[k]!, words[k + 1]!]);
      }
    }
    const previous = kindOf.get(last);
    if (previous) {
      if (previous.kind !== section) fail(n, `"${last}" is already [${previous.kind}] on line ${previous.line}`);
      if (words.length === 1 && previous.line > 0) fail(n, `"${last}" is listed twice (line ${previous.line})`);
      continue;
    }
    kindOf.set(last, { kind: section, line: words.length === 1 ? n : 0 });
    table[section as AbbreviationKind].push(last);
  }
  return table;
}

export const abbreviationsBuilder: DataBuilder = {
  name: 'abbreviations',
  build(outDir) {
    const out: Record<string, AbbreviationTable> = {};
    for (const lang of ABBREVIATION_LANGS) {
      const file = `data/${lang}/abbreviations.txt`;
      out[lang] = parseAbbreviations(readFileSync(join(PROJECT_ROOT, file), 'utf8'), file);
    }
    writeFileSync(join(outDir, 'abbreviations.json'), JSON.stringify(out));
  },
};
