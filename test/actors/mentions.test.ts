/**
 * A table of actor mentions in sentences of our own, Spanish and English: countries and their variants,
 * capitals and seats of power as metonyms, inflected demonyms, organisations, roles with a demonym or a
 * country, titles and appositions, office holders on the article's date, and negative cases (common
 * words, names inside other names, languages). Each expectation is [mention text, codes, name?].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { analyzeActors, code, describeMentions } from './analyze.js';

type Expect = [text: string, codes: string, name?: string];
interface Case {
  text: string;
  expect: Expect[];
  /** Texts that must not be actors (the NER model may still find a name there, without codes). */
  not?: string[];
  published?: string;
}

const ES: Case[] = [
  { text: 'POLICÍA DE PERÚ DETIENE A DIRIGENTE COCALERO EN BOGOTÁ', expect: [['POLICÍA DE PERÚ', 'PER/COP'], ['BOGOTÁ', 'COL']] },
  { text: 'PAZ EN COLOMBIA, PIDEN LOS OBISPOS', expect: [['COLOMBIA', 'COL'], ['OBISPOS', 'COL/REL']], not: ['PAZ'] },
  { text: 'Rusia y Ucrania reanudaron el diálogo en Estambul.', expect: [['Rusia', 'RUS'], ['Ucrania', 'UKR'], ['Estambul', 'TUR']] },
  { text: 'El Kremlin acusó a Kiev de sabotear la tregua.', expect: [['Kremlin', 'RUS/GOV'], ['Kiev', 'UKR']] },
  { text: 'La Casa Blanca y el Pentágono guardaron silencio.', expect: [['Casa Blanca', 'USA/GOV'], ['Pentágono', 'USA/MIL']] },
  { text: 'Pekín respondió a Washington con nuevos aranceles.', expect: [['Pekín', 'CHN/GOV'], ['Washington', 'USA']] },
  { text: 'EE.UU. y la UE firmaron un acuerdo comercial.', expect: [['EE.UU.', 'USA'], ['UE', 'EU']] },
  { text: 'Los EEUU anunciaron sanciones contra Irán y Corea del Norte.', expect: [['EEUU', 'USA'], ['Irán', 'IRN'], ['Corea del Norte', 'PRK']] },
  { text: 'El Gobierno de Moscu negó las acusaciones.', expect: [['Gobierno de Moscu', 'RUS/GOV']] },
  { text: 'La policía colombiana capturó a un cabecilla del Clan del Golfo.', expect: [['policía colombiana', 'COL/COP'], ['Clan del Golfo', 'COL/CRM']] },
  { text: 'El ejército israelí y las milicias de Hezbolá intercambiaron disparos en la frontera libanesa.', expect: [['ejército israelí', 'ISR/MIL'], ['milicias de Hezbolá', 'LBN/REB'], ['libanesa', 'LBN']] },
  { text: 'El canciller alemán viajará a París la próxima semana.', expect: [['canciller alemán', 'DEU/GOV', 'Friedrich Merz'], ['París', 'FRA']] },
  { text: 'La canciller colombiana se reunió en Bogotá con su homólogo venezolano.', expect: [['canciller colombiana', 'COL/GOV'], ['Bogotá', 'COL'], ['homólogo venezolano', 'VEN/GOV']] },
  { text: 'Los primeros ministros británico y canadiense llegaron juntos a Bruselas.', expect: [['primeros ministros británico', 'GBR/GOV', 'Keir Starmer'], ['canadiense', 'CAN/GOV', 'Mark Carney'], ['Bruselas', 'BEL']] },
  { text: 'El presidente de Colombia, Gustavo Petro, criticó al FMI.', expect: [['presidente de Colombia', 'COL/GOV', 'Gustavo Petro'], ['Gustavo Petro', 'COL/GOV', 'Gustavo Petro'], ['FMI', 'IMF']] },
  { text: 'Los manifestantes bloquearon las calles de Quito mientras la policía ecuatoriana observaba.', expect: [['manifestantes', 'ECU/CVL'], ['Quito', 'ECU'], ['policía ecuatoriana', 'ECU/COP']] },
  { text: 'Los sindicatos argentinos convocaron una huelga general contra el Gobierno.', expect: [['sindicatos argentinos', 'ARG/LAB'], ['Gobierno', 'GOV']], not: ['general'] },
  { text: 'La OTAN y la ONU pidieron moderación a las dos partes.', expect: [['OTAN', 'NATO'], ['ONU', 'UN']] },
  { text: 'El Consejo de Seguridad de la ONU votará la resolución el viernes.', expect: [['Consejo de Seguridad de la ONU', 'UNSC']], not: ['ONU'] },
  { text: 'La Comisión Europea multó a la empresa por abuso de posición.', expect: [['Comisión Europea', 'EU/GOV'], ['empresa', 'BUS']] },
  { text: 'El Parlamento Europeo aprobó la ley con los votos del Partido Popular.', expect: [['Parlamento Europeo', 'EU/LEG'], ['Partido Popular', 'ESP/PTY']] },
  { text: 'La Moncloa y el Elíseo coordinan su respuesta.', expect: [['Moncloa', 'ESP/GOV'], ['Elíseo', 'FRA/GOV']] },
  { text: 'Downing Street descartó adelantar las elecciones.', expect: [['Downing Street', 'GBR/GOV']] },
  { text: 'Las autoridades chinas detuvieron a dos ciudadanos canadienses.', expect: [['autoridades chinas', 'CHN/GOV'], ['ciudadanos canadienses', 'CAN/CVL']] },
  { text: 'Los rebeldes sirios tomaron Alepo tras una ofensiva relámpago.', expect: [['rebeldes sirios', 'SYR/REB'], ['Alepo', 'SYR']] },
  { text: 'Los talibanes cerraron las escuelas de niñas en Kabul.', expect: [['talibanes', 'AFG/GOV'], ['Kabul', 'AFG']] },
  { text: 'La guerrilla del ELN liberó a los secuestrados.', expect: [['guerrilla del ELN', 'COL/REB']] },
  { text: 'El jefe del Pentágono visitó Seúl y Tokio.', expect: [['jefe del Pentágono', 'USA/GOV'], ['Seúl', 'KOR'], ['Tokio', 'JPN']] },
  { text: 'Pionyang lanzó otro misil, según el Estado Mayor surcoreano.', expect: [['Pionyang', 'PRK/GOV'], ['Estado Mayor surcoreano', 'KOR/MIL']] },
  { text: 'El mandatario venezolano habló por teléfono con el presidente cubano.', expect: [['mandatario venezolano', 'VEN/GOV'], ['presidente cubano', 'CUB/GOV', 'Miguel Díaz-Canel']] },
  { text: 'Tropas rusas cruzaron la frontera, según fuentes ucranianas.', expect: [['Tropas rusas', 'RUS/MIL'], ['ucranianas', 'UKR']] },
  { text: 'El régimen iraní ejecutó a tres opositores.', expect: [['régimen iraní', 'IRN/GOV'], ['opositores', 'OPP']] },
  { text: 'Los jueces brasileños suspendieron la medida del Planalto.', expect: [['jueces brasileños', 'BRA/JUD'], ['Planalto', 'BRA/GOV']] },
  { text: 'La Fiscalía mexicana abrió una investigación contra el cártel de Sinaloa.', expect: [['Fiscalía mexicana', 'MEX/JUD'], ['cártel de Sinaloa', 'MEX/CRM']] },
  { text: 'El Estado hebreo y el país galo firmaron un memorando.', expect: [['Estado hebreo', 'ISR'], ['país galo', 'FRA']] },
  { text: 'El gigante asiático superó a Japón en exportaciones de coches.', expect: [['gigante asiático', 'CHN'], ['Japón', 'JPN']] },
  { text: 'Las empresas estadounidenses temen represalias de Pekín.', expect: [['empresas estadounidenses', 'USA/BUS'], ['Pekín', 'CHN']] },
  { text: 'El Banco Central Europeo mantuvo los tipos de interés.', expect: [['Banco Central Europeo', 'ECB/GOV']] },
  { text: 'El FMI y el Banco Mundial se reúnen esta semana en Washington.', expect: [['FMI', 'IMF'], ['Banco Mundial', 'WB'], ['Washington', 'USA']] },
  { text: 'La OEA envió observadores a Honduras.', expect: [['OEA', 'OAS'], ['Honduras', 'HND']] },
  { text: 'Miles de refugiados sudaneses llegaron a Chad.', expect: [['refugiados sudaneses', 'SDN/REF'], ['Chad', 'TCD']] },
  { text: 'Amnistía Internacional denunció torturas en Nicaragua.', expect: [['Amnistía Internacional', 'NGO'], ['Nicaragua', 'NIC']] },
  { text: 'Lula recibió en Brasilia al presidente francés.', expect: [['Lula', 'BRA/GOV', 'Luiz Inácio Lula da Silva'], ['Brasilia', 'BRA'], ['presidente francés', 'FRA/GOV', 'Emmanuel Macron']] },
  { text: 'Sheinbaum y Trump hablaron sobre aranceles.', expect: [['Sheinbaum', 'MEX/GOV', 'Claudia Sheinbaum'], ['Trump', 'USA/GOV', 'Donald Trump']] },
  { text: 'Sudáfrica, Nigeria y Egipto votaron en contra.', expect: [['Sudáfrica', 'ZAF'], ['Nigeria', 'NGA'], ['Egipto', 'EGY']] },
  { text: 'Corea del Sur y Japón celebraron maniobras conjuntas.', expect: [['Corea del Sur', 'KOR'], ['Japón', 'JPN']] },
  { text: 'La sequía afecta a Nuevo México y a Texas.', expect: [['Nuevo México', 'USA'], ['Texas', 'USA']], not: ['México'] },
  { text: 'Los Emiratos Árabes Unidos y Arabia Saudí mediaron entre las partes.', expect: [['Emiratos Árabes Unidos', 'ARE'], ['Arabia Saudí', 'SAU']] },
  { text: 'Los Países Bajos y Costa de Marfil firmaron un tratado sobre el cacao.', expect: [['Países Bajos', 'NLD'], ['Costa de Marfil', 'CIV']] },
  { text: 'La República Democrática del Congo acusó a Ruanda de apoyar al M23.', expect: [['República Democrática del Congo', 'COD'], ['Ruanda', 'RWA'], ['M23', 'COD/REB']] },
  { text: 'La economía rusa creció pese a las sanciones británicas.', expect: [['rusa', 'RUS'], ['británicas', 'GBR']] },
  { text: 'Los israelíes y los palestinos votaron en la misma jornada.', expect: [['israelíes', 'ISR/CVL'], ['palestinos', 'PSE/CVL']] },
  { text: 'El ministro de Exteriores ruso se reunió con el ministro ruso de Defensa.', expect: [['ministro de Exteriores ruso', 'RUS/GOV', 'Sergey Lavrov'], ['ministro ruso de Defensa', 'RUS/GOV']] },
  { text: 'La ministra de Defensa española visitó a las tropas en Letonia.', expect: [['ministra de Defensa española', 'ESP/GOV'], ['Letonia', 'LVA']] },
  { text: 'El secretario de Estado estadounidense aterrizó en Panamá.', expect: [['secretario de Estado estadounidense', 'USA/GOV', 'Marco Rubio'], ['Panamá', 'PAN']] },
  { text: 'El inquilino del Elíseo convocó a su gabinete.', expect: [['inquilino del Elíseo', 'FRA/GOV', 'Emmanuel Macron']] },
  { text: 'El presidente del Gobierno español defendió la reforma.', expect: [['presidente del Gobierno español', 'ESP/GOV', 'Pedro Sánchez']] },
  { text: 'El rey de España presidió el acto.', expect: [['rey de España', 'ESP/GOV', 'Felipe VI']] },
  { text: 'La Guardia Civil y los Mossos detuvieron a los sospechosos.', expect: [['Guardia Civil', 'ESP/COP'], ['Mossos', 'ESP/COP']] },
  { text: 'Los Carabineros dispersaron la marcha en Santiago de Chile.', expect: [['Carabineros', 'CHL/COP'], ['Santiago de Chile', 'CHL']] },
  { text: 'La Unión Africana y la CELAC firmaron un memorando con el Mercosur.', expect: [['Unión Africana', 'AU'], ['CELAC', 'CELAC'], ['Mercosur', 'MERCOSUR']] },
  { text: 'La OPEP y el G20 discutieron el precio del crudo.', expect: [['OPEP', 'OPEC'], ['G20', 'G20']] },
  { text: 'La OMS, el OIEA y ACNUR pidieron acceso humanitario.', expect: [['OMS', 'WHO/HLH'], ['OIEA', 'IAEA'], ['ACNUR', 'UNHCR']] },
  { text: 'La CPI emitió una orden de arresto.', expect: [['CPI', 'ICC/JUD']] },
  { text: 'El Tribunal de Justicia de la UE falló a favor de Polonia.', expect: [['Tribunal de Justicia de la UE', 'EU/JUD'], ['Polonia', 'POL']] },
  { text: 'Hamás y la Yihad Islámica rechazaron la propuesta.', expect: [['Hamás', 'PSE/REB'], ['Yihad Islámica', 'PSE/REB']] },
  { text: 'Boko Haram atacó una aldea del norte de Nigeria.', expect: [['Boko Haram', 'NGA/REB'], ['Nigeria', 'NGA']] },
  { text: 'El Estado Islámico reivindicó el atentado.', expect: [['Estado Islámico', 'REB']] },
  { text: 'Los BRICS se reunirán en la India.', expect: [['BRICS', 'BRICS'], ['India', 'IND']] },
  { text: 'Los soldados estadounidenses abandonaron la base.', expect: [['soldados estadounidenses', 'USA/MIL']] },
  { text: 'Los estudiantes chilenos marcharon hacia La Moneda.', expect: [['estudiantes chilenos', 'CHL/EDU'], ['La Moneda', 'CHL/GOV']] },
  { text: 'Los gobiernos de Perú y Bolivia firmaron un acuerdo.', expect: [['gobiernos de Perú', 'PER/GOV'], ['Bolivia', 'BOL/GOV']] },
  { text: 'Según el embajador ruso en Madrid, no habrá represalias.', expect: [['embajador ruso', 'RUS/GOV'], ['Madrid', 'ESP']] },
  { text: 'El portavoz del Kremlin y la directora del FBI hablaron con el portavoz de Hamás.', expect: [['portavoz del Kremlin', 'RUS/GOV'], ['directora del FBI', 'USA/COP'], ['portavoz de Hamás', 'PSE/REB']] },
  { text: 'El Ministerio de Comercio chino y la Secretaría de Economía mexicana negociaron.', expect: [['Ministerio de Comercio chino', 'CHN/GOV'], ['Secretaría de Economía mexicana', 'MEX/GOV']] },
  { text: 'El secretario general de la OTAN visitó Kiev.', expect: [['secretario general de la OTAN', 'NATO/GOV', 'Mark Rutte'], ['Kiev', 'UKR']] },
  // negative cases
  { text: 'La paz llegará pronto, dijo el portavoz.', expect: [['portavoz', 'GOV']], not: ['paz'] },
  { text: 'La Unión de Ganaderos exigió ayudas en mayo.', expect: [], not: ['Unión', 'mayo'] },
  { text: 'Las operaciones militares se extendieron a la costa.', expect: [], not: ['militares'] },
  { text: 'El documento está escrito en inglés y traducido al francés.', expect: [], not: ['inglés', 'francés'] },
  { text: 'Vicente Paz, vecino de Lima, protestó ante la alcaldía.', expect: [['Lima', 'PER']], not: ['Paz', 'vecino'] },
  { text: 'El actor Denzel Washington visitó el museo.', expect: [], not: ['Washington'] },
  { text: 'El diario Washington Post publicó la carta.', expect: [], not: ['Washington'] },
  { text: 'Premio Nobel de la Paz para una activista iraní.', expect: [['activista iraní', 'IRN/CVL']], not: ['Paz'] },
  { text: 'En la asamblea general de la empresa se habló de la casa blanca del pueblo.', expect: [['empresa', 'BUS']], not: ['general', 'casa blanca'] },
];

