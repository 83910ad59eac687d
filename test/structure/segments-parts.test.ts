import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDateStamp, matchDateline } from '../../src/structure/segment-dateline.js';
import { splitUnits } from '../../src/structure/segment-units.js';
import { stem, wordLexicon } from '../../src/structure/segment-words.js';

describe('matchDateline', () => {
  /** [paragraph, the dateline it opens (null: none), the rule]. */
  const cases: Array<[string, string | null, string?]> = [
    ['MADRID, 3 mar (EFE).- El Gobierno aprobó el plan.', 'MADRID, 3 mar (EFE).-', 'dateline.agency'],
    ['BRUSSELS, March 3 (Reuters) - EU governments agreed.', 'BRUSSELS, March 3 (Reuters) -', 'dateline.agency'],
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON (AP) —', 'dateline.agency'],
    ['KYIV, Ukraine (AP) — Drones hit the city.', 'KYIV, Ukraine (AP) —', 'dateline.agency'],
    ['Buenos Aires, 12 (EUROPA PRESS) - El Congreso votó.', 'Buenos Aires, 12 (EUROPA PRESS) -', 'dateline.agency'],
    ['Quito (EFE).- La Asamblea aprobó la ley.', 'Quito (EFE).-', 'dateline.agency'],
    ['Ciudad de México.- El Senado aprobó la reforma.', 'Ciudad de México.-', 'dateline.place'],
    ['Caracas, 12 de marzo de 2026.- La oposición pidió garantías.', 'Caracas, 12 de marzo de 2026.-', 'dateline.place-date'],
    ['LONDON — Britain froze the assets.', 'LONDON —', 'dateline.place-caps'],
    ['SAN JOSÉ, Costa Rica — El presidente viajó.', 'SAN JOSÉ, Costa Rica —', 'dateline.place-caps'],
    ['WASHINGTON, D.C. (AP) — The court ruled.', 'WASHINGTON, D.C. (AP) —', 'dateline.agency'],
    ['Santiago de Chile, 3 mar (EFE)', 'Santiago de Chile, 3 mar (EFE)', 'dateline.agency'],
    ['La Paz, 5 de junio de 2026', 'La Paz, 5 de junio de 2026', 'dateline.place-date'],
    ['(CNN) — El presidente firmó el decreto.', '(CNN) —', 'dateline.agency'],
    ['(EFE).- La ONU pidió un alto el fuego.', '(EFE).-', 'dateline.agency'],
    // Not datelines.
    ['El presidente — dijo el portavoz — viajará mañana.', null],
    ['Washington - The White House said talks would go on.', null],
    ['OTAN: Los aliados aumentan el gasto.', null],
    ['Rusia y China refuerzan lazos', null],
    ['Este miércoles 4 de febrero 2026, los presidentes hablaron.', null],
    ['Pedro Sánchez, presidente del Gobierno, dijo que habrá acuerdo.', null],
    ['MADRID es la capital de España.', null],
    ['LAS CLAVES DEL ACUERDO', null],
    ['(PSOE) - El partido votó en contra.', null],
    ['(Foto: EFE) El presidente saluda.', null],
  ];
  for (const [text, dateline, rule] of cases) {
    it(`${dateline ? 'finds' : 'rejects'}: ${text}`, () => {
      const m = matchDateline(text, 0, text.length);
      if (dateline === null) {
        assert.equal(m, null);
        return;
      }
      assert.ok(m, 'a dateline');
      assert.equal(text.slice(0, m.end), dateline);
      assert.equal(m.rule, rule);
      assert.equal(m.rest === text.length, dateline === text, 'the body starts after the dateline');
    });
  }
});

describe('isDateStamp', () => {
  const cases: Array<[string, boolean]> = [
    ['3 de marzo de 2026, 10:45 h', true],
    ['March 3, 2026', true],
    ['Martes, 3 de marzo de 2026', true],
    ['12/03/2026 10:45', true],
    ['Madrid | 3 mar 2026 - 10:45', true],
    ['2026-03-03', true],
    ['3 de marzo de 2026 el Gobierno aprobó el plan', false],
    ['Marzo fue un mes difícil', false],
    ['El 3 de marzo', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'is' : 'is not'} a stamp: ${text}`, () => assert.equal(isDateStamp(text, 0, text.length), want));
});

describe('stem', () => {
  const es = wordLexicon('es');
  const en = wordLexicon('en');
  const meet: Array<[string, string, typeof es]> = [
    ['China', 'chino', es], ['chinos', 'China', es], ['visado', 'visados', es], ['país', 'países', es],
    ['Rusia', 'rusos', es], ['energía', 'energético', es], ['Ucrania', 'ucranianos', es],
    ['sanctions', 'sanctioned', en], ['Russia', 'Russian', en], ['China', 'Chinese', en], ['talks', 'talking', en],
  ];
  for (const [a, b, lex] of meet) it(`"${a}" and "${b}" meet`, () => assert.equal(stem(a.toLowerCase(), lex), stem(b.toLowerCase(), lex)));
  const apart: Array<[string, string, typeof es]> = [
    ['China', 'Chile', es], ['gobierno', 'gobernador', es], ['Rusia', 'ruta', es], ['minerales', 'ministro', es],
  ];
  for (const [a, b, lex] of apart) it(`"${a}" and "${b}" stay apart`, () => assert.notEqual(stem(a.toLowerCase(), lex), stem(b.toLowerCase(), lex)));
  it('drops stop words and single letters', () => {
    for (const w of ['de', 'el', 'que', 'y']) assert.equal(stem(w, es), null);
    for (const w of ['the', 'of', 'said', 'a']) assert.equal(stem(w, en), null);
  });
});

describe('splitUnits', () => {
  const parts = (text: string): string[] => splitUnits(text).map((s) => text.slice(s.start, s.end));

  it('gives every non-blank line, trimmed', () => {
    assert.deepEqual(parts('  Título \n\nUna línea.\nOtra línea.\n\n\n  Fin.  '), ['Título', 'Una línea.', 'Otra línea.', 'Fin.']);
  });

  it('joins the lines of a hard-wrapped paragraph and keeps paragraphs apart', () => {
    const text = [
      'The government said on Tuesday that it would raise the minimum',
      'wage by five percent next year, a move that unions welcomed but',
      'employers said would cost jobs in the smallest businesses.',
      '',
      'The measure must still pass a vote in parliament, where the',
      'coalition has a narrow majority.',
    ].join('\n');
    assert.deepEqual(parts(text).map((p) => p.split('\n').length), [3, 2]);
  });

  it('does not join a list of short headlines', () => {
    const text = 'More news\nThe central bank raises rates again\nFarmers block roads in protest over fuel\nA new bridge opens over the river';
    assert.equal(parts(text).length, 4);
  });

  it('does not join one-paragraph-per-line text', () => {
    const text = [
      'Título de la noticia',
      'El Gobierno aprobó ayer el plan de vivienda con el apoyo de sus socios parlamentarios, después de varias semanas de negociación.',
      'de qué hablaron en su reunión.',
    ].join('\n');
    assert.equal(parts(text).length, 3);
  });
});
