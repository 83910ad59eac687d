import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { IN_DATE_RULE, IN_NAME_RULE } from '../../src/events/name-or-date.js';
import { analyze } from '../../src/index.js';

/**
 * A trigger word inside a name or a date is no event word: each case is a text of the team's own (a
 * headline, then the body) with the pattern that must not, or must, code an event.
 */
const CASES: Array<{ lang: Lang; body: string; rule: string; dropped: string | null }> = [
  { lang: 'en', body: 'In March, the new bridge over the river was opened.', rule: 'en.protest.demonstration', dropped: IN_DATE_RULE },
  { lang: 'en', body: 'The ruling was upheld by the Court of Appeals on Tuesday.', rule: 'en.request.appeal-n', dropped: IN_NAME_RULE },
  { lang: 'en', body: 'The figures were first reported by The Canadian Press.', rule: 'en.request.urge', dropped: IN_NAME_RULE },
  { lang: 'es', body: 'La emboscada fue atribuida al Ejército de Liberación Nacional.', rule: 'es.retreat.liberacion', dropped: IN_NAME_RULE },
  { lang: 'es', body: 'El candidato del Partido de la Liberación Dominicana ganó en Santiago.', rule: 'es.retreat.liberacion', dropped: IN_NAME_RULE },
  // Negative cases: the same words outside a name or a date, a name opened by its event noun, a title-case headline.
  { lang: 'en', body: 'Thousands of nurses marched through the capital on Monday.', rule: 'en.protest.demonstrate', dropped: null },
  { lang: 'en', body: 'The company said it would appeal the verdict.', rule: 'en.request.ask', dropped: null },
  { lang: 'es', body: 'La liberación de los rehenes se produjo el lunes en Cali.', rule: 'es.retreat.liberacion', dropped: null },
  { lang: 'es', body: 'Unos cien mil docentes se sumaron a la Marcha Federal por la educación.', rule: 'es.protest.manifestacion', dropped: null },
];

function run(lang: Lang, body: string) {
  const a = analyze({ text: `Noticias del día\n\n${body}`, lang, published: '2025-04-10' }, { trace: true });
  return { rules: a.events.map((e) => e.rule), dropped: (a.trace ?? []).filter((t) => t.rule === IN_NAME_RULE || t.rule === IN_DATE_RULE) };
}

describe('a trigger inside a name or a date is no event word', () => {
  for (const c of CASES) {
    it(`${c.dropped ? `${c.dropped} drops` : 'keeps'} ${c.rule}: "${c.body}"`, () => {
      const { rules, dropped } = run(c.lang, c.body);
      if (c.dropped) {
        assert.ok(!rules.includes(c.rule), `${c.rule} was coded`);
        assert.ok(dropped.some((t) => t.rule === c.dropped && t.detail.startsWith(`${c.rule} dropped`)), `not traced: ${dropped.map((t) => t.detail).join('; ') || 'nothing'}`);
      } else {
        assert.ok(rules.includes(c.rule), `${c.rule} was not coded (events: ${rules.join(', ') || 'none'})`);
      }
    });
  }

  it('a headline in title case keeps its trigger (its capitals name nothing)', () => {
    const a = analyze({ text: 'Rebels Attack Army Base Near Goma\n\nThe army said the base held out.', lang: 'en', published: '2025-04-10' });
    assert.ok(a.events.some((e) => e.type === 'ASSAULT' && e.segment === 'title'));
  });

  it('a longer pattern through a date leaves the event noun to its own pattern', () => {
    const a = analyze({ text: 'Noticias del día\n\nEl ministro dimitió hace diez días tras protestas masivas en Quito.', lang: 'es', published: '2025-04-10' });
    assert.ok(a.events.some((e) => e.type === 'PROTEST'), a.events.map((e) => e.rule).join(', '));
  });
});
