import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { TraceLog } from '../../src/core/tracer.js';
import { splitSentences } from '../../src/structure/sentences.js';
import { parseAbbreviations } from '../../scripts/data/abbreviations.js';

const split = (text: string, lang: Lang = 'es'): string[] =>
  splitSentences(text, 0, text.length, lang).map((s) => text.slice(s.start, s.end));

/** Each fixture paragraph: its gold sentences, joined by one space to make the text to split. */
function fixtureParagraphs(lang: 'es' | 'en'): string[][] {
  const dir = `${PROJECT_ROOT}test/fixtures/sentences/`;
  const paragraphs: string[][] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.txt')).sort()) {
    let current: string[] = [];
    for (const raw of readFileSync(dir + file, 'utf8').split('\n')) {
      const line = raw.trim();
      if (line.startsWith('# ')) continue;
      if (line === '') {
        if (current.length) paragraphs.push(current);
        current = [];
      } else {
        current.push(line);
      }
    }
    if (current.length) paragraphs.push(current);
  }
  return paragraphs;
}

describe('splitSentences on the fixture set', () => {
  const minimum = { es: 300, en: 200 } as const;
  for (const lang of ['es', 'en'] as const) {
    it(`finds at least 98% of the ${lang} sentences exactly`, (t) => {
      let gold = 0;
      let right = 0;
      const misses: string[] = [];
      for (const sentences of fixtureParagraphs(lang)) {
        const text = sentences.join(' ');
        const found = new Set(split(text, lang));
        gold += sentences.length;
        for (const s of sentences) {
          if (found.has(s)) right++;
          else misses.push(s);
        }
      }
      const accuracy = right / gold;
      t.diagnostic(`${lang}: ${right}/${gold} sentences right (${(accuracy * 100).toFixed(1)}%)`);
      for (const m of misses) t.diagnostic(`  missed: ${m}`);
      assert.ok(gold >= minimum[lang], `only ${gold} ${lang} sentences in the fixtures`);
      assert.ok(accuracy >= 0.98, `${lang} accuracy ${(accuracy * 100).toFixed(1)}% is under 98%`);
    });
  }
});

