/**
 * Issue 11, frames as data: the codes the trigger patterns give, one table per language, with sentences
 * that must give no event (or another code) beside each risky pattern. Only type and code are compared:
 * the roles are the role reader's business (tree-roles.test.ts, coder.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code } from './coded.js';

/** [what the case shows, sentence, "TYPE CODE" of every event]. */
type Case = [string, string, string[]];

const SPANISH: Case[] = [
  // 02 appeals
  ['appealing to someone', 'El obispo apeló a los fieles durante la misa.', ['REQUEST 020']],
  ['calling for unity is an appeal for cooperation', 'La ministra llamó a la unidad de los partidos.', ['REQUEST 021']],
  ['seeking support', 'El candidato buscó el apoyo de los sindicatos.', ['REQUEST 022']],
  ['an appeal for aid', 'La ONU lanzó un llamamiento urgente de ayuda para los refugiados.', ['REQUEST 023']],
  ['advocating a reform', 'Los rectores abogaron por una reforma del sistema universitario.', ['REQUEST 024']],
  ['calling for restraint', 'El secretario general llamó a la contención a ambos ejércitos.', ['REQUEST 025']],
  ['inviting to talks', 'El gobierno invitó a los rebeldes a una mesa de negociación.', ['REQUEST 026']],
  ['calling for a negotiated settlement', 'El Vaticano apeló a una solución negociada del conflicto.', ['REQUEST 027']],
  ['calling for mediation', 'Los vecinos llamaron a la mediación del defensor del pueblo.', ['REQUEST 028']],
  ['asking for a mediator is a demand (pedir is 10 here)', 'El sindicato pidió un mediador al ministerio.', ['REQUEST 105']],
  ['asking for support', 'El alcalde pidió el respaldo del parlamento regional.', ['REQUEST 102']],
  ['seeking a job is no appeal', 'Mi primo busca trabajo en la capital desde enero.', []],
  // 03 intentions
  ['promising support', 'El primer ministro prometió su apoyo a la candidatura de Lima.', ['AGREE 032']],
  ['offering aid', 'Japón ofreció ayuda para reconstruir la ciudad.', ['AGREE 033']],
  ['promising a reform', 'El presidente prometió una reforma de la justicia.', ['AGREE 034']],
  ['promising free elections', 'La junta se comprometió a celebrar elecciones libres.', ['AGREE 034']],
  ['offering an amnesty', 'El gobierno ofreció una amnistía a los guerrilleros.', ['AGREE 035']],
  ['proposing a political way out', 'Noruega propuso una salida política a la crisis.', ['AGREE 037']],
  ['accepting mediation', 'Ambos países aceptaron la mediación del Vaticano.', ['AGREE 038']],
  ['offering to mediate', 'Brasil se ofreció a mediar entre los dos vecinos.', ['AGREE 039']],
  ['offering good offices', 'Suiza ofreció sus buenos oficios a las partes.', ['AGREE 039']],
  ['offering a dinner is no intention to cooperate', 'El hotel ofreció una cena a los invitados.', []],
  ['a shop promising low prices is no reform', 'La tienda promete precios bajos todo el verano.', []],
  // 07 aid, 08 yielding
  ['sending peacekeepers', 'Uruguay envió un contingente de cascos azules a Haití.', ['AID 074']],
  ['deploying soldiers without a peace mission stays a deployment', 'El gobierno desplegó soldados en la frontera.', ['MOBILIZE 154']],
  ['admitting observers', 'El régimen aceptó observadores internacionales en las elecciones.', ['RETREAT 0862']],
  ['opening a humanitarian corridor', 'Las tropas abrieron un corredor humanitario hacia el norte.', ['RETREAT 0863']],
  ['ending a strike is easing a protest', 'Los mineros levantaron la huelga tras el acuerdo.', ['CONCEDE 082']],
  // 09 investigations
  ['investigating corruption', 'La fiscalía investiga una red de corrupción en el puerto.', ['ACCUSE 091']],
  ['an inquiry opened into fraud', 'El juez abrió una investigación por fraude contra el alcalde.', ['ACCUSE 091']],
  ['investigating torture', 'La comisión investigará las torturas en la cárcel.', ['ACCUSE 092']],
  ['investigating a bombardment', 'La ONU investiga el bombardeo del hospital.', ['ACCUSE 093']],
  ['investigating war crimes', 'La Corte investiga crímenes de guerra en la región.', ['ACCUSE 094']],
  ['a scientist investigating a disease is still an investigation, not of a crime', 'El laboratorio investiga una enfermedad rara.', ['ACCUSE 090']],
  // 10 demands, 11 disapproval, 12 rejections, 13 threats
  ['demanding an inquiry', 'Los familiares exigieron una investigación sobre el incendio.', ['REQUEST 101']],
  ['demanding a withdrawal', 'El parlamento exigió la retirada de las tropas extranjeras.', ['REQUEST 106']],
  ['demanding a ceasefire', 'La Cruz Roja pidió el cese del fuego en la zona.', ['REQUEST 107']],
  ['disagreeing', 'El ministro discrepó de la decisión del tribunal.', ['ACCUSE 110']],
  ['uniting against someone', 'Los partidos de la oposición se unieron contra el decreto.', ['ACCUSE 113']],
  ['uniting two firms is no rally against anyone', 'Las dos empresas se unieron en una sola compañía.', []],
  ['refusing aid', 'El régimen rechazó la ayuda de sus vecinos.', ['REJECT 122']],
  ['rejecting demands', 'La patronal rechazó las exigencias del sindicato.', ['REJECT 123']],
  ['rejecting mediation', 'El gobierno descartó la mediación de la Iglesia.', ['REJECT 125']],
  ['threatening a fine', 'El ayuntamiento amenazó con multas a los comercios.', ['THREATEN 132']],
  ['threatening to break off talks', 'La guerrilla amenazó con abandonar la mesa de negociación.', ['THREATEN 134']],
  ['threatening repression', 'La policía amenazó con desalojar la plaza.', ['THREATEN 137']],
  ['threatening war', 'El dictador amenazó con la guerra a su vecino.', ['THREATEN 138']],
  ['a storm threatening a town is no threat: nobody threatens (es.sense.amenazar-fenomeno)', 'La tormenta amenaza la costa norte.', []],
  // 15-20 force and violence
  ['police on alert', 'La policía permanece en estado de alerta en la capital.', ['MOBILIZE 151']],
  ['a doctor on call is no alert', 'El médico permanece en su consulta toda la tarde.', []],
  ['halting a mediation', 'El Vaticano suspendió su mediación entre las partes.', ['SANCTION 165']],
  ['intimidating witnesses', 'La banda intimidó a los testigos del juicio.', ['COERCE 170']],
  ['razing houses', 'Las excavadoras derribaron decenas de viviendas en la aldea.', ['ASSAULT 1712']],
  ['human shields', 'Los milicianos usaron a los civiles como escudos humanos.', ['ASSAULT 184']],
  ['an attempted assassination', 'La policía frustró un intento de asesinato del alcalde.', ['ASSAULT 185']],
  ['a suicide bombing', 'Un atentado suicida sacudió el mercado central.', ['ASSAULT 1831']],
  ['opening fire', 'Los soldados abrieron fuego contra el convoy.', ['ASSAULT 193']],
  ['opening a shop is no shooting', 'Los vecinos abrieron una tienda de fuegos artificiales.', []],
  ['a mass expulsion', 'La ONU denunció la expulsión masiva de refugiados.', ['ACCUSE 111']],
];

