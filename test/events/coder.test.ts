import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, codeDoc, line, type ActorSpec } from './coded.js';

const RUS: ActorSpec = { text: 'Rusia', type: 'LOC', actor: { country: 'RUS' } };
const CHN: ActorSpec = { text: 'China', type: 'LOC', actor: { country: 'CHN' } };
const UKR: ActorSpec = { text: 'Ucrania', type: 'LOC', actor: { country: 'UKR' } };
const person = (text: string, country: string, name = text): ActorSpec => ({ text, actor: { country, name, sector: 'GOV' } });

interface Case {
  name: string;
  text: string;
  actors?: ActorSpec[];
  /** Every event of the text, as line() prints it. */
  expect: string[];
}

const SPANISH: Case[] = [
  { name: 'a coordinated subject is one event with two actors', text: 'Rusia y China firmaron un acuerdo comercial.', actors: [RUS, CHN], expect: ['SUPPORT 057 RUS+CHN -> - asserted'] },
  { name: 'a recipient after "con"', text: 'Putin se reunió con Xi en Pekín.', actors: [person('Putin', 'RUS'), person('Xi', 'CHN')], expect: ['CONSULT 040 RUS -> CHN asserted'] },
  { name: 'a light verb with its noun', text: 'Los cancilleres de Rusia y China mantuvieron una larga conversación.', actors: [RUS, CHN], expect: ['CONSULT 040 RUS+CHN -> - asserted'] },
  { name: 'a phone call is CONSULT by phone', text: 'Ucrania y Rusia sostuvieron una conversación telefónica.', actors: [UKR, RUS], expect: ['CONSULT 041 UKR+RUS -> - asserted'] },
  { name: 'accusing someone of something', text: 'Ucrania acusó a Rusia de bombardear un hospital.', actors: [UKR, RUS], expect: ['ACCUSE 112 UKR -> RUS asserted'] },
  { name: 'asking someone to do something', text: 'China pidió a Rusia que retire sus tropas.', actors: [CHN, RUS], expect: ['REQUEST 100 CHN -> RUS asserted'] },
  { name: 'a passive takes its actor from "por"', text: 'Tres estudiantes fueron detenidos por la policía.', actors: [{ text: 'estudiantes', actor: { sector: 'EDU' } }, { text: 'policía', type: 'ORG', actor: { sector: 'COP' } }], expect: ['COERCE 173 COP -> EDU asserted'] },
  { name: 'negation', text: 'El gobierno de Ucrania no firmó el tratado.', actors: [UKR], expect: ['SUPPORT 057 UKR -> - asserted negated'] },
  { name: 'refusing to sign is REJECT, not an agreement', text: 'Rusia rechazó firmar el acuerdo con Ucrania.', actors: [RUS, UKR], expect: ['REJECT 120 RUS -> - asserted'] },
  { name: 'a future cooperative act is an intention (CAMEO 03x)', text: 'China firmará un acuerdo con Rusia.', actors: [CHN, RUS], expect: ['AGREE 032 CHN -> RUS intended'] },
  { name: 'an expected visit', text: 'Se espera que el canciller de Alemania visite China el mes próximo.', actors: [{ text: 'canciller de Alemania', actor: { country: 'DEU', sector: 'GOV' } }, CHN], expect: ['CONSULT 042 DEU -> CHN expected'] },
  { name: 'a conditional threat', text: 'Si Rusia ataca, Ucrania impondría sanciones.', actors: [RUS, UKR], expect: ['ASSAULT 180 RUS -> - hypothetical', 'THREATEN 1313 UKR -> - hypothetical'] },
  { name: 'a threat takes its content\'s code', text: 'Los mineros amenazaron con una huelga general.', actors: [{ text: 'mineros', actor: { sector: 'LAB' } }], expect: ['THREATEN 133 LAB -> - asserted'] },
  { name: 'a strike is a protest even as a noun', text: 'La huelga de los maestros paralizó las escuelas.', expect: ['PROTEST 143 - -> - asserted'] },
  { name: 'no mention, no role', text: 'Miles de personas marcharon por el centro.', expect: ['PROTEST 141 - -> - asserted'] },
  { name: 'an aim belongs to its event', text: 'Los campesinos bloquearon la carretera para exigir créditos.', expect: ['PROTEST 144 - -> - asserted'] },
  { name: 'a compound tense stays active', text: 'Ucrania ha liberado a los prisioneros.', actors: [UKR], expect: ['RETREAT 0841 UKR -> - asserted'] },
  { name: 'a noun that shares its form with a verb is still an event (regression: the verb reading took the word)', text: 'La protesta de los maestros duró tres días.', expect: ['PROTEST 140 - -> - asserted'] },
  { name: 'the same form as a finite verb', text: 'Los maestros protestan frente al ministerio.', expect: ['PROTEST 140 - -> - asserted'] },
  { name: 'forces deployed, said in the passive', text: 'Cientos de soldados fueron desplegados en la frontera norte.', expect: ['MOBILIZE 154 - -> - asserted'] },
  { name: 'forces reinforced with more units', text: 'Los retenes quedaron reforzados con agentes de la guardia civil.', expect: ['MOBILIZE 153 - -> - asserted'] },
  { name: 'a show of police protection', text: 'El juicio se celebró con un amplio cordón policial.', expect: ['MOBILIZE 150 - -> - asserted'] },
  { name: 'military manoeuvres are a show of force', text: 'Corea del Norte inició maniobras navales frente a su costa.', expect: ['MOBILIZE 150 - -> - asserted'] },
  { name: 'joint manoeuvres are military cooperation', text: 'Rusia y China inician maniobras navales conjuntas.', actors: [RUS, CHN], expect: ['COOPERATE 062 RUS+CHN -> - asserted'] },
  { name: 'voicing repulse is a criticism', text: 'Los obispos manifestaron su repulsa por el secuestro.', expect: ['ACCUSE 111 - -> - asserted'] },
  { name: 'voicing displeasure toward a country', text: 'Rusia expresó su malestar a China.', actors: [RUS, CHN], expect: ['ACCUSE 111 RUS -> CHN asserted'] },
  { name: 'a compound tense of a verbal conflict is an event (regression: read as a bare participle and dropped)', text: 'Rusia ha criticado a China por su silencio.', actors: [RUS, CHN], expect: ['ACCUSE 111 RUS -> CHN asserted'] },
  { name: 'a rejection in the perfect tense', text: 'El sindicato de mineros ha rechazado la oferta salarial.', expect: ['REJECT 120 - -> - asserted'] },
  { name: 'joining voices is still support', text: 'Los sindicatos unieron sus voces al reclamo de los maestros.', expect: ['SUPPORT 053 - -> - asserted'] },
  { name: 'recalling an ambassador for consultations is a cut in relations, not an appeal', text: 'Chile llamó a consultas a su embajador en Lima tras el incidente.', expect: ['SANCTION 166 - -> - asserted'] },
  { name: 'a woman ambassador withdrawn', text: 'El gobierno retiró a su embajadora ante la Santa Sede.', expect: ['SANCTION 166 - -> - asserted'] },
  { name: 'a body in session is a meeting', text: 'El consejo de ministros estuvo reunido toda la mañana en la sede del gobierno.', expect: ['CONSULT 040 - -> - asserted'] },
  { name: 'a delegation found in session with another', text: 'La comisión se encuentra reunida con los rectores desde el lunes.', expect: ['CONSULT 040 - -> - asserted'] },
  { name: 'a verb with an enclitic keeps its early accent', text: 'Los mineros siguen bloqueando la carretera, exigiéndole al gobierno un aumento.', expect: ['PROTEST 144 - -> - asserted'] },
  { name: 'troops confined to barracks (alert)', text: 'El gobierno acuarteló a las fuerzas armadas.', expect: ['MOBILIZE 152 - -> - asserted'] },
];

