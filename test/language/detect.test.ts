import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { detectLanguage } from '../../src/language/detect.js';

/** Expected: "es" | "en" for supported text, an ISO 639-3 code for another language, "und" when too short. */
const CASES: Array<[string, string]> = [
  // Short Spanish headlines: the ones trigram models take for French, Portuguese or Galician.
  ['es', 'Rusia y China estrechan lazos'],
  ['es', 'El Gobierno aprueba la reforma de las pensiones'],
  ['es', 'Petro pide a la ONU una misión de paz'],
  ['es', 'Colombia y Venezuela reabren la frontera'],
  ['es', 'Protestas en Lima contra el nuevo gabinete'],
  ['es', 'La OTAN refuerza su flanco oriental'],
  ['es', 'Un tribunal anula las elecciones municipales'],
  ['es', 'Irán amenaza con cerrar el estrecho de Ormuz'],
  ['es', 'Lula recibe a Boric en Brasilia'],
  ['es', 'Qué se sabe del acuerdo comercial'],
  ['es', 'Los precios del petróleo caen por tercera semana'],
  ['es', 'Milei viaja a Washington para reunirse con el FMI'],
  ['es', 'Detenidos dos exministros por corrupción'],
  ['es', 'España y Marruecos firman un acuerdo migratorio'],
  ['es', 'Otro país se suma a las sanciones'],
  // Spanish sentences and paragraphs.
  ['es', 'El ministro de Exteriores viajó este martes a Bruselas para negociar las cuotas de pesca con sus socios europeos.'],
  ['es', 'Según fuentes diplomáticas, las conversaciones se retomarán la próxima semana en Ginebra, aunque ninguna de las partes ha confirmado la fecha.'],
  ['es', 'La presidenta del Parlamento afirmó que no habrá votación hasta que la comisión termine su informe. Los grupos de la oposición pidieron más tiempo para revisar el texto y anunciaron que presentarán enmiendas a la totalidad.'],
  // English.
  ['en', 'EU leaders agree on a new sanctions package'],
  ['en', 'Protesters clash with police in the capital'],
  ['en', 'The prime minister said on Tuesday that the talks would resume next month.'],
  ['en', 'Officials from both countries met in Geneva to discuss the ceasefire, but no agreement was reached and the delegations left without a joint statement.'],
  ['en', 'Oil prices fell for a third week as traders weighed the risk of a slowdown in China and the United States.'],
  // Other languages: reported, never analysed as Spanish or English.
  ['fra', 'Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au Parlement le mois prochain.'],
  ['fra', 'Les dirigeants européens ne sont pas parvenus à un accord sur le budget'],
  ['por', 'O presidente disse que o governo não vai aumentar os impostos este ano e que as contas públicas estão equilibradas.'],
  ['por', 'Os ministros das Finanças reuniram-se em Lisboa para discutir a nova lei do orçamento'],
  ['ita', 'Il governo ha approvato ieri la legge di bilancio, che sarà discussa in Parlamento nelle prossime settimane.'],
  ['ita', 'I ministri degli Esteri si sono incontrati a Roma per discutere della crisi'],
  ['cat', 'El Parlament ha aprovat aquest dimarts la llei del pressupost amb els vots dels grups del govern i de dos partits més.'],
  ['cat', 'Els treballadors del port van convocar una vaga per dijous'],
  ['glg', 'O goberno galego aprobou onte unha nova lei para protexer o idioma e tamén anunciou máis axudas para as escolas.'],
  ['glg', 'A Xunta non vai subir os impostos este ano, dixo o conselleiro'],
  ['deu', 'Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.'],
  ['nld', 'De regering heeft dinsdag een nieuw plan voor de woningmarkt gepresenteerd, maar de oppositie is niet tevreden.'],
  ['pol', 'Rząd przyjął we wtorek projekt ustawy o podatkach, który trafi teraz do Sejmu i zostanie omówiony w przyszłym tygodniu.'],
  ['rus', 'Правительство объявило во вторник о новых мерах поддержки экономики и малого бизнеса в регионах страны.'],
  // Too short or without words to decide.
  ['und', 'Putin'],
  ['und', 'Hola'],
  ['und', 'OTAN UE'],
  ['und', '2026-03-04 10:45'],
  ['und', ''],
  ['und', '   \n\n  '],
];

describe('detectLanguage', () => {
  for (const [want, text] of CASES) {
    it(`${want}: ${text.slice(0, 60) || '(empty)'}`, () => {
      const g = detectLanguage(text);
      assert.equal(g.lang ?? g.code, want, `detected ${g.code} via ${g.via}`);
      if (want === 'es' || want === 'en') assert.equal(g.code, want === 'es' ? 'spa' : 'eng');
      else assert.equal(g.lang, null);
    });
  }

  it('reads only the start of a long document (the rest cannot change a settled vote)', () => {
    const spanish = 'El Gobierno anunció este lunes nuevas medidas para contener la inflación y apoyar a las familias. ';
    const english = 'The government announced new measures on Monday to curb inflation and support families. ';
    assert.equal(detectLanguage(spanish.repeat(30) + english.repeat(200)).lang, 'es');
  });
});

describe('detectLanguage on the example articles', () => {
  const cases: Array<[string, string | null, string]> = [
    ['es-cumbre-mercosur.txt', 'es', 'spa'],
    ['en-sanctions.txt', 'en', 'eng'],
    ['fr-sommet.txt', null, 'fra'],
  ];
  for (const [file, lang, code] of cases) {
    it(file, () => {
      const g = detectLanguage(readFileSync(`${PROJECT_ROOT}examples/articles/${file}`, 'utf8'));
      assert.equal(g.lang, lang);
      assert.equal(g.code, code);
    });
  }
});
