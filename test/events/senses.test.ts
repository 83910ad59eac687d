/**
 * Issue 14, word senses: a trigger counts only in its event sense. Each row is a sentence of the team's own,
 * the pattern whose event is or is not coded, and the sense line (data/<lang>/events-senses.tsv) expected
 * to drop it (null: the event stands). Both senses of each ambiguous word are here, plus sentences that
 * look like the other sense but are not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { analyze } from '../../src/index.js';
import { parseCondition } from '../../scripts/data/event-senses.js';

interface Case {
  text: string;
  /** Pattern id whose candidate the row is about. */
  rule: string;
  /** The sense line that drops it, or null when the event is coded. */
  dropped: string | null;
}

const CASES: Record<Lang & ('es' | 'en'), Case[]> = {
  es: [
    { text: 'Los precios de la vivienda se dispararon en otoño.', rule: 'es.assault.disparar', dropped: 'es.sense.dispararse' },
    { text: 'Las tarifas eléctricas se dispararon tras la ola de frío.', rule: 'es.assault.disparar', dropped: 'es.sense.dispararse' },
    { text: 'Los guardias dispararon contra los campesinos que ocupaban la finca.', rule: 'es.assault.disparar', dropped: null },
    { text: 'Un francotirador disparó a los policías desde un tejado.', rule: 'es.assault.disparar', dropped: null },
    { text: 'La sequía disparó los precios del trigo.', rule: 'es.assault.disparar', dropped: 'es.sense.disparar-cifra' },
    { text: 'El alcalde ejecutó el presupuesto municipal sin retrasos.', rule: 'es.assault.ejecutaron', dropped: 'es.sense.ejecutar-plan' },
    { text: 'Los paramilitares ejecutaron a tres campesinos en la aldea.', rule: 'es.assault.ejecutar', dropped: null },
    { text: 'La empresa ejecutó la obra del puerto en dos años.', rule: 'es.assault.ejecutaron', dropped: 'es.sense.ejecutar-plan' },
    { text: 'La policía detuvo la manifestación frente al Congreso.', rule: 'es.coerce.detener', dropped: 'es.sense.objeto-cosa' },
    { text: 'La policía detuvo a dos estudiantes frente al Congreso.', rule: 'es.coerce.detener', dropped: null },
    { text: 'El Gobierno liberó los fondos para la reconstrucción.', rule: 'es.retreat.liberar', dropped: 'es.sense.liberar-cosa' },
    { text: 'La guerrilla liberó a cuatro rehenes el domingo.', rule: 'es.retreat.liberar', dropped: null },
    { text: 'La amenaza de la sequía preocupa a los agricultores del sur.', rule: 'es.threaten.amenaza', dropped: 'es.sense.amenaza-fenomeno' },
    { text: 'La amenaza de una huelga general pesa sobre el Gobierno.', rule: 'es.threaten.amenaza', dropped: null },
    { text: 'La inflación amenaza el poder adquisitivo de las familias.', rule: 'es.threaten.amenazar', dropped: 'es.sense.amenazar-fenomeno' },
    { text: 'El sindicato amenazó al Gobierno con nuevas movilizaciones.', rule: 'es.threaten.amenazar', dropped: null },
    { text: 'El opositor atacó la reforma fiscal del Gobierno.', rule: 'es.assault.atacar', dropped: 'es.sense.atacar-idea' },
    { text: 'Los rebeldes atacaron un cuartel del ejército en el norte.', rule: 'es.assault.atacar', dropped: null },
    { text: 'Los vecinos detuvieron la obra con una sentada.', rule: 'es.coerce.detener', dropped: 'es.sense.objeto-cosa' },
    { text: 'La policía los detuvo al salir del estadio.', rule: 'es.coerce.detener', dropped: null },
    { text: 'El ministro llegó con su esposa a la recepción.', rule: 'es.coerce.detener', dropped: 'es.sense.esposa' },
    { text: 'Los agentes esposaron al sospechoso en la calle.', rule: 'es.coerce.detener', dropped: null },
    { text: 'El ejército compró veinte aviones de combate.', rule: 'es.assault.ofensiva', dropped: 'es.sense.tipo-de-cosa' },
    { text: 'El combate entre los dos ejércitos duró toda la noche.', rule: 'es.assault.ofensiva', dropped: null },
    { text: 'Cientos de presos murieron en el campo de concentración.', rule: 'es.protest.manifestacion', dropped: 'es.sense.concentracion-tipo' },
    { text: 'Los jubilados convocaron una concentración ante el ayuntamiento.', rule: 'es.threaten.convocar', dropped: null },
    { text: 'El informe critica la concentración de la prensa en pocas manos.', rule: 'es.protest.manifestacion', dropped: 'es.sense.concentracion-de-cosa' },
    { text: 'La oposición presentó una moción de censura contra el alcalde.', rule: 'es.coerce.prohibicion', dropped: 'es.sense.mocion-censura' },
    { text: 'El festival reúne manifestaciones artísticas de todo el país.', rule: 'es.protest.manifestacion', dropped: 'es.sense.manifestacion-cultural' },
    { text: 'Miles de personas participaron en una manifestación pacífica en Lima.', rule: 'es.protest.manifestacion', dropped: null },
    { text: 'El retraso en la ejecución del proyecto irritó a los vecinos.', rule: 'es.assault.asesinato', dropped: 'es.sense.ejecucion-plan' },
    { text: 'El equipo local cedió un empate en el último minuto.', rule: 'es.concede.ceder', dropped: 'es.sense.ceder-marcador' },
    { text: 'Dos aerolíneas vuelan a Quito cada semana.', rule: 'es.assault.dinamitar', dropped: 'es.sense.volar-sin-objeto' },
    { text: 'Los guerrilleros volaron el puente del río.', rule: 'es.assault.dinamitar', dropped: null },
    { text: 'El ministro tendrá que rendir cuentas ante el Congreso.', rule: 'es.retreat.rendirse', dropped: 'es.sense.rendir-no-pronominal' },
    { text: 'Los rebeldes se rindieron ante el ejército.', rule: 'es.retreat.rendirse', dropped: null },
    { text: 'El autobús se detuvo en el arcén.', rule: 'es.coerce.detener', dropped: 'es.sense.detenerse' },
    { text: 'Los bomberos sofocaron el fuego en dos horas.', rule: 'es.coerce.reprimir', dropped: 'es.sense.sofocar-cosa' },
    { text: 'La policía reprimió a los manifestantes.', rule: 'es.coerce.reprimir', dropped: null },
    { text: 'Los vecinos vieron el incendio desde lejos.', rule: 'es.protest.incendiar', dropped: 'es.sense.incendio' },
    { text: 'Los manifestantes incendiaron dos autobuses.', rule: 'es.protest.incendiar', dropped: null },
    { text: 'La liberación de los rehenes se produjo el lunes.', rule: 'es.retreat.liberacion', dropped: null },
    { text: 'El presidente disolvió el Parlamento y convocó elecciones.', rule: 'es.coerce.reprimir', dropped: 'es.sense.disolver-no-multitud' },
    { text: 'La policía disolvió la manifestación con gases lacrimógenos.', rule: 'es.coerce.reprimir', dropped: null },
    { text: 'Miles de personas visitaron la feria del libro este año.', rule: 'es.consult.visitar', dropped: 'es.sense.visitar-sitio' },
    { text: 'El canciller visitó Bogotá el martes.', rule: 'es.consult.visitar', dropped: null },
    { text: 'Los soldados defendieron la frontera durante semanas.', rule: 'es.support.defender', dropped: 'es.sense.defender-territorio' },
    { text: 'El ministro defendió al alcalde ante la prensa.', rule: 'es.support.defender', dropped: null },
    { text: 'Los guardias deben estar muy alerta toda la noche.', rule: 'es.threaten.advertir', dropped: 'es.sense.alerta-no-verbo' },
  ],
  en: [
    { text: 'Teachers went on strike on Monday over pay.', rule: 'en.protest.strike', dropped: null },
    { text: 'The strike by nurses closed three hospitals.', rule: 'en.protest.strike-n', dropped: null },
    { text: 'An artillery strike hit the town before dawn.', rule: 'en.protest.strike-n', dropped: 'en.sense.strike-weapon' },
    { text: 'The aerial strike came hours later.', rule: 'en.protest.strike-n', dropped: 'en.sense.strike-weapon-adj' },
    { text: 'The army carried out a strike against an insurgent compound.', rule: 'en.protest.strike-n', dropped: 'en.sense.strike-target' },
    { text: 'Dockers began a strike against the new port rules.', rule: 'en.protest.strike', dropped: null },
    { text: 'A strike on the base left dozens of soldiers wounded.', rule: 'en.protest.strike-n', dropped: 'en.sense.strike-on' },
    { text: 'Police charged the crowd with batons.', rule: 'en.accuse.accuse', dropped: 'en.sense.charge-crowd' },
    { text: 'Mounted officers charged at the marchers near the bridge.', rule: 'en.accuse.accuse', dropped: 'en.sense.charge-at' },
    { text: 'Prosecutors charged the mayor with bribery.', rule: 'en.accuse.accuse', dropped: null },
    { text: 'She was charged with fraud on Tuesday.', rule: 'en.accuse.accuse', dropped: null },
    { text: 'The ministry released a report on rural poverty.', rule: 'en.retreat.release', dropped: 'en.sense.release-thing' },
    { text: 'The rebels released the hostages after talks.', rule: 'en.retreat.release', dropped: null },
    { text: 'Farmers fear the threat of floods this spring.', rule: 'en.threaten.threat', dropped: 'en.sense.threat-phenomenon' },
    { text: 'The drought threatens crops across the region.', rule: 'en.threaten.threaten', dropped: 'en.sense.threaten-phenomenon' },
    { text: 'The union threatened the government with a walkout.', rule: 'en.threaten.threaten', dropped: null },
    { text: 'The army executed the plan within a week.', rule: 'en.assault.kill', dropped: 'en.sense.execute-plan' },
    { text: 'The militia executed two prisoners at dawn.', rule: 'en.assault.kill', dropped: null },
    { text: 'The senator attacked the proposal in a speech.', rule: 'en.assault.attack', dropped: 'en.sense.attack-idea' },
    { text: 'Gunmen attacked a police station in the north.', rule: 'en.assault.attack', dropped: null },
    { text: 'The city bought new riot gear for its police.', rule: 'en.protest.riot-n', dropped: 'en.sense.riot-unit' },
    { text: 'A riot broke out in the prison at night.', rule: 'en.protest.riot-n', dropped: null },
    { text: 'The delegation flew back to Seoul on Friday.', rule: 'en.support.support', dropped: 'en.sense.back-not-verb' },
    { text: 'Most parties backed the new coalition.', rule: 'en.support.support', dropped: null },
    { text: 'Visitors get a free guide at the entrance.', rule: 'en.retreat.release', dropped: 'en.sense.free-not-verb' },
    { text: 'The junta freed the detained journalists on Monday.', rule: 'en.retreat.release', dropped: null },
    { text: 'The storm damaged houses along the coast.', rule: 'en.assault.attack', dropped: 'en.sense.storm-noun' },
    { text: 'Troops stormed the rebel headquarters at dawn.', rule: 'en.assault.attack', dropped: null },
    { text: 'The office received a letter from the bank.', rule: 'en.consult.host', dropped: 'en.sense.receive-thing' },
    { text: 'The king received the visiting president at the palace.', rule: 'en.consult.host', dropped: null },
    { text: "The governor's abuse of power angered voters.", rule: 'en.assault.assault', dropped: 'en.sense.abuse-office' },
    { text: 'The senate killed the bill in a late vote.', rule: 'en.assault.kill', dropped: 'en.sense.kill-idea' },
    { text: 'The navy has ordered six attack helicopters.', rule: 'en.assault.attack', dropped: 'en.sense.kind-of-thing' },
    { text: 'Wheat exports declined sharply last year.', rule: 'en.reject.refuse', dropped: 'en.sense.decline-fall' },
    { text: 'The port saw a long decline after the war.', rule: 'en.reject.refuse', dropped: 'en.sense.decline-noun' },
    { text: 'The mayor declined to answer questions from reporters.', rule: 'en.reject.refuse', dropped: null },
    { text: 'The unions engaged in a long dispute with the owners.', rule: 'en.assault.fight', dropped: 'en.sense.engage-in' },
    { text: 'Army units engaged the insurgents at dawn.', rule: 'en.assault.fight', dropped: null },
    { text: 'The new law allows farmers to sell their land.', rule: 'en.concede.allow', dropped: 'en.sense.allow-thing' },
    { text: 'The government allowed foreign journalists to enter the region.', rule: 'en.concede.allow', dropped: null },
  ],
};