const SPANISH_NEGATIVE: Case[] = [
  { name: 'putting a plan in motion is no march', text: 'El gobierno anunció la puesta en marcha del plan.', expect: [] },
  { name: 'unemployment is no strike', text: 'La tasa de paro bajó dos puntos.', expect: [] },
  { name: 'a heart attack is no assault', text: 'El ministro sufrió un ataque al corazón.', expect: [] },
  { name: '"en medio de" is not mediating', text: 'La sesión terminó en medio de gritos.', expect: [] },
  { name: 'gathering employees is no meeting', text: 'El sindicato reúne a cinco mil empleados.', expect: [] },
  { name: 'a verb form that is a noun after a determiner', text: 'La visita fue breve.', expect: [] },
  { name: 'a verb form after "de" is the noun, not a report of support', text: 'Miles de vecinos firmaron cartas de apoyo al alcalde.', expect: [] },
  { name: 'voicing support is no criticism', text: 'Los obispos manifestaron su apoyo al alcalde.', expect: ['SUPPORT 051 - -> - asserted'] },
  { name: 'a coach\'s disappointment after a match is no criticism', text: 'El entrenador mostró su decepción tras el partido.', expect: [] },
  { name: 'a fiscal year is no military exercise', text: 'El ejercicio fiscal cerró con un pequeño superávit.', expect: [] },
  { name: 'a team deploying its game is no deployment', text: 'El equipo desplegó su mejor fútbol en la segunda parte.', expect: [] },
  { name: 'an adjective written "crítico" is not the verb "critico" (regression: coded as criticism)', text: 'El hospital atraviesa un momento crítico por la falta de médicos.', expect: [] },
  { name: 'a noun written "diálogo" is not the verb "dialogo"', text: 'El nuevo libro del autor es un largo diálogo entre dos hermanos.', expect: [] },
  { name: 'the noun "término" is not the verb "termino"', text: 'El término técnico figura ya en el diccionario.', expect: [] },
  { name: 'a participle describing a person is still no event', text: 'Un periodista, acusado de espionaje, salió del país ayer.', expect: [] },
  { name: 'the article "una" is not the verb unir (regression: "a una sola voz" was coded as joining forces)', text: 'Los vecinos cantaron a una sola voz en la fiesta.', expect: [] },
  { name: 'calling unions to talks stays an appeal', text: 'El ministro llamó a los sindicatos a la calma.', expect: ['REQUEST 020 - -> - asserted'] },
  { name: 'smoothing the way is no raid', text: 'La reforma busca allanar el camino a la inversión extranjera.', expect: [] },
  { name: 'smoothing differences is no raid', text: 'Los mediadores intentan allanar las diferencias entre ambos partidos.', expect: [] },
  { name: 'a meeting of gathered pupils is no consultation when only the adjective appears', text: 'Los alumnos reunidos en el patio cantaron el himno.', expect: [] },
  { name: 'the presence of a police officer, without the adjective, is no show of force', text: 'La presencia de un policía en la sala sorprendió al juez.', expect: [] },
  // issue 14: codes as the CAMEO codebook and the PLOVER map give them
  { name: 'issue 14: sanctions are CAMEO 163', text: 'El Consejo impuso sanciones económicas al régimen.', expect: ['COERCE 163 - -> - asserted'] },
  { name: 'issue 14: a bomb that kills is a bombing, not an assassination', text: 'Una bomba mató a seis policías en el mercado.', expect: ['ASSAULT 183 - -> - asserted'] },
  { name: 'issue 14: victims who die in an explosion', text: 'Cuatro obreros murieron en una explosión junto al cuartel.', expect: ['ASSAULT 183 - -> - asserted'] },
  { name: 'issue 14: riots are violent protest (145)', text: 'Los disturbios duraron toda la noche en el barrio.', expect: ['PROTEST 145 - -> - asserted'] },
  { name: 'issue 14: a missile launch with no target is a show of force (150)', text: 'El ejército disparó un misil de prueba sobre el desierto.', expect: ['MOBILIZE 150 - -> - asserted'] },
  { name: 'issue 14: a weapons test (150)', text: 'El régimen llevó a cabo un ensayo nuclear subterráneo.', expect: ['MOBILIZE 150 - -> - asserted'] },
  { name: 'issue 14: missiles fired at a target are an aerial attack (195)', text: 'La milicia lanzó tres misiles contra la base.', expect: ['ASSAULT 195 - -> - asserted'] },
  { name: 'issue 14: rockets fired at a town are heavy-weapons fire (194)', text: 'Los insurgentes dispararon cohetes contra la ciudad.', expect: ['ASSAULT 194 - -> - asserted'] },
  { name: 'issue 14: welcoming a decision is support, not hosting', text: 'El ministro acogió con satisfacción el anuncio del fiscal.', expect: ['SUPPORT 051 - -> - asserted'] },
  { name: 'issue 14: receiving a visitor is still hosting', text: 'El rey recibió al primer ministro en el palacio.', expect: ['CONSULT 043 - -> - asserted'] },
  { name: 'issue 14: a medical test is no weapons test', text: 'El hospital realizó una prueba de sangre al paciente.', expect: [] },
];