const ENGLISH: Case[] = [
  // 02 appeals
  ['calling for unity', 'The bishop called for unity among the parties.', ['REQUEST 021']],
  ['seeking support', 'The candidate sought the backing of the unions.', ['REQUEST 022']],
  ['appealing for aid', 'The agency appealed for aid for the flood victims.', ['REQUEST 023']],
  ['calling for reform', 'Students called for sweeping political reform.', ['REQUEST 024']],
  ['calling for restraint', 'The envoy called for restraint on both sides.', ['REQUEST 025']],
  ['calling for talks', 'The senator called for talks with the rebels.', ['REQUEST 026']],
  ['urging a peaceful settlement', 'The council urged a peaceful settlement of the dispute.', ['REQUEST 027']],
  ['inviting mediation', 'The parties invited mediation by the church.', ['REQUEST 028']],
  ['calling someone on the phone is no appeal for talks', 'She called her brother on Monday.', []],
  ['a court of law is no courting of support', 'The court heard the case on Monday.', []],
  // 03 intentions
  ['pledging support', 'The prime minister pledged support for the new government.', ['AGREE 032']],
  ['promising aid', 'Japan promised aid to the stricken region.', ['AGREE 033']],
  ['promising free elections', 'The general promised free elections next year.', ['AGREE 034']],
  ['offering an amnesty', 'The government offered an amnesty to the fighters.', ['AGREE 035']],
  ['offering talks', 'The rebels offered talks with the government.', ['AGREE 036']],
  ['being ready to negotiate', 'The minister said he was ready to negotiate.', ['AGREE 036']],
  ['accepting mediation', 'Both sides accepted mediation by Norway.', ['AGREE 038']],
  ['offering to mediate', 'Brazil offered to mediate between the neighbours.', ['AGREE 039']],
  // 05, 07
  ['strengthening ties', 'The two countries strengthened their ties last year.', ['SUPPORT 050']],
  ['rallying support', 'The mayor rallied support for the plan.', ['SUPPORT 053']],
  ['siding with a party', 'The senator sided with the opposition.', ['SUPPORT 053']],
  ['the side of a road is no siding', 'The car stopped on the side with the trees.', []],
  ['a loan is economic aid', 'The bank approved a loan to the government.', ['AID 071']],
  ['sending peacekeepers', 'The council sent peacekeepers to the border.', ['AID 074']],
  // 08
  ['calling off a strike eases a protest', 'The union called off the strike.', ['CONCEDE 082']],
  ['letting aid in', 'The army allowed aid convoys into the city.', ['RETREAT 0863']],
  ['admitting peacekeepers', 'The government accepted peacekeepers in the north.', ['RETREAT 0861']],
  // 09
  ['investigating corruption', 'Prosecutors are investigating corruption at the port.', ['ACCUSE 091']],
  ['an inquiry into fraud', 'The minister ordered an inquiry into fraud at the agency.', ['ACCUSE 091']],
  ['investigating abuses', 'The panel will investigate abuses in the prisons.', ['ACCUSE 092']],
  ['investigating an airstrike', 'The army is investigating the airstrike on the school.', ['ACCUSE 093']],
  ['investigating war crimes', 'The court will investigate war crimes in the region.', ['ACCUSE 094']],
  // 10 demands, 11 disapproval, 12 rejections, 13 threats
  ['demanding an inquiry', 'The families demanded an inquiry into the fire.', ['REQUEST 101']],
  ['calling for a resignation', 'Protesters called for the resignation of the mayor.', ['REQUEST 1041']],
  ['calling for a release', 'The church called for the release of the prisoners.', ['REQUEST 1053']],
  ['calling for a ceasefire', 'The council called for an immediate ceasefire.', ['REQUEST 107']],
  ['objecting to a plan', 'The minister objected to the plan.', ['ACCUSE 110']],
  ['an object on a table is no objection', 'The object to the left is a lamp.', []],
  ['rejecting talks', 'The rebels rejected talks with the army.', ['REJECT 124']],
  ['denying allegations', 'The minister denied the allegations of fraud.', ['REJECT 127']],
  ['threatening sanctions', 'The union threatened sanctions against the regime.', ['THREATEN 1312']],
  ['threatening a strike', 'Nurses threatened a strike over pay.', ['THREATEN 133']],
  ['threatening to quit talks', 'The rebels threatened to abandon the talks.', ['THREATEN 134']],
  ['threatening war', 'The dictator threatened war against his neighbour.', ['THREATEN 138']],
  // 15-20 force and violence
  ['police on alert', 'Police were put on high alert after the blast.', ['MOBILIZE 151']],
  ['halting a mediation', 'Qatar suspended its mediation between the two sides.', ['SANCTION 165']],
  ['harassing journalists', 'Officials harassed the journalists at the border.', ['COERCE 170']],
  ['atrocities', 'The militia committed atrocities in the villages.', ['ASSAULT 200']],
  ['a mass deportation', 'The mass deportation of migrants began on Monday.', ['ASSAULT 201']],
];

function run(cases: Case[], lang: 'es' | 'en'): void {
  for (const [name, text, expect] of cases) {
    it(name, () => assert.deepEqual(code(text, lang, [], { published: '2026-02-04' }).map((e) => `${e.type} ${e.cameo}`), expect, text));
  }
}

describe('frames: Spanish codes', () => run(SPANISH, 'es'));
describe('frames: English codes', () => run(ENGLISH, 'en'));