function run(text: string, lang: Lang) {
  const a = analyze({ text, lang, published: '2024-03-07' }, { trace: true });
  const dropped = (a.trace ?? []).filter((t) => t.rule.startsWith(`${lang}.sense.`));
  return { events: a.events.map((e) => e.rule), dropped };
}

for (const lang of ['es', 'en'] as const) {
  describe(`word senses (${lang})`, () => {
    for (const c of CASES[lang]) {
      it(`${c.dropped ? `${c.dropped} drops ${c.rule}` : `${c.rule} stands`}: "${c.text}"`, () => {
        const { events, dropped } = run(c.text, lang);
        if (c.dropped) {
          assert.ok(!events.includes(c.rule), `${c.rule} was coded`);
          const trace = dropped.find((t) => t.rule === c.dropped);
          assert.ok(trace, `no trace of ${c.dropped}; traced: ${dropped.map((t) => t.rule).join(', ') || 'none'}`);
          assert.match(trace.detail, new RegExp(`^${c.rule.replace(/\./g, '\\.')} dropped`));
        } else {
          assert.ok(events.includes(c.rule), `${c.rule} was not coded (events: ${events.join(', ') || 'none'})`);
          assert.deepEqual(dropped.map((t) => t.rule), []);
        }
      });
    }
  });
}

describe('sense conditions as data', () => {
  const classes = new Set(['quantity']);
  const cases: [string, unknown][] = [
    ['reflexive', { kind: 'reflexive', negated: false }],
    ['!obj:*', { kind: 'dep', negated: true, rel: 'obj', cases: null, cls: '*', outside: false }],
    ['obl/contra|Sobre:quantity', { kind: 'dep', negated: false, rel: 'obl', cases: ['contra', 'sobre'], cls: 'quantity', outside: false }],
    ['obj:!mention', { kind: 'dep', negated: false, rel: 'obj', cases: null, cls: 'mention', outside: true }],
  ];
  for (const [spec, want] of cases) it(`"${spec}" parses`, () => assert.deepEqual(parseCondition(spec, classes, 'x:1'), want));
  const bad: [string, RegExp][] = [
    ['object:*', /^x:1: unknown relation "object"/],
    ['obj:weapons', /^x:1: unknown word class "weapons"/],
    ['reflexiv', /^x:1: "reflexiv" is not a condition/],
  ];
  for (const [spec, error] of bad) it(`"${spec}" is refused naming the line`, () => assert.throws(() => parseCondition(spec, classes, 'x:1'), { message: error }));
});