const ENGLISH: Case[] = [
  { name: 'held talks', text: 'Russia and China held talks on energy.', actors: [{ text: 'Russia', type: 'LOC', actor: { country: 'RUS' } }, { text: 'China', type: 'LOC', actor: { country: 'CHN' } }], expect: ['CONSULT 040 RUS+CHN -> - asserted'] },
  { name: 'imposed sanctions', text: 'The European Union imposed sanctions on Iran.', actors: [{ text: 'European Union', type: 'ORG', actor: { org: 'EU' } }, { text: 'Iran', type: 'LOC', actor: { country: 'IRN' } }], expect: ['COERCE 163 EU -> IRN asserted'] },
  { name: 'an English passive', text: 'Two journalists were arrested by the police.', actors: [{ text: 'journalists', actor: { sector: 'MED' } }, { text: 'police', type: 'ORG', actor: { sector: 'COP' } }], expect: ['COERCE 173 COP -> MED asserted'] },
  { name: 'refused to meet', text: 'Iran refused to meet the inspectors.', actors: [{ text: 'Iran', type: 'LOC', actor: { country: 'IRN' } }], expect: ['REJECT 120 IRN -> - asserted'] },
  { name: 'will visit', text: 'Brazil will visit Angola next week.', actors: [{ text: 'Brazil', type: 'LOC', actor: { country: 'BRA' } }, { text: 'Angola', type: 'LOC', actor: { country: 'AGO' } }], expect: ['AGREE 036 BRA -> AGO intended'] },
  { name: 'a contracted negation', text: "Brazil didn't sign the treaty.", actors: [{ text: 'Brazil', type: 'LOC', actor: { country: 'BRA' } }], expect: ['SUPPORT 057 BRA -> - asserted negated'] },
  { name: 'a noun after "of" names the event', text: 'A wave of protest swept the capital.', expect: ['PROTEST 140 - -> - asserted'] },
  { name: 'relief goods handed over are aid, not a return', text: 'Red Cross volunteers handed over three tonnes of medicine to the clinic.', expect: ['AID 070 - -> - asserted'] },
  { name: 'a prisoner handed over is still a return', text: 'The rebels handed over the town to the army.', expect: ['RETREAT 0842 - -> - asserted'] },
  { name: 'turning down an offer is a rejection', text: 'The miners turned down the deal on Monday.', expect: ['REJECT 120 - -> - asserted'] },
  { name: 'weather that turned cold rejected nothing (regression: bare "turn" was a rejection)', text: 'The weather turned cold after midnight.', expect: [] },
  { name: 'no event in a plain statement', text: 'The weather in Lisbon was mild.', expect: [] },
  // issue 14: codes as the CAMEO codebook and the PLOVER map give them
  { name: 'issue 14: a bombing that kills is 183, not 186', text: 'A roadside blast killed four soldiers near the border.', expect: ['ASSAULT 183 - -> - asserted'] },
  { name: 'issue 14: killed in a bombing', text: 'Nine people were killed in a bombing at the station.', expect: ['ASSAULT 183 - -> - asserted'] },
  { name: 'issue 14: a plain killing is military force, not an assassination', text: 'Troops killed three gunmen at the checkpoint.', expect: ['ASSAULT 190 - -> - asserted'] },
  { name: 'issue 14: an assassination stays 186', text: 'Gunmen assassinated the mayor outside his home.', expect: ['ASSAULT 186 - -> - asserted'] },
  { name: 'issue 14: rioting is violent protest (145)', text: 'Fans rioted after the final whistle.', expect: ['PROTEST 145 - -> - asserted'] },
  { name: 'issue 14: a missile test is a show of force (150)', text: 'The navy test-fired a new cruise missile.', expect: ['MOBILIZE 150 - -> - asserted'] },
  { name: 'issue 14: missiles launched with no target (150)', text: 'The regime launched two missiles over the sea.', expect: ['MOBILIZE 150 - -> - asserted'] },
  { name: 'issue 14: missiles fired at a target (195)', text: 'The rebels fired missiles at the airport.', expect: ['ASSAULT 195 - -> - asserted'] },
  { name: 'issue 14: welcoming a decision is support', text: 'The union welcomed the decision to raise wages.', expect: ['SUPPORT 051 - -> - asserted'] },
  { name: 'issue 14: welcoming a visitor to a city is hosting', text: 'The mayor welcomed the queen to the city hall.', expect: ['CONSULT 043 - -> - asserted'] },
  { name: 'issue 14: a rocket of fireworks is nothing', text: 'The children watched the fireworks over the bay.', expect: [] },
];

