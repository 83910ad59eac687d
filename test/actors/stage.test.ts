/**
 * The actors stage over whole articles of our own: the facts the seed article asks for, from the same
 * kinds of sentences written differently; mention ids, offsets and links; the schema; tracing; the NER
 * tags it reads; and documents with nothing to find.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis, Mention } from '../../src/core/analysis.js';
import { createDoc } from '../../src/core/doc.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { findMentions, tagSpans } from '../../src/actors/stage.js';
import { schemaErrors } from '../helpers/schema.js';
import { analyzeActors, code, describeMentions } from './analyze.js';

const ARTICLE_ES = [
  'Rusia y China estrechan su alianza energética tras una llamada',
  '',
  'Este jueves, los presidentes de Rusia, Vladímir Putin, y de China, Xi Jinping, conversaron durante una hora y acordaron ampliar el comercio entre ambas naciones.',
  '',
  'Aunque ambos países mantienen diferencias sobre la guerra en Ucrania, el gigante asiático sigue comprando petróleo a Rusia.',
  '',
  'Varios aliados de Estados Unidos buscan acercarse al país asiático tras los aranceles anunciados por el presidente Donald Trump.',
  '',
  'La llamada de Putin llega después de las visitas de los primeros ministros británico y canadiense, y antes de la del canciller alemán.',
  '',
  'El líder ruso destacó la cooperación nuclear civil. El mandatario asiático respondió que los dos países deben profundizar sus lazos.',
  '',
  'El mandatario estadounidense, por su parte, amenazó con nuevas tarifas desde Abu Dhabi.',
].join('\n');

function find(a: Analysis, text: string, codes: string): Mention {
  const m = a.mentions.find((x) => x.text === text && code(x) === codes);
  assert.ok(m, `expected "${text}" ${codes}; found ${describeMentions(a)}`);
  return m;
}

describe('actors stage on an article', () => {
  const a = analyzeActors(ARTICLE_ES, 'es', '2026-02-05');

  it('finds the named leaders with their codes and Wikidata ids', () => {
    assert.equal(find(a, 'Vladímir Putin', 'RUS/GOV').actor?.wikidata, 'Q7747');
    assert.equal(find(a, 'Xi Jinping', 'CHN/GOV').actor?.wikidata, 'Q15031');
    assert.equal(find(a, 'Donald Trump', 'USA/GOV').actor?.wikidata, 'Q22686');
  });

  it('reads epithets, descriptors and roles with demonyms', () => {
    find(a, 'gigante asiático', 'CHN');
    find(a, 'país asiático', 'CHN');
    assert.equal(find(a, 'líder ruso', 'RUS/GOV').actor?.name, 'Vladimir Putin');
    assert.equal(find(a, 'mandatario asiático', 'CHN/GOV').actor?.name, 'Xi Jinping');
    assert.equal(find(a, 'mandatario estadounidense', 'USA/GOV').actor?.name, 'Donald Trump');
    find(a, 'canciller alemán', 'DEU/GOV');
    find(a, 'primeros ministros británico', 'GBR/GOV');
    find(a, 'canadiense', 'CAN/GOV');
    find(a, 'Ucrania', 'UKR');
    find(a, 'Abu Dhabi', 'ARE');
  });

  it('resolves the groups to Russia and China', () => {
    for (const text of ['ambas naciones', 'ambos países', 'los dos países']) {
      const group = a.mentions.filter((m) => m.text === text).map(code).sort();
      assert.deepEqual(group, ['CHN', 'RUS'], text);
    }
  });

  it('numbers mentions in text order with offsets into the text and links that exist', () => {
    const ids = new Set(a.mentions.map((m) => m.id));
    a.mentions.forEach((m, i) => {
      assert.equal(m.id, `m${i}`);
      assert.equal(ARTICLE_ES.slice(m.start, m.end), m.text);
      assert.ok(m.via.length > 0);
      if (m.refersTo) assert.ok(ids.has(m.refersTo), `${m.id} refers to ${m.refersTo}`);
      if (i > 0) assert.ok(m.start >= a.mentions[i - 1]!.start);
    });
  });

  it('produces a valid analysis', () => assert.deepEqual(schemaErrors(a), []));

  it('explains its work under --trace', () => {
    const traced = analyzeActors(ARTICLE_ES, 'es', '2026-02-05', true);
    const rules = new Set(traced.trace?.filter((t) => t.stage === 'actors').map((t) => t.rule));
    for (const r of ['coref.region', 'coref.group', 'coref.descriptor', 'actors.office.holder']) assert.ok(rules.has(r), r);
  });

  it('dates office holders by the article: the same words name someone else years earlier', () => {
    const before = analyzeActors('El presidente estadounidense visitó Ottawa.', 'es', '2022-03-01');
    assert.equal(find(before, 'presidente estadounidense', 'USA/GOV').actor?.name, 'Joe Biden');
    const now = analyzeActors('El presidente estadounidense visitó Ottawa.', 'es', '2026-03-01');
    assert.equal(find(now, 'presidente estadounidense', 'USA/GOV').actor?.name, 'Donald Trump');
  });
});

describe('actors stage edge cases', () => {
  it('finds nothing in an empty document', () => {
    const doc = createDoc({ text: '' });
    assert.deepEqual(findMentions(doc, NO_TRACE), []);
  });
  it('reads a document of unknown language with both lexicons', () => {
    const a = analyzeActors('Moscú y Washington. London.', 'und');
    assert.deepEqual(a.mentions.map(code), ['RUS', 'USA', 'GBR']);
  });
  it('finds nothing where there is nothing to find', () => {
    const a = analyzeActors('Hoy llovió mucho y la gente se quedó en casa.', 'es');
    assert.deepEqual(a.mentions, []);
  });
});

describe('tagSpans', () => {
  const table: Array<[string[], number, Array<[number, number, string]>]> = [
    [['O', 'B-PER', 'I-PER', 'O'], 0, [[1, 3, 'PER']]],
    [['B-LOC', 'B-LOC'], 10, [[10, 11, 'LOC'], [11, 12, 'LOC']]],
    [['B-ORG', 'I-ORG', 'I-PER'], 0, [[0, 2, 'ORG'], [2, 3, 'PER']]],
    [['I-MISC', 'I-MISC', 'O'], 5, [[5, 7, 'MISC']]],
    [['O', 'O'], 0, []],
    [['B-XYZ', 'O'], 0, []],
  ];
  for (const [tags, from, spans] of table) {
    it(tags.join(' '), () => assert.deepEqual(tagSpans(tags, from).map((s) => [s.start, s.end, s.type]), spans));
  }
});
