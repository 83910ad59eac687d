import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import type { CountryCodes } from '../../src/query/crosswalk.js';
import type { DataBuilder } from './builder.js';

const FILE = 'data/shared/country-crosswalk.tsv';
const COUNTRIES = 'data/shared/countries.tsv';

const none = (v: string): string | null => (v === '-' ? null : v);

/**
 * Reads the ISO-3 ↔ FIPS 10-4 ↔ COW ↔ Gleditsch–Ward table, checking each code's shape, that no code of
 * one scheme is given to two countries, and (when `known` is given) that every country Atalaya codes
 * actors with has a row, so an export never meets a country the table lacks.
 */
export function readCrosswalk(text: string, file = FILE, known?: ReadonlySet<string>): CountryCodes[] {
  const lines = text.split('\n');
  if (!/^#\s*source:/i.test(lines[0] ?? '')) throw new Error(`${file}:1: the first line must be "# source: …"`);
  const rows: CountryCodes[] = [];
  const seen = new Map<string, number>();
  const once = (scheme: string, code: string | null, where: string, line: number): void => {
    if (code === null) return;
    const key = `${scheme}:${code}`;
    const first = seen.get(key);
    if (first !== undefined) throw new Error(`${where}: ${scheme} code ${code} is already given on line ${first}`);
    seen.set(key, line);
  };
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const where = `${file}:${i + 1}`;
    const f = raw.split('\t');
    if (f.length !== 6) throw new Error(`${where}: expected 6 tab-separated fields (iso3 fips cow cown gw gwn), found ${f.length}`);
    const [iso3, fips, cow, cown, gw, gwn] = f as [string, string, string, string, string, string];
    if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`${where}: "${iso3}" is not an ISO-3 code`);
    if (fips !== '-' && !/^[A-Z]{2}$/.test(fips)) throw new Error(`${where}: "${fips}" is not a FIPS 10-4 code (two letters or -)`);
    for (const [letters, number, scheme] of [[cow, cown, 'COW'], [gw, gwn, 'G&W']] as const) {
      if ((letters === '-') !== (number === '-')) throw new Error(`${where}: ${scheme} letters and number must both be given or both be -`);
      if (letters !== '-' && !/^[A-Z]{3}$/.test(letters)) throw new Error(`${where}: "${letters}" is not a ${scheme} letter code`);
      if (number !== '-' && !/^[1-9]\d{0,2}$/.test(number)) throw new Error(`${where}: "${number}" is not a ${scheme} number`);
    }
    once('ISO-3', iso3, where, i + 1);
    once('FIPS', none(fips), where, i + 1);
    once('COW', none(cown), where, i + 1);
    once('G&W', none(gwn), where, i + 1);
    rows.push({
      iso3,
      fips: none(fips),
      cow: cow === '-' ? null : { letters: cow, number: Number(cown) },
      gw: gw === '-' ? null : { letters: gw, number: Number(gwn) },
    });
  });
  for (const iso3 of known ?? []) if (!seen.has(`ISO-3:${iso3}`)) throw new Error(`${file}: ${iso3} (${COUNTRIES}) has no row`);
  return rows;
}

export const crosswalkBuilder: DataBuilder = {
  name: 'crosswalk',
  build(outDir) {
    const known = new Set(
      readFileSync(PROJECT_ROOT + COUNTRIES, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => l.split('\t')[0]!),
    );
    const rows = readCrosswalk(readFileSync(PROJECT_ROOT + FILE, 'utf8'), FILE, known);
    writeFileSync(join(outDir, 'country-crosswalk.json'), JSON.stringify(rows));
  },
};