describe('splitSentences cases', () => {
  const cases: Array<[string, Lang, string, string[]]> = [
    ['a plain full stop', 'es', 'Llegó tarde. Nadie lo esperaba.', ['Llegó tarde.', 'Nadie lo esperaba.']],
    ['a title abbreviation before a name', 'es', 'El Sr. Pérez y la Dra. Ruiz firmaron.', ['El Sr. Pérez y la Dra. Ruiz firmaron.']],
    ['a title abbreviation capitalised at sentence start', 'es', 'Ganó. Sr. Pérez, felicidades.', ['Ganó.', 'Sr. Pérez, felicidades.']],
    ['EE.UU. inside a sentence', 'es', 'Las ventas a EE.UU. crecieron.', ['Las ventas a EE.UU. crecieron.']],
    ['EE.UU. ending a sentence before a starter', 'es', 'Viajó a EE.UU. El lunes volvió.', ['Viajó a EE.UU.', 'El lunes volvió.']],
    ['EE. UU. written with a space', 'es', 'Habló con EE. UU. y con China.', ['Habló con EE. UU. y con China.']],
    ['EE.UU. before a name, no boundary', 'es', 'El presidente de EE.UU. Joe Biden habló.', ['El presidente de EE.UU. Joe Biden habló.']],
    ['p. ej. keeps its words together', 'es', 'Varios países, p. ej. Chile, votaron.', ['Varios países, p. ej. Chile, votaron.']],
    ['numeric abbreviations before numbers', 'es', 'Lo dice el art. 5 en la pág. 3 del núm. 12.', ['Lo dice el art. 5 en la pág. 3 del núm. 12.']],
    ['a decimal with a comma', 'es', 'Subió un 3,5 %. Luego bajó.', ['Subió un 3,5 %.', 'Luego bajó.']],
    ['a decimal with a point', 'en', 'It rose 3.5 percent. Then it fell.', ['It rose 3.5 percent.', 'Then it fell.']],
    ['a time with a point', 'es', 'Empieza a las 10.30 horas. Acaba a las 12.', ['Empieza a las 10.30 horas.', 'Acaba a las 12.']],
    ['initials in a name', 'en', 'J. R. R. Tolkien and John F. Kennedy met nobody.', ['J. R. R. Tolkien and John F. Kennedy met nobody.']],
    ['a capital initial that is also a lowercase abbreviation', 'en', 'John P. Smith and J. P. Morgan met.', ['John P. Smith and J. P. Morgan met.']],
    ['an initial ending a sentence', 'en', 'They need vitamin D. The sun helps.', ['They need vitamin D.', 'The sun helps.']],
    ['an ellipsis before lowercase', 'es', 'Y entonces... nada cambió.', ['Y entonces... nada cambió.']],
    ['an ellipsis before a capital', 'es', 'Esperamos… Luego se fue.', ['Esperamos…', 'Luego se fue.']],
    ['an elision mark', 'es', 'Dijo que «no (...) Hay tiempo».', ['Dijo que «no (...) Hay tiempo».']],
    ['the closing guillemet stays with its sentence', 'es', 'Dijo: «Es así.» Luego se fue.', ['Dijo: «Es así.»', 'Luego se fue.']],
    ['no boundary inside a quote that continues', 'es', '«Es así. Pero no siempre», dijo.', ['«Es así. Pero no siempre», dijo.']],
    ['curly quotes closing after a full stop', 'en', '“We won.” The crowd cheered.', ['“We won.”', 'The crowd cheered.']],
    ['straight quotes closing after a full stop', 'en', 'He said "no." She left.', ['He said "no."', 'She left.']],
    ['straight quotes continuing after a full stop', 'en', '"We tried. We failed," he said.', ['"We tried. We failed," he said.']],
    ['single quotes as a quotation', 'es', "Habló de la 'Doctrina Monroe'. Nadie respondió.", ["Habló de la 'Doctrina Monroe'.", 'Nadie respondió.']],
    ['an apostrophe is not a quote', 'en', "Xi's plan isn't new. Nobody's surprised.", ["Xi's plan isn't new.", "Nobody's surprised."]],
    ['Spanish questions and exclamations', 'es', '¿Vienes? ¡Claro! Vamos.', ['¿Vienes?', '¡Claro!', 'Vamos.']],
    ['a question followed by its attribution', 'es', '¿Por qué?, preguntó. ¿Qué? dijo él.', ['¿Por qué?, preguntó.', '¿Qué? dijo él.']],
    ['a dialogue dash with a lowercase verb', 'es', '—¿Dónde estaba? —preguntó el juez.', ['—¿Dónde estaba? —preguntó el juez.']],
    ['a parenthesised sentence', 'es', 'Se aprobó. (Nadie votó en contra.) Después hubo fiesta.', ['Se aprobó.', '(Nadie votó en contra.)', 'Después hubo fiesta.']],
    ['a question inside parentheses', 'es', 'La ley (¿quién la leyó?) salió.', ['La ley (¿quién la leyó?) salió.']],
    ['inline list numbering', 'es', 'Pidió dos cosas: 1. paz; 2. pan. Nadie respondió.', ['Pidió dos cosas: 1. paz; 2. pan.', 'Nadie respondió.']],
    ['a number ending a sentence', 'es', 'Quedó en el puesto 3. Luego ganó.', ['Quedó en el puesto 3.', 'Luego ganó.']],
    ['a list number at sentence start', 'es', 'Son dos. 1. Reducir gastos. 2. Subir ingresos.', ['Son dos.', '1. Reducir gastos.', '2. Subir ingresos.']],
    ['a URL ending a sentence', 'es', 'Está en https://ejemplo.es/a.html. Entre ya.', ['Está en https://ejemplo.es/a.html.', 'Entre ya.']],
    ['a URL with a query', 'en', 'See https://ex.com/?q=a!b. Then call.', ['See https://ex.com/?q=a!b.', 'Then call.']],
    ['an e-mail ending a sentence', 'es', 'Escriba a info@ejemplo.es. Responderemos.', ['Escriba a info@ejemplo.es.', 'Responderemos.']],
    ['a period glued to the next sentence', 'es', 'Lo dijo ayer.El viaje sigue.', ['Lo dijo ayer.', 'El viaje sigue.']],
    ['a domain is not a glued sentence', 'en', 'Visit Example.Com today.', ['Visit Example.Com today.']],
    ['U.S. before a capitalised title', 'en', 'The U.S. Senate voted. The House did not.', ['The U.S. Senate voted.', 'The House did not.']],
    ['a month abbreviation before a day', 'en', 'It starts on Jan. 5 in Paris.', ['It starts on Jan. 5 in Paris.']],
    ['No. before a number only', 'en', 'He was No. 2 in the party. No. He was third.', ['He was No. 2 in the party.', 'No.', 'He was third.']],
    ['an unlisted abbreviation without vowels', 'es', 'Fue en la Pl. Mayor. Luego llovió.', ['Fue en la Pl. Mayor.', 'Luego llovió.']],
    ['a blank line always separates', 'es', 'Titular sin punto\n\nCuerpo del texto.', ['Titular sin punto', 'Cuerpo del texto.']],
    ['a bullet on a new line', 'es', 'Requisitos:\n- Ser mayor de edad.\n- Tener DNI.', ['Requisitos:', '- Ser mayor de edad.', '- Tener DNI.']],
    ['a heading without final punctuation stays whole', 'es', 'Cooperación estratégica entre China y Rusia', ['Cooperación estratégica entre China y Rusia']],
    ['a colon is not a boundary', 'es', 'Lo dijo claro: no habrá acuerdo.', ['Lo dijo claro: no habrá acuerdo.']],
    ['a lowercase word after a full stop', 'es', 'Costó unos 3 mill. de euros.', ['Costó unos 3 mill. de euros.']],
  ];
  for (const [what, lang, text, expected] of cases) {
    it(what, () => assert.deepEqual(split(text, lang), expected));
  }
});

