/**
 * The story's country for actors whose own words name none (src/actors/story-country.ts): it applies when
 * the story's place names agree on one country, to local roles, the names they introduce or stand in
 * apposition with, and parties, unions and ministries named with their own words; never to roles that
 * often come from abroad, never to a visitor with its own country, never when the places name two
 * countries or only a nationality is named. Also the fixes found with
 * it: a surname that goes on with "de" and another name, a place name that names a street or a district,
 * ambiguous capitals and acronyms, and heads of state of earlier decades.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { STORY_COUNTRY_VIA } from '../../src/actors/story-country.js';
import { analyzeActors, code, describeMentions } from './analyze.js';

interface Case {
  lang: Lang;
  text: string;
  published?: string;
  /** [mention text, codes]: the codes the mention must have. */
  expect: Array<[string, string]>;
  /** [mention text, codes]: codes the mention must not have. */
  never?: Array<[string, string]>;
}

const CASES: Case[] = [
  // the story's one country
  { lang: 'es', text: 'La policía dispersó con gases a los estudiantes que marchaban por el centro de Asunción.', expect: [['policía', 'PRY/COP'], ['estudiantes', 'PRY/EDU'], ['Asunción', 'PRY']] },
  { lang: 'es', text: 'En Bolivia, el Gobierno y los sindicatos mineros firmaron un acuerdo.', expect: [['Bolivia', 'BOL'], ['Gobierno', 'BOL/GOV'], ['sindicatos', 'BOL/LAB']] },
  { lang: 'es', text: 'Los paramilitares asesinaron a dos campesinos en una vereda de Antioquia.', expect: [['paramilitares', 'COL/UAF'], ['campesinos', 'COL/CVL']] },
  { lang: 'es', text: 'El presidente Ramón Ibarra visitó Tegucigalpa el lunes.', expect: [['Ramón Ibarra', 'HND/GOV'], ['Tegucigalpa', 'HND']] },
  { lang: 'en', text: 'Riot police fired rubber bullets at protesters in Lagos.', expect: [['protesters', 'NGA/CVL']] },
  { lang: 'en', text: 'In Peru, the army clashed with coca growers near Cusco.', expect: [['army', 'PER/MIL']] },
  { lang: 'es', text: 'Guerrilleros quemaron tres camiones en zona rural de Tumaco, NARIÑO.', expect: [['Guerrilleros', 'COL/REB'], ['NARIÑO', 'COL']] },
  { lang: 'es', text: 'Los maestros de Oruro y Potosí marcharon contra el Gobierno.', expect: [['maestros de Oruro', 'BOL/EDU'], ['Potosí', 'BOL'], ['Gobierno', 'BOL/GOV']] },
  { lang: 'es', text: 'Las autodefensas atacaron en Urabá mientras el Ejército llegaba a Barinas.', expect: [['Urabá', 'COL'], ['Barinas', 'VEN'], ['Ejército', 'MIL']] },
  // a venue of international talks is where the event happens, not whose the actors are
  { lang: 'es', text: 'Reunidos en Ginebra, los ministros firmaron una declaración sobre el clima.', expect: [['ministros', 'GOV'], ['Ginebra', 'CHE']], never: [['ministros', 'CHE/GOV']] },
  { lang: 'en', text: 'The delegates met in Davos on Tuesday and the ministers signed a statement.', expect: [['ministers', 'GOV']], never: [['ministers', 'CHE/GOV']] },
  { lang: 'en', text: 'In Zurich, the police detained two protesters.', expect: [['police', 'CHE/COP']] },
  { lang: 'es', text: 'Los ministros se reunieron en Lyon con los alcaldes.', expect: [['ministros', 'FRA/GOV']] },
  // names the model finds with a local title, and parties, unions and ministries named with their own words
  { lang: 'es', text: 'El ministro de Salud, Rodrigo Ferreyra Gil, inauguró un hospital en Asunción.', expect: [['Rodrigo Ferreyra Gil', 'PRY/GOV']] },
  { lang: 'es', text: 'La jefa de Gabinete, Marta Quiroga Sosa, habló con la prensa en Montevideo.', expect: [['jefa de Gabinete', 'URY/GOV'], ['Marta Quiroga Sosa', 'URY/GOV']] },
  { lang: 'es', text: 'La central obrera convocó un paro nacional en Cochabamba.', expect: [['central obrera', 'BOL/LAB']] },
  { lang: 'es', text: 'El Partido Renovador Campesino denunció fraude en Tegucigalpa.', expect: [['Partido Renovador Campesino', 'HND/PTY']] },
  { lang: 'es', text: 'El Ministerio de Obras Públicas licitó la nueva carretera en Quito.', expect: [['Ministerio de Obras Públicas', 'ECU/GOV']] },
  { lang: 'en', text: 'The Labor Ministry in Nairobi said the strike was illegal.', expect: [['Labor Ministry', 'KEN/GOV']] },
  { lang: 'en', text: 'The chief of staff, Grace Wanjiru Otieno, spoke to reporters in Nairobi.', expect: [['Grace Wanjiru Otieno', 'KEN/GOV']] },
  { lang: 'es', text: 'La central obrera CGTP convocó una huelga en Lima.', expect: [['CGTP', 'PER/LAB']] },
  { lang: 'es', text: 'El sindicato Sutep marchó en Lima.', expect: [['Sutep', 'PER/LAB']] },
  { lang: 'es', text: 'El sindicato británico Unite apoyó la huelga en Lima.', expect: [['Unite', 'GBR/LAB']], never: [['Unite', 'PER/LAB']] },
  { lang: 'es', text: 'La Administración Milei recortó el gasto en Buenos Aires.', published: '2025-05-01', expect: [['Administración Milei', 'ARG/GOV']] },
  // a visitor from abroad keeps its country, and the story's locals still take theirs
  { lang: 'es', text: 'Nicolás Maduro llegó a Lima y la policía reforzó la seguridad.', published: '2020-05-01', expect: [['Nicolás Maduro', 'VEN/GOV'], ['policía', 'PER/COP']] },
  { lang: 'es', text: 'El canciller chileno, Tomás Ibáñez Rojas, llegó a Quito.', expect: [['Tomás Ibáñez Rojas', 'CHL/GOV']], never: [['Tomás Ibáñez Rojas', 'ECU/GOV']] },
  { lang: 'es', text: 'El Ministerio de Exteriores de Rusia criticó a la policía en Quito.', expect: [['policía', 'ECU/COP']], never: [['Ministerio de Exteriores de Rusia', 'ECU/GOV']] },
  { lang: 'es', text: 'El embajador, Luis Mora Pinto, llegó a Caracas.', expect: [], never: [['Luis Mora Pinto', 'VEN/GOV'], ['embajador', 'VEN/GOV']] },
  { lang: 'es', text: 'El Partido Renovador Campesino denunció fraude en Tegucigalpa y en Managua.', expect: [], never: [['Partido Renovador Campesino', 'HND/PTY'], ['Partido Renovador Campesino', 'NIC/PTY']] },
  // not: two countries, a nationality alone, roles from abroad, organisations
  { lang: 'es', text: 'La policía detuvo a los manifestantes en Quito mientras Lima guardaba silencio.', expect: [['policía', 'COP'], ['manifestantes', 'CVL']] },
  { lang: 'es', text: 'Algunos jóvenes quemaron una bandera francesa.', expect: [['jóvenes', 'CVL']] },
  { lang: 'es', text: 'El embajador y los refugiados llegaron a Caracas.', expect: [['embajador', 'GOV'], ['refugiados', 'REF'], ['Caracas', 'VEN']] },
  { lang: 'es', text: 'La ONU y el Gobierno hablaron en Nairobi.', expect: [['ONU', 'UN'], ['Gobierno', 'KEN/GOV']] },
  { lang: 'en', text: 'The ambassador met the migrants in Manila.', expect: [['ambassador', 'GOV'], ['migrants', 'REF']] },
  { lang: 'es', text: 'La policía vigilaba el barrio sin que nadie protestara.', expect: [['policía', 'COP']] },
  // a surname that goes on with "de" and another name is someone else
  { lang: 'es', text: 'El senador Ramiro Sánchez de Ugarte pidió la palabra.', published: '2020-05-01', expect: [], never: [['Sánchez', 'ESP/GOV'], ['Sánchez', 'ESP/OPP']] },
  { lang: 'es', text: 'Sánchez habló con Macron en Madrid.', published: '2020-05-01', expect: [['Sánchez', 'ESP/GOV'], ['Macron', 'FRA/GOV']] },
  // a place name that names a street or a district
  { lang: 'es', text: 'Los vecinos del barrio Egipto denunciaron a la alcaldía.', expect: [], never: [['Egipto', 'EGY']] },
  { lang: 'es', text: 'El atentado ocurrió en la avenida Venezuela de Barranquilla.', expect: [], never: [['Venezuela', 'VEN']] },
  { lang: 'es', text: 'Egipto y Venezuela firmaron un acuerdo.', expect: [['Egipto', 'EGY'], ['Venezuela', 'VEN']] },
  // ambiguous capitals and acronyms
  { lang: 'es', text: 'Hombres armados atacaron un caserío en Sucre, cerca de Sincelejo.', expect: [], never: [['Sucre', 'BOL']] },
  { lang: 'es', text: 'El EPL liberó a dos rehenes en Norte de Santander.', expect: [['EPL', 'COL/REB']] },
  { lang: 'es', text: 'El Ejército Popular de Liberación realizó maniobras cerca de Taiwán.', expect: [['Ejército Popular de Liberación', 'CHN/MIL']] },
  { lang: 'es', text: 'Pedro Sánchez y Carlos Sánchez llegaron juntos.', published: '2020-05-01', expect: [['Pedro Sánchez', 'ESP/GOV']], never: [['Sánchez', 'ESP/GOV']] },
  // heads of state of earlier decades keep their code on the article's date
  { lang: 'es', text: 'El presidente Fujimori disolvió el Congreso.', published: '1992-04-06', expect: [['Fujimori', 'PER/GOV']] },
  { lang: 'es', text: 'Chávez y Uribe se reunieron en la frontera.', published: '2005-06-01', expect: [['Chávez', 'VEN/GOV'], ['Uribe', 'COL/GOV']] },
  { lang: 'en', text: 'Clinton and Yeltsin met in Moscow.', published: '1995-05-10', expect: [['Clinton', 'USA/GOV'], ['Yeltsin', 'RUS/GOV']] },
  { lang: 'es', text: 'Juan Chávez, dirigente sindical, encabezó la marcha.', published: '2005-06-01', expect: [], never: [['Chávez', 'VEN/GOV']] },
];

describe('the story country and the fixes found with it', () => {
  for (const c of CASES) {
    it(`${c.lang}: ${c.text}`, () => {
      const a = analyzeActors(c.text, c.lang, c.published ?? '2026-02-04');
      const seen = describeMentions(a);
      for (const [text, codes] of c.expect) {
        assert.ok(a.mentions.some((m) => m.text === text && code(m) === codes), `expected "${text}" ${codes}; found: ${seen || 'nothing'}`);
      }
      for (const [text, codes] of c.never ?? []) {
        assert.ok(!a.mentions.some((m) => m.text === text && code(m) === codes), `"${text}" must not be ${codes}; found: ${seen}`);
      }
    });
  }

  it('says in `via` that the country came from the story', () => {
    const a = analyzeActors('La policía dispersó la marcha en Asunción.', 'es');
    const police = a.mentions.find((m) => m.text === 'policía');
    assert.ok(police?.via.startsWith('lexicon:') && police.via.endsWith(STORY_COUNTRY_VIA), police?.via);
    assert.ok(!a.mentions.find((m) => m.text === 'Asunción')?.via.includes(STORY_COUNTRY_VIA));
  });
});
