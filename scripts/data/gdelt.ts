import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import type { GdeltColumn } from '../../src/query/gdelt-columns.js';
import type { DataBuilder } from './builder.js';

const FILE = 'data/gdelt/events2-columns.tsv';
const MENTIONS_FILE = 'data/gdelt/mentions-columns.tsv';
const TYPES = new Set(['INTEGER', 'FLOAT', 'STRING']);

/** Reads a GDELT 2.0 column list (name TAB type, in file order), checking every line and the column count. */
export function readGdeltColumns(text: string, file = FILE, expected = 61): GdeltColumn[] {
  const lines = text.split('\n');
  if (!/^#\s*source:/i.test(lines[0] ?? '')) throw new Error(`${file}:1: the first line must be "# source: …"`);
  const columns: GdeltColumn[] = [];
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const where = `${file}:${i + 1}`;
    const [name, type, extra] = raw.split('\t');
    if (!name || !type || extra !== undefined) throw new Error(`${where}: expected "name<TAB>type"`);
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`${where}: "${name}" is not a column name`);
    if (!TYPES.has(type)) throw new Error(`${where}: type "${type}" is not INTEGER, FLOAT or STRING`);
    if (seen.has(name)) throw new Error(`${where}: column "${name}" appears twice`);
    seen.add(name);
    columns.push({ name, type: type as GdeltColumn['type'] });
  });
  if (columns.length !== expected) throw new Error(`${file}: expected ${expected} GDELT 2.0 columns, found ${columns.length}`);
  return columns;
}

export const gdeltBuilder: DataBuilder = {
  name: 'gdelt',
  build(outDir) {
    const columns = readGdeltColumns(readFileSync(PROJECT_ROOT + FILE, 'utf8'));
    writeFileSync(join(outDir, 'gdelt-events2-columns.json'), JSON.stringify(columns));
    const mentions = readGdeltColumns(readFileSync(PROJECT_ROOT + MENTIONS_FILE, 'utf8'), MENTIONS_FILE, 16);
    writeFileSync(join(outDir, 'gdelt-mentions-columns.json'), JSON.stringify(mentions));
  },
};
