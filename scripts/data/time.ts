/**
 * Compiles data/{es,en}/time-*.txt into build/time-<lang>.json for the time stage. Each file starts with
 * a "# source:" line; every other line is `category<TAB>form<TAB>value[<TAB>flags]`. Forms are stored as
 * the folded atoms the grammar reads, except tense endings, which keep their accents ("-ó" is a
 * preterite, "-o" is not).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { phraseAtoms } from '../../src/time/atoms.js';
import {
  CATEGORIES, FLAGS, type Category, type CompiledEntry, type CompiledTimeLexicon, type FlagName,
} from '../../src/time/lexicon.js';
import type { DataBuilder } from './builder.js';

const LANGS = ['es', 'en'] as const;

export const timeBuilder: DataBuilder = {
  name: 'time',
  build(outDir) {
    for (const lang of LANGS) {
      const dir = join(PROJECT_ROOT, 'data', lang);
      const files = readdirSync(dir).filter((f) => /^time.*\.txt$/.test(f)).sort();
      if (files.length === 0) throw new Error(`data/${lang}: no time*.txt files`);
      const entries: CompiledEntry[] = [];
      for (const file of files) entries.push(...parseTimeFile(readFileSync(join(dir, file), 'utf8'), `data/${lang}/${file}`));
      const compiled: CompiledTimeLexicon = { lang, entries };
      writeFileSync(join(outDir, `time-${lang}.json`), JSON.stringify(compiled));
    }
  },
};

/** Parses and validates one data file; throws "file:line: reason" on the first bad line. */
export function parseTimeFile(text: string, where: string): CompiledEntry[] {
  const lines = text.split(/\r?\n/);
  if (!/^# source: \S/.test(lines[0] ?? '')) throw new Error(`${where}:1: the first line must be "# source: <where the words come from>"`);
  const out: CompiledEntry[] = [];
  lines.forEach((line, n) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fail = (reason: string): never => {
      throw new Error(`${where}:${n + 1}: ${reason}`);
    };
    const cols = line.split('\t');
    if (cols.length < 3 || cols.length > 4) fail(`expected category<TAB>form<TAB>value[<TAB>flags], got ${cols.length} column(s)`);
    const [cat, form, value, flagText] = cols as [string, string, string, string | undefined];
    if (!(cat in CATEGORIES)) fail(`unknown category "${cat}"`);
    const category = cat as Category;
    if (form.trim() === '' || form !== form.trim()) fail('empty form or stray spaces around it');
    checkValue(CATEGORIES[category], value, fail);
    const flags = (flagText ? flagText.split(',') : []).map((f) => {
      if (!(FLAGS as readonly string[]).includes(f)) fail(`unknown flag "${f}"`);
      return f as FlagName;
    });
    const raw = category === 'tensesuffix' || category === 'tensenot';
    const atoms = raw ? [form.toLowerCase()] : phraseAtoms(form);
    if (atoms.length === 0) fail(`form "${form}" has no atoms`);
    out.push([category, atoms, value, flags]);
  });
  return out;
}

function checkValue(spec: string, value: string, fail: (reason: string) => never): void {
  const [kind, a, b] = spec.split(':');
  if (kind === '-') {
    if (value !== '-') fail(`this category takes no value: write "-", not "${value}"`);
  } else if (kind === 'int') {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < Number(a) || n > Number(b)) fail(`value "${value}" is not a whole number from ${a} to ${b}`);
  } else if (kind === 'enum') {
    if (!a!.split(',').includes(value)) fail(`value "${value}" is not one of ${a}`);
  } else if (kind === 'mmdd') {
    const m = /^(\d\d)-(\d\d)$/.exec(value);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) < 1 || Number(m[2]) > 31) fail(`value "${value}" is not MM-DD`);
  } else if (kind === 'iso') {
    if (!/^R\/P\d+[DWMY]$/.test(value)) fail(`value "${value}" is not a recurrence like R/P1D`);
  } else {
    fail(`bad category spec ${spec}`);
  }
}
