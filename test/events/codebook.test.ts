/**
 * Issue 14: every trigger pattern's CAMEO code and every CAMEO -> PLOVER mapping, checked once against the
 * codebook as data. The references live in ../shared/data (the project must not copy them): when they are
 * absent the checks say so and skip.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { eventTables } from '../../src/events/tables.js';

const SHARED = `${PROJECT_ROOT}../shared/data/`;
const REFERENCE = `${SHARED}cameo-gdelt-reference/gdeltPyR_cameoCodes.json`;
const PLOVER_MAP = `${SHARED}plover-gsr-cameo/CAMEO2PLOVER-2021.txt`;
const absent = [REFERENCE, PLOVER_MAP].filter((p) => !existsSync(p)).map((p) => p.replace(SHARED, '../shared/data/'));
const skip = absent.length ? `../shared/data is absent here (${absent.join(', ')} missing): the codebook checks need it` : false;

interface MapRow { type: string; mode: string | null; description: string }

/** Rows of the data files of this project, skipping the `#` header and comment lines. */
function tsv(relative: string): string[][] {
  return readFileSync(`${PROJECT_ROOT}${relative}`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}

/** CAMEO2PLOVER-2021.txt: `CODE: TYPE, mode, context # description`; a two-digit line names the root's type. */
function readPloverMap(text: string): Map<string, MapRow> {
  const out = new Map<string, MapRow>();
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line.trim());
    if (!m) continue;
    const [type = '', mode = ''] = m[2]!.split(',').map((s) => s.trim());
    // Root 08 has two lines (CONCEDE, RETREAT): the codes below it decide, so the root keeps its first.
    if (!out.has(m[1]!)) out.set(m[1]!, { type, mode: mode || null, description: (m[3] ?? '').trim() });
  }
  return out;
}

/** The content words of a description, so that "Demonstrate for leadership change" and "… change in leadership" agree. */
function words(description: string): Set<string> {
  const stop = new Set(['not', 'specified', 'spec', 'below', 'or', 'and', 'for', 'to', 'of', 'in', 'a', 'an', 'the', 'on', 'with', 'such', 'as']);
  return new Set(description.toLowerCase().replace(/[^a-z ]+/g, ' ').split(/\s+/).filter((w) => w && !stop.has(w)));
}

/** Two descriptions name the same action when most of the shorter one's content words are in the other. */
function sameAction(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w) || [...large].some((l) => l.slice(0, 5) === w.slice(0, 5) && w.length >= 5)) shared++;
  return shared / small.size >= 0.6;
}

const ours = new Map(tsv('data/shared/cameo-codes.tsv').map((c) => [c[0]!, c[2] ?? '']));

describe('codebook checks: descriptions', () => {
  const cases: [string, string, boolean][] = [
    ['Demonstrate for change in leadership', 'Demonstrate for leadership change', true],
    ['Expel or withdraw, not specified below', 'Expel or withdraw', true],
    ['Impose embargo, boycott, or sanctions', 'Halt negotiations', false],
    ['Obstruct passage to demand rights', 'Engage in violent protest for rights', false],
    ['Reduce or stop aid, not specified below', 'Reduce or stop aid', true],
  ];
  for (const [a, b, same] of cases) it(`"${a}" ${same ? 'names' : 'does not name'} "${b}"`, () => assert.equal(sameAction(a, b), same));
  it('no two CAMEO codes of the project (data/shared/cameo-codes.tsv) share a description (a copied row, as 1451-1454 once repeated 1441-1444)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [code, description] of ours) {
      const key = description.toLowerCase().trim();
      if (seen.has(key)) twice.push(`${seen.get(key)} and ${code}: "${description}"`);
      else seen.set(key, code);
    }
    assert.deepEqual(twice, []);
  });
});

describe('codebook checks: pattern ids name their family', () => {
  // A pattern id's family ("es.sanction.…") is a PLOVER type: the code's own (the PLOVER map may move a code,
  // as 163 sanctions to COERCE) or its CAMEO root's (root 08 is CONCEDE, its 084x codes RETREAT).
  for (const lang of ['es', 'en'] as const) {
    it(`every ${lang} trigger pattern's CAMEO code or its root has the PLOVER type its id names`, () => {
      const tables = eventTables(lang)!;
      const wrong: string[] = [];
      for (const [id = '', code = ''] of tsv(`data/${lang}/events-patterns.tsv`)) {
        if (code === '-') continue;
        const family = id.split('.')[1]!.toUpperCase();
        const own = tables.cameo[code]?.type;
        const root = tables.cameo[`${code.slice(0, 2)}0`]?.type;
        if (family !== own && family !== root) wrong.push(`${id}: CAMEO ${code} is ${own ?? 'unknown'} (root ${root ?? 'unknown'}), not ${family}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('codebook checks against ../shared/data (issue 14)', { skip }, () => {
  const reference = skip ? {} : (JSON.parse(readFileSync(REFERENCE, 'utf8')) as { Description: Record<string, string> }).Description;
  const plover = skip ? new Map<string, MapRow>() : readPloverMap(readFileSync(PLOVER_MAP, 'utf8'));
  const ourMap = tsv('data/shared/cameo-plover.tsv');
  /** The codebook's row for a code: its own, else its parent's, else its root's (as the map is read). */
  const ploverRow = (code: string): MapRow | undefined => plover.get(code) ?? plover.get(code.slice(0, 3)) ?? plover.get(code.slice(0, 2));

  it('every CAMEO code of the project names the action the reference or the codebook gives that code', () => {
    const wrong: string[] = [];
    for (const [code, description] of ours) {
      const ref = reference[code]?.trim();
      const book = plover.get(code)?.description;
      if (!ref && !book) wrong.push(`${code} "${description}": in neither reference`);
      else if (!(ref && sameAction(description, ref)) && !(book && sameAction(description, book))) {
        wrong.push(`${code} "${description}": the reference says "${ref ?? '-'}", the PLOVER map "${book ?? '-'}"`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  for (const lang of ['es', 'en'] as const) {
    it(`every ${lang} trigger pattern's code exists and has the PLOVER map's type`, () => {
      const tables = eventTables(lang)!;
      const wrong: string[] = [];
      for (const [id, code] of tsv(`data/${lang}/events-patterns.tsv`).map((c) => [c[0]!, c[1]!] as const)) {
        if (code === '-') continue;
        if (reference[code] === undefined && !plover.has(code)) wrong.push(`${id}: CAMEO ${code} is in neither the reference nor the PLOVER map`);
        const row = ploverRow(code);
        const type = tables.cameo[code]?.type;
        if (row && type !== row.type) wrong.push(`${id}: CAMEO ${code} is coded ${type ?? 'nothing'}, the PLOVER map says ${row.type}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('every row of data/shared/cameo-plover.tsv has the PLOVER map\'s type, and its mode where both name the same action', () => {
    const wrong: string[] = [];
    for (const [code = '', type = '', mode = '', , description = '', how = ''] of ourMap) {
      const row = ploverRow(code);
      // Rows the map has no root for (CAMEO 02, appeals) are the team's own reading and say so.
      if (!row) {
        if (!how.startsWith('atalaya:')) wrong.push(`${code}: not in the PLOVER map and not marked "atalaya:"`);
        continue;
      }
      if (type !== row.type) wrong.push(`${code} "${description}": ${type}, the PLOVER map says ${row.type}`);
      const own = plover.get(code);
      if (own && sameAction(description, own.description) && (mode === '-' ? null : mode) !== own.mode) {
        wrong.push(`${code} "${description}": mode ${mode}, the PLOVER map says ${own.mode ?? '-'}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