function run(cases: Case[], lang: 'es' | 'en'): void {
  for (const c of cases) {
    it(c.name, () => {
      const events = code(c.text, lang, c.actors ?? [], { published: '2026-02-04' });
      assert.deepEqual(events.map(line), c.expect, c.text);
    });
  }
}

describe('event coder: Spanish', () => run(SPANISH, 'es'));
describe('event coder: Spanish negative cases', () => run(SPANISH_NEGATIVE, 'es'));
describe('event coder: English', () => run(ENGLISH, 'en'));

describe('event coder: dates, places, segments and rules', () => {
  it('takes the date from a time expression in the clause, else the publication date', () => {
    const [dated] = code('El 3 de marzo Rusia atacó Ucrania.', 'es', [RUS, UKR], { published: '2026-03-05', times: [{ text: '3 de marzo', value: '2026-03-03' }] });
    assert.equal(dated?.date, '2026-03-03');
    assert.equal(dated?.dateFrom, 't0');
    const [undated] = code('Rusia atacó Ucrania.', 'es', [RUS, UKR], { published: '2026-03-05' });
    assert.equal(undated?.date, '2026-03-05');
    assert.equal(undated?.dateFrom, 'published');
    const [unknown] = code('Rusia atacó Ucrania.', 'es', [RUS, UKR]);
    assert.equal(unknown?.date, null);
    assert.equal(unknown?.dateFrom, null);
  });

  it('locates an event in a gazetteer city of its clause, by its Spanish exonym', () => {
    const [e] = code('Putin se reunió con Xi en Pekín.', 'es', [person('Putin', 'RUS'), person('Xi', 'CHN')]);
    assert.deepEqual(e?.location, { name: 'Pekín', country: 'CHN', lat: 39.9, lon: 116.41 });
    const [none] = code('Putin se reunió con Xi.', 'es', [person('Putin', 'RUS'), person('Xi', 'CHN')]);
    assert.equal(none?.location, null);
  });

  it('follows coreference to the antecedent\'s actor', () => {
    const doc = codeDoc('Vladímir Putin llegó a Pekín. El líder ruso se reunió con Xi.', 'es', [
      person('Vladímir Putin', 'RUS', 'Vladimir Putin'),
      { text: 'El líder ruso', refersTo: 'Vladímir Putin' },
      person('Xi', 'CHN'),
    ]);
    const e = doc.events.find((x) => x.type === 'CONSULT');
    assert.equal(e?.actor[0]?.name, 'Vladimir Putin');
    assert.equal(e?.actor[0]?.mention, 'm1');
  });

  it('carries a dropped subject over from the previous sentence', () => {
    const events = code('Crónica\n\nRusia negó las acusaciones. Además, criticó a Ucrania.', 'es', [RUS, UKR]);
    assert.deepEqual(events.map(line), ['REJECT 127 RUS -> - asserted', 'ACCUSE 111 RUS -> UKR asserted']);
    const headed = code('Rusia negó las acusaciones.\n\nCriticó a Ucrania.', 'es', [RUS, UKR]);
    assert.equal(line(headed[1]!), 'ACCUSE 111 - -> UKR asserted', 'a title lends no subject to the body');
  });

  it('marks events of a teaser and keeps them', () => {
    const doc = codeDoc('Rusia y China firman un tratado\n\nRusia ataca Ucrania', 'es', [RUS, CHN, { text: 'Rusia', nth: 1, type: 'LOC', actor: { country: 'RUS' } }, UKR], {
      prepare: (d) => {
        d.segments[1] = { ...d.segments[1]!, kind: 'teaser' };
      },
    });
    assert.deepEqual(doc.events.map((e) => `${e.type} ${e.segment}`), ['SUPPORT title', 'ASSAULT teaser']);
  });

  it('names the rule, the trigger and numbered ids', () => {
    const events = code('Rusia y China firmaron un acuerdo y celebraron una cumbre.', 'es', [RUS, CHN]);
    assert.deepEqual(events.map((e) => e.id), ['e0', 'e1']);
    assert.equal(events[0]?.rule, 'es.support.firmar');
    assert.equal(events[0]?.trigger.text, 'firmaron un acuerdo');
    assert.equal(events[0]?.goldstein, 8);
    assert.equal(events[0]?.quadClass, 1);
  });
});