describe('splitSentences spans', () => {
  it('never crosses the [start, end) it is given, and trims', () => {
    const text = 'Antes. «Uno. Dos», dijo.   Tres.  Después.';
    const start = text.indexOf('«');
    const end = text.indexOf('Después') - 1;
    const spans = splitSentences(text, start, end, 'es');
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['«Uno. Dos», dijo.', 'Tres.']);
    for (const s of spans) assert.ok(s.start >= start && s.end <= end);
  });

  it('does not look for a closing quote beyond the span', () => {
    const text = '«Uno. Dos. » Tres';
    assert.deepEqual(splitSentences(text, 0, 10, 'es').map((s) => text.slice(s.start, s.end)), ['«Uno.', 'Dos.']);
  });

  it('returns nothing for a span of blanks', () => assert.deepEqual(splitSentences('   \n  ', 0, 6, 'es'), []));

  it('works for undetermined language with both abbreviation lists', () => {
    assert.deepEqual(split('Mr. Smith met the Sr. Pérez. They talked.', 'und'), ['Mr. Smith met the Sr. Pérez.', 'They talked.']);
  });

  it('records its decisions when tracing', () => {
    const trace = new TraceLog();
    trace.stage = 'structure';
    const text = 'El Sr. Gil llegó. Se fue.';
    splitSentences(text, 0, text.length, 'es', trace);
    assert.deepEqual(trace.entries.map((e) => e.rule), ['sentence:no-boundary', 'sentence:period']);
  });

  it('stays linear with many unbalanced quotes (one closer search per opener)', () => {
    const text = '«'.repeat(20) + ' Frase. '.repeat(20000);
    const t0 = performance.now();
    const spans = splitSentences(text, 0, text.length, 'es');
    assert.ok(performance.now() - t0 < 1000);
    assert.equal(spans.length, 20000);
  });
});

describe('abbreviation data', () => {
  const header = '# source: a test\n';
  const bad: Array<[string, string, RegExp]> = [
    ['no source header', '[title]\nSr.\n', /:1: the first line must be "# source/],
    ['an unknown section', `${header}[names]\nSr.\n`, /:2: unknown section \[names\]/],
    ['an entry before any section', `${header}Sr.\n`, /:2: entry before any \[section\]/],
    ['an abbreviation without its period', `${header}[title]\nSr\n`, /:3: "Sr" must end with a period/],
    ['the same abbreviation in two sections', `${header}[title]\nSr.\n[ambiguous]\nSr.\n`, /:5: "Sr\." is already \[title\] on line 3/],
    ['a duplicate', `${header}[title]\nSr.\nSr.\n`, /:4: "Sr\." is listed twice/],
    ['a starter that is not capitalised', `${header}[starter]\nel\n`, /:3: "el" is not a single capitalised word/],
    ['a stray space', `${header}[title]\nSr. \n`, /:3: leading or trailing whitespace/],
  ];
  for (const [what, source, message] of bad) {
    it(`rejects ${what}`, () => assert.throws(() => parseAbbreviations(source, 'x.txt'), message));
  }

  it('compiles multi-word entries into pairs and a kind for the last word', () => {
    const table = parseAbbreviations(`${header}[title]\np. ej.\n[ambiguous]\nEE. UU.\netc.\n[starter]\nEl\n`, 'x.txt');
    assert.deepEqual(table, {
      title: ['ej.'], ambiguous: ['UU.', 'etc.'], numeric: [], final: [], starter: ['El'], pairs: [['p.', 'ej.'], ['EE.', 'UU.']],
    });
  });

  for (const lang of ['es', 'en']) {
    it(`accepts data/${lang}/abbreviations.txt`, () => {
      const file = `data/${lang}/abbreviations.txt`;
      const table = parseAbbreviations(readFileSync(PROJECT_ROOT + file, 'utf8'), file);
      assert.ok(table.title.length > 20 && table.starter.length > 50);
    });
  }
});

describe('a vertical bar between spaces separates sentences (page parts, record ids)', () => {
  const cases: [string, string, string[]][] = [
    ['headline and site', 'Lluvias dejan tres muertos en Lima | Diario del Sur', ['Lluvias dejan tres muertos en Lima', 'Diario del Sur']],
    ['an id before the text', 'A-2291 | Los mineros votaron la huelga.', ['A-2291', 'Los mineros votaron la huelga.']],
    ['a bar without spaces stays inside', 'El índice |x| creció.', ['El índice |x| creció.']],
    ['a bar inside a quotation stays inside', 'Dijo: «sí | no» y se fue.', ['Dijo: «sí | no» y se fue.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(split(text), expected));
});