const EN: Case[] = [
  { text: 'Russia and Ukraine resumed talks in Istanbul.', expect: [['Russia', 'RUS'], ['Ukraine', 'UKR'], ['Istanbul', 'TUR']] },
  { text: 'The Kremlin accused Kyiv of sabotage.', expect: [['Kremlin', 'RUS/GOV'], ['Kyiv', 'UKR']] },
  { text: 'The White House and the Pentagon declined to comment.', expect: [['White House', 'USA/GOV'], ['Pentagon', 'USA/MIL']] },
  { text: 'Beijing responded to Washington with new tariffs.', expect: [['Beijing', 'CHN/GOV'], ['Washington', 'USA']] },
  { text: 'The U.S. and the EU signed a trade deal.', expect: [['U.S.', 'USA'], ['EU', 'EU']] },
  { text: 'US troops and Iraqi police patrolled Mosul.', expect: [['US troops', 'USA/MIL'], ['Iraqi police', 'IRQ/COP'], ['Mosul', 'IRQ']] },
  { text: 'Israeli soldiers and Hamas fighters clashed in Gaza.', expect: [['Israeli soldiers', 'ISR/MIL'], ['Hamas fighters', 'PSE/REB'], ['Gaza', 'PSE']] },
  { text: 'German Chancellor Friedrich Merz will travel to Paris.', expect: [['Friedrich Merz', 'DEU/GOV', 'Friedrich Merz'], ['Paris', 'FRA']], not: ['German Chancellor'] },
  { text: 'The British and Canadian prime ministers arrived together in Brussels.', expect: [['British', 'GBR/GOV', 'Keir Starmer'], ['Canadian prime ministers', 'CAN/GOV', 'Mark Carney'], ['Brussels', 'BEL']] },
  { text: 'The president of Colombia criticised the IMF.', expect: [['president of Colombia', 'COL/GOV', 'Gustavo Petro'], ['IMF', 'IMF']] },
  { text: 'Protesters blocked streets in Quito while Ecuadorian police watched.', expect: [['Protesters', 'ECU/CVL'], ['Quito', 'ECU'], ['Ecuadorian police', 'ECU/COP']] },
  { text: 'Argentine unions called a general strike against the government.', expect: [['Argentine unions', 'ARG/LAB'], ['government', 'GOV']], not: ['general'] },
  { text: 'NATO and the UN urged restraint.', expect: [['NATO', 'NATO'], ['UN', 'UN']] },
  { text: 'The UN Security Council will vote on Friday.', expect: [['UN Security Council', 'UNSC']] },
  { text: 'The European Commission fined the company.', expect: [['European Commission', 'EU/GOV'], ['company', 'BUS']] },
  { text: 'Downing Street ruled out an early election.', expect: [['Downing Street', 'GBR/GOV']] },
  { text: 'Chinese authorities detained two Canadian citizens.', expect: [['Chinese authorities', 'CHN/GOV'], ['Canadian citizens', 'CAN/CVL']] },
  { text: 'Syrian rebels took control of Aleppo.', expect: [['Syrian rebels', 'SYR/REB'], ['Aleppo', 'SYR']] },
  { text: 'The Taliban closed schools in Kabul.', expect: [['Taliban', 'AFG/GOV'], ['Kabul', 'AFG']] },
  { text: "North Korea fired another missile, South Korea's military said.", expect: [['North Korea', 'PRK'], ["South Korea's military", 'KOR/MIL']] },
  { text: 'The Venezuelan leader spoke by phone with the Cuban president.', expect: [['Venezuelan leader', 'VEN/GOV'], ['Cuban president', 'CUB/GOV', 'Miguel Díaz-Canel']] },
  { text: 'Russian troops crossed the border, according to Ukrainian officials.', expect: [['Russian troops', 'RUS/MIL'], ['Ukrainian officials', 'UKR/GOV']] },
  { text: 'The Iranian regime executed three dissidents.', expect: [['Iranian regime', 'IRN/GOV'], ['dissidents', 'OPP']] },
  { text: "Brazil's Supreme Court suspended the measure.", expect: [["Brazil's Supreme Court", 'BRA/JUD']] },
  { text: 'Mexican prosecutors opened a case against the Sinaloa Cartel.', expect: [['Mexican prosecutors', 'MEX/JUD'], ['Sinaloa Cartel', 'MEX/CRM']] },
  { text: 'The Asian giant overtook Japan in car exports.', expect: [['Asian giant', 'CHN'], ['Japan', 'JPN']] },
  { text: 'American companies fear retaliation from Beijing.', expect: [['American companies', 'USA/BUS'], ['Beijing', 'CHN']] },
  { text: 'The IMF and the World Bank meet in Washington this week.', expect: [['IMF', 'IMF'], ['World Bank', 'WB'], ['Washington', 'USA']] },
  { text: 'Thousands of Sudanese refugees reached Chad.', expect: [['Sudanese refugees', 'SDN/REF'], ['Chad', 'TCD']] },
  { text: 'Amnesty International reported abuses in Nicaragua.', expect: [['Amnesty International', 'NGO'], ['Nicaragua', 'NIC']] },
  { text: 'President Donald Trump met Prime Minister Keir Starmer at the White House.', expect: [['Donald Trump', 'USA/GOV', 'Donald Trump'], ['Keir Starmer', 'GBR/GOV', 'Keir Starmer'], ['White House', 'USA/GOV']], not: ['President', 'Prime Minister'] },
  { text: 'Chinese President Xi Jinping and Russian President Vladimir Putin signed the pact.', expect: [['Xi Jinping', 'CHN/GOV', 'Xi Jinping'], ['Vladimir Putin', 'RUS/GOV', 'Vladimir Putin']] },
  { text: 'The French president hosted the Indian prime minister.', expect: [['French president', 'FRA/GOV', 'Emmanuel Macron'], ['Indian prime minister', 'IND/GOV', 'Narendra Modi']] },
  { text: "China's foreign minister met his Russian counterpart.", expect: [["China's foreign minister", 'CHN/GOV', 'Wang Yi'], ['Russian counterpart', 'RUS/GOV', 'Sergey Lavrov']] },
  { text: 'Drought hit New Mexico and Mexico City.', expect: [['New Mexico', 'USA'], ['Mexico City', 'MEX']] },
  { text: 'The United Arab Emirates and Saudi Arabia mediated.', expect: [['United Arab Emirates', 'ARE'], ['Saudi Arabia', 'SAU']] },
  { text: 'The Trump administration imposed tariffs on Canada.', expect: [['Trump administration', 'USA/GOV'], ['Canada', 'CAN']] },
  { text: 'Hezbollah and Israel exchanged fire across the Lebanese border.', expect: [['Hezbollah', 'LBN/REB'], ['Israel', 'ISR'], ['Lebanese', 'LBN']] },
  { text: 'The German chancellor will visit China next month.', expect: [['German chancellor', 'DEU/GOV', 'Friedrich Merz'], ['China', 'CHN']] },
  { text: 'Kenyan police fired tear gas at demonstrators in Nairobi.', expect: [['Kenyan police', 'KEN/COP'], ['demonstrators', 'KEN/CVL'], ['Nairobi', 'KEN']] },
  { text: 'The Philippines and Vietnam protested to Beijing.', expect: [['Philippines', 'PHL'], ['Vietnam', 'VNM'], ['Beijing', 'CHN']] },
  { text: 'Russians and Ukrainians voted with their feet.', expect: [['Russians', 'RUS/CVL'], ['Ukrainians', 'UKR/CVL']] },
  { text: 'The Red Cross and Doctors Without Borders entered Gaza.', expect: [['Red Cross', 'NGO'], ['Doctors Without Borders', 'NGO'], ['Gaza', 'PSE']] },
  { text: 'The OAS and the African Union sent observers.', expect: [['OAS', 'OAS'], ['African Union', 'AU']] },
  { text: "China's Commerce Ministry and the Chinese Foreign Ministry rejected the claim.", expect: [["China's Commerce Ministry", 'CHN/GOV'], ['Chinese Foreign Ministry', 'CHN/GOV']] },
  { text: 'Hamas negotiators and Pentagon officials met the FBI director.', expect: [['Hamas negotiators', 'PSE/REB'], ['Pentagon officials', 'USA/MIL'], ['FBI director', 'USA/COP']] },
  // negative cases
  { text: 'She spoke in Russian and in French.', expect: [], not: ['Russian', 'French'] },
  { text: 'The Washington Post reported the story.', expect: [], not: ['Washington'] },
  { text: 'The actor Denzel Washington visited the school.', expect: [], not: ['Washington'] },
  { text: 'Let us talk about turkey and china plates.', expect: [], not: ['us', 'turkey', 'china'] },
  { text: 'The union will chair a general meeting.', expect: [], not: ['union', 'chair', 'general'] },
  { text: 'Russia Today and the Moscow Times disagreed.', expect: [], not: ['Russia', 'Moscow'] },
];

function check(lang: Lang, c: Case): void {
  const a = analyzeActors(c.text, lang, c.published ?? '2026-02-04');
  const seen = describeMentions(a);
  for (const [text, codes, name] of c.expect) {
    const m = a.mentions.find((x) => x.text === text && code(x) === codes);
    assert.ok(m, `expected "${text}" ${codes}; found: ${seen || 'nothing'}`);
    if (name !== undefined) assert.equal(m.actor?.name, name, `name of "${text}"`);
  }
  for (const text of c.not ?? []) {
    assert.ok(!a.mentions.some((x) => x.text === text && (code(x) !== '' || x.actor?.wikidata)), `"${text}" must not be an actor; found: ${seen}`);
  }
}

describe('actor mentions (es)', () => {
  for (const c of ES) it(c.text, () => check('es', c));
});

describe('actor mentions (en)', () => {
  for (const c of EN) it(c.text, () => check('en', c));
});

describe('the table', () => {
  it('holds at least 200 expected mentions', () => {
    const n = [...ES, ...EN].reduce((sum, c) => sum + c.expect.length, 0);
    assert.ok(n >= 200, `${n} expected mentions`);
  });
});
