/**
 * Issue 11, frames as data: the trigger patterns cover the whole CAMEO codebook, not only the codes the dev
 * sentences happen to hold. The bar: every three-digit code of roots 02-20, and the four-digit codes that are
 * common in news, has at least one Spanish and one English pattern (a four-digit pattern covers its parent),
 * except the codes listed in EXEMPT with the reason no trigger words can name them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';

const REFERENCE = `${PROJECT_ROOT}../shared/data/cameo-gdelt-reference/gdeltPyR_cameoCodes.json`;
const skip = existsSync(REFERENCE) ? false : '../shared/data is absent here (cameo-gdelt-reference/gdeltPyR_cameoCodes.json missing): the check that cameo-codes.tsv lists the whole codebook needs it';

/** Codes no pattern is expected to name, and why. */
const EXEMPT: Readonly<Record<string, string>> = {
  // Root 01 (public statements) has no PLOVER type: what someone says is kept as a quote, not coded as an event.
  ...Object.fromEntries(['010', '011', '012', '013', '014', '015', '016', '017', '018', '019'].map((c) => [c, 'root 01 statements are quotes, not events'])),
  '044': 'a meeting at a third location differs from 040 by its place, which the place reader gives, not by its words',
};

/** Four-digit codes common in news, each required on its own (its parent's patterns do not count for it). */
const COMMON_FOUR = ['0841', '0871', '0874', '1041', '1053', '1121', '1711', '1712', '1723', '1724', '1821', '1822', '1831', '1832', '2041'];

/** The data rows of a data file of this project, without the `#` header and comment lines. */
function rows(relative: string): string[][] {
  return readFileSync(`${PROJECT_ROOT}${relative}`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}

/** The required codes (from the codebook list) that none of `patternCodes` covers; a code covers itself and its three-digit parent. */
function uncovered(required: readonly string[], patternCodes: readonly string[]): string[] {
  const covered = new Set<string>();
  for (const c of patternCodes) {
    if (c === '-') continue;
    covered.add(c);
    covered.add(c.slice(0, 3));
  }
  return required.filter((c) => !covered.has(c));
}

const codebook = rows('data/shared/cameo-codes.tsv').map((r) => r[0]!);
const description = new Map(rows('data/shared/cameo-codes.tsv').map((r) => [r[0]!, r[2] ?? '']));
const required = [...codebook.filter((c) => c.length === 3), ...COMMON_FOUR].filter((c) => !(c in EXEMPT));

describe('frames coverage: the check itself', () => {
  const cases: [string, string[], string[], string[]][] = [
    ['a pattern covers its own code', ['141'], ['141'], []],
    ['a four-digit pattern covers its parent', ['087'], ['0871'], []],
    ['a parent does not cover a required four-digit code', ['0871'], ['087'], ['0871']],
    ['a block row covers nothing', ['141'], ['-'], ['141']],
    ['another code of the same root does not count', ['142'], ['141', '143'], ['142']],
  ];
  for (const [name, req, codes, missing] of cases) it(name, () => assert.deepEqual(uncovered(req, codes), missing));
  it('every exempt and every common four-digit code is a code of data/shared/cameo-codes.tsv', () => {
    assert.deepEqual([...Object.keys(EXEMPT), ...COMMON_FOUR].filter((c) => !description.has(c)), []);
  });
});

describe('frames coverage: every CAMEO code has a trigger in each language', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`${lang}: every three-digit code of roots 02-20 and every common four-digit code has a pattern`, () => {
      const missing = uncovered(required, rows(`data/${lang}/events-patterns.tsv`).map((r) => r[1]!));
      assert.deepEqual(missing.map((c) => `${c} ${description.get(c)}`), [], `data/${lang}/events-patterns.tsv has no pattern for these codes`);
    });
  }
});

describe('frames coverage: the list is the whole codebook (../shared/data)', { skip }, () => {
  it('data/shared/cameo-codes.tsv has every three-digit code of the reference', () => {
    const reference = Object.keys((JSON.parse(readFileSync(REFERENCE, 'utf8')) as { Description: Record<string, string> }).Description);
    const ours = new Set(codebook);
    assert.deepEqual(reference.filter((c) => c.length === 3 && !ours.has(c)), []);
  });
});
