import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtInActors } from '../../src/actors/lexicon.js';
import { loadUserLexicon, parseUserLexicon } from '../../src/actors/user-lexicon.js';
import { AtalayaError } from '../../src/core/errors.js';
import { analyserFor } from '../../src/pipeline/analyser.js';
import { analyserVersion } from '../../src/core/analyser-version.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-lexicon-'));
const file = (name: string, lines: string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const row = (...cols: string[]): string => cols.join('\t');

// The team's own made-up actors.
const LEXICON = [
  '# type\tname\taliases\tcountry\tsector\tstart\tend\torg\twikidata',
  row('ORG', 'Movimiento Cívico del Sur', 'MCS|Movimiento del Sur', 'CHL', 'OPP'),
  row('PER', 'Rosa Mamani', 'Mamani', 'BOL', 'GOV', '2021-01', '2024-06-30'),
  row('PER', 'Rosa Mamani', 'Mamani', 'BOL', 'OPP', '2024-07-01'),
  row('ORG', 'OTAN', '', '', 'MIL', '', '', 'NATO'),
];

describe('user lexicon: checking lines', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['too few columns', row('ORG', 'Nombre', '', 'CHL'), /^expected 5 to 9 tab-separated columns/],
    ['too many columns', row('ORG', 'N', '', 'CHL', 'GOV', '', '', '', '', 'extra'), /found 10/],
    ['an unknown type', row('GRP', 'N', '', 'CHL', 'GOV'), /type "GRP" must be PER .* or ORG/],
    ['no name', row('ORG', '', '', 'CHL', 'GOV'), /^no name$/],
    ['an unknown country', row('ORG', 'N', '', 'XXX', 'GOV'), /unknown country code "XXX"/],
    ['a lower-case country', row('ORG', 'N', '', 'chl', 'GOV'), /unknown country code "chl"/],
    ['an unknown sector', row('ORG', 'N', '', 'CHL', 'ARMY'), /unknown sector "ARMY" \(one of GOV MIL/],
    ['no code at all', row('PER', 'N', '', '', ''), /no code: give a country, an org code or a sector/],
    ['a bad org code', row('ORG', 'N', '', '', '', '', '', 'nato'), /org code "nato"/],
    ['a bad start date', row('PER', 'N', '', 'CHL', 'GOV', '2024-13-01'), /start "2024-13-01" is not YYYY/],
    ['an end before the start', row('PER', 'N', '', 'CHL', 'GOV', '2024-05-01', '2023'), /ends \(2023\) before it starts/],
    ['dates on an organisation', row('ORG', 'N', '', 'CHL', 'GOV', '2020'), /dates apply to people \(PER\) only/],
    ['a bad Wikidata id', row('PER', 'N', '', 'CHL', 'GOV', '', '', '', 'X12'), /"X12" is not a Wikidata QID/],
    ['an alias with no word', row('PER', 'N', '¿?', 'CHL', 'GOV'), /the form "¿\?" has no word/],
  ];
  for (const [name, line, reason] of cases) {
    it(`refuses ${name}, naming file and line`, () => {
      const err = (() => {
        try {
          parseUserLexicon(`# comment\n\n${line}\n`, 'mio.tsv', builtInActors());
        } catch (e) {
          return e;
        }
        return null;
      })();
      assert.ok(err instanceof AtalayaError, 'an AtalayaError');
      assert.equal(err.where, 'mio.tsv:3');
      assert.match(err.message, reason);
      assert.doesNotMatch(err.describe(), /\n/, 'one line');
    });
  }

  it('takes comments, blank lines, CRLF endings, "-" for empty and up to 9 columns', () => {
    const lines = parseUserLexicon(`# x\r\n\r\n${row('PER', 'Luis Paz', '-', 'PRY', '-', '-', '-', '-', 'Q42')}\r\n`, 'f', builtInActors());
    assert.deepEqual(lines.map((l) => [l.name, l.forms, l.country, l.sector, l.start, l.wikidata]), [['Luis Paz', ['Luis Paz'], 'PRY', null, null, 'Q42']]);
  });

  it('says when the file cannot be read', () => {
    assert.throws(() => loadUserLexicon(join(dir, 'missing.tsv'), builtInActors()), (e: AtalayaError) => /missing\.tsv$/.test(e.where ?? '') && /no such file/.test(e.message));
  });
});

describe('user lexicon: coding with it', () => {
  const path = file('lexicon.tsv', LEXICON);
  const { pipeline, version, lexicon } = analyserFor(path);
  const mention = (text: string, published: string, form: string) =>
    pipeline.analyze({ text, published }).mentions.find((m) => m.text === form);

  it('adds an organisation under its name and aliases, with its source in via', () => {
    for (const form of ['Movimiento Cívico del Sur', 'MCS']) {
      const m = mention(`El ${form} convocó una marcha en Valparaíso.`, '2026-01-10', form);
      assert.deepEqual(m?.actor, { country: 'CHL', org: null, sector: 'OPP', name: 'Movimiento Cívico del Sur', wikidata: null }, form);
      assert.equal(m?.via, `lexicon:${path}#${form}`);
    }
  });

  it('codes a person by the row valid on the article’s date', () => {
    const text = 'Rosa Mamani visitó Cochabamba para inaugurar un hospital.';
    assert.equal(mention(text, '2022-03-01', 'Rosa Mamani')?.actor?.sector, 'GOV');
    assert.equal(mention(text, '2025-03-01', 'Rosa Mamani')?.actor?.sector, 'OPP');
  });

  it('overrides a built-in form', () => {
    const text = 'La OTAN desplegó dos fragatas en el Báltico.';
    assert.deepEqual(mention(text, '2026-01-10', 'OTAN')?.actor, { country: null, org: 'NATO', sector: 'MIL', name: 'OTAN', wikidata: null });
    assert.deepEqual(analyserFor(null).pipeline.analyze({ text, published: '2026-01-10' }).mentions.find((m) => m.text === 'OTAN')?.actor?.sector ?? null, null, 'the built-in lexicon is untouched');
  });

  it('changes the analyser version with the file’s content', () => {
    assert.equal(version, `${analyserVersion()}+lexicon.${lexicon!.hash}`);
    const other = analyserFor(file('other.tsv', [...LEXICON, row('ORG', 'Otro Grupo', '', 'PER', 'REB')]));
    assert.notEqual(other.version, version);
    assert.equal(analyserFor(null).version, analyserVersion());
  });
});
