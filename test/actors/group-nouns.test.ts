/**
 * Groups of people named by a common noun ("los desempleados", "unos 17 mil trabajadores"): words that
 * are also adjectives make an actor only where they read as nouns — after a determiner, a number, a
 * preposition, or coordinated with a noun already taken — and never right after another noun
 * ("las fuerzas militares", "los buques petroleros").
 */
import { describe, it } from 'node:test';
import { checkMentions, type MentionCase } from './analyze.js';

const CASES: MentionCase[] = [
  // nouns after numbers, quantities, prepositions and coordination
  { lang: 'es', text: 'Unos 20 mil trabajadores pararon las obras del metro.', expect: [['trabajadores', 'LAB']] },
  { lang: 'es', text: 'Estos mismos obreros volverán a marchar el lunes.', expect: [['obreros', 'LAB']] },
  { lang: 'es', text: 'Varias tiendas fueron saqueadas por jóvenes encapuchados.', expect: [['jóvenes', 'CVL']] },
  { lang: 'es', text: 'Hubo un tiroteo entre policías y delincuentes en el mercado.', expect: [['policías', 'COP'], ['delincuentes', 'CRM']] },
  { lang: 'es', text: 'El ministro se reunió con militares retirados.', expect: [['militares', 'MIL']] },
  { lang: 'es', text: 'Cientos de campesinos bloquearon la carretera.', expect: [['campesinos', 'CVL']] },
  // groups and bodies of everyday news
  { lang: 'es', text: 'Los desempleados cortaron la ruta y los jubilados se sumaron a la marcha.', expect: [['desempleados', 'CVL'], ['jubilados', 'CVL']] },
  { lang: 'es', text: 'Los cocaleros y los portuarios anunciaron un paro.', expect: [['cocaleros', 'LAB'], ['portuarios', 'LAB']] },
  { lang: 'es', text: 'Una veintena de educadores ocupó las escuelas del distrito.', expect: [['educadores', 'EDU'], ['escuelas', 'EDU']] },
  { lang: 'es', text: 'Los carabineros dispersaron a los simpatizantes del candidato.', expect: [['carabineros', 'COP'], ['simpatizantes', 'CVL']] },
  { lang: 'es', text: 'La alcaldía cerró los hospitales por la huelga.', expect: [['alcaldía', 'GOV'], ['hospitales', 'HLH']] },
  { lang: 'es', text: 'Un fotógrafo resultó herido durante la protesta de los comerciantes.', expect: [['fotógrafo', 'MED'], ['comerciantes', 'BUS']] },
  { lang: 'es', text: 'Los trabajadores portuarios y el sector bancario.', expect: [['trabajadores', 'LAB']], not: ['portuarios', 'bancario'] },
  // suspects, banks and political parties named by their kind
  { lang: 'es', text: 'Los sospechosos huyeron y varios bancos cerraron sus oficinas.', expect: [['sospechosos', 'CRM'], ['bancos', 'BUS']] },
  { lang: 'es', text: 'Un vehículo sospechoso recorrió la zona.', expect: [], not: ['sospechoso'] },
  { lang: 'es', text: 'Tres partidos políticos pidieron aplazar la votación.', expect: [['partidos políticos', 'PTY']] },
  { lang: 'en', text: 'Two suspects fled as the banks and several political parties condemned the attack.', expect: [['suspects', 'CRM'], ['banks', 'BUS'], ['political parties', 'PTY']] },
  { lang: 'en', text: 'Analysts suspect the banks will lend less.', expect: [['banks', 'BUS']], not: ['suspect'] },
  // military craft with a nationality, peacekeepers
  { lang: 'es', text: 'Aviones rusos bombardearon los alrededores de la ciudad.', expect: [['Aviones rusos', 'RUS/MIL']] },
  { lang: 'es', text: 'Los aviones aterrizaron con retraso y la temporada de caza se abrió.', expect: [], not: ['aviones', 'caza'] },
  { lang: 'es', text: 'Los cascos azules abandonaron la base.', expect: [['cascos azules', 'MIL']] },
  { lang: 'en', text: 'Russian aircraft and Israeli tanks were seen near the border.', expect: [['Russian aircraft', 'RUS/MIL'], ['Israeli tanks', 'ISR/MIL']] },
  { lang: 'en', text: 'UN peacekeepers left Srebrenica.', expect: [['UN peacekeepers', 'UN/MIL']], not: ['srebrenica'] },
  { lang: 'en', text: 'Think tanks said the aircraft landed safely.', expect: [], not: ['tanks', 'aircraft'] },
  { lang: 'es', text: 'Los dirigentes opositores marcharon hasta el Congreso.', expect: [['dirigentes opositores', 'OPP']] },
  // adjectives after a noun stay adjectives
  { lang: 'es', text: 'El edificio de las operaciones militares quedó vacío.', expect: [], not: ['militares'] },
  { lang: 'es', text: 'Los trabajadores bananeros y las empresas exportadoras negociaron.', expect: [['trabajadores', 'LAB']], not: ['bananeros'] },
  { lang: 'es', text: 'Los productos británicos y los vinos franceses subieron de precio.', expect: [['británicos', 'GBR'], ['franceses', 'FRA']] },
  { lang: 'es', text: 'La industria petrolera y los buques petroleros quedaron paralizados.', expect: [], not: ['petroleros', 'petrolera'] },
];

describe('groups named by a common noun', () => {
  for (const c of CASES) it(`${c.lang}: ${c.text}`, () => checkMentions(c));
});
