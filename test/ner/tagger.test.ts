import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf } from '../../src/ner/entities.js';
import { modelLoads, nerDocument, tagDocument, tagSentence } from '../../src/ner/tagger.js';

/** "text/TYPE" for each entity the tagger finds in a space-tokenised sentence. */
function names(sentence: string, lang?: string): string[] {
  const tokens = sentence.split(' ');
  const tags = lang === undefined ? tagSentence(tokens) : tagSentence(tokens, lang);
  assert.equal(tags.length, tokens.length);
  return entitiesOf(tags).map((e) => `${tokens.slice(e.start, e.end).join(' ')}/${e.type}`);
}

const SPANISH: Array<[string, string[]]> = [
  ['La canciller Rosa Villalobos se reunió en Montevideo con su homólogo brasileño .', ['Rosa Villalobos/PER', 'Montevideo/LOC']],
  ['El Banco Central de Chile mantuvo los tipos de interés , según informó la entidad .', ['Banco Central de Chile/ORG']],
  ['Miles de personas se manifestaron ayer en las calles de Guayaquil contra la reforma .', ['Guayaquil/LOC']],
  ['El portavoz del Partido Popular , Tomás Echeverri , criticó la propuesta .', ['Partido Popular/ORG', 'Tomás Echeverri/PER']],
  ['Los ministros de la Unión Europea se reunieron en Luxemburgo para hablar de Irán .', ['Unión Europea/ORG', 'Luxemburgo/LOC', 'Irán/LOC']],
  ['El delantero Marcos Albiol marcó dos goles en Sevilla .', ['Marcos Albiol/PER', 'Sevilla/LOC']],
  // Negative cases: sentence-initial capitals that are common words, and nothing to find.
  ['Ayer llovió durante toda la tarde y los vecinos se quedaron en casa .', []],
  ['Según los últimos datos , la inflación subió dos décimas en marzo .', []],
  ['Durante la reunión , los sindicatos pidieron una subida de salarios .', []],
];

const ENGLISH: Array<[string, string[]]> = [
  ['President Laura Whitfield met Prime Minister Hideo Tanaka in Geneva on Tuesday .', ['Laura Whitfield/PER', 'Hideo Tanaka/PER', 'Geneva/LOC']],
  ['The Ministry of Defence said the drills would continue near the Taiwan Strait .', ['Ministry of Defence/ORG', 'Taiwan Strait/LOC']],
  ['Shares of Brightwater Energy Inc. fell after the report .', ['Brightwater Energy Inc./ORG']],
  ['Mr. Okonkwo told reporters that talks with NATO had stalled .', ['Okonkwo/PER', 'NATO/ORG']],
  ['Russian officials accused Ukraine of shelling the plant .', ['Russian/MISC', 'Ukraine/LOC']],
  ['Troops were sent to Kharkiv after the attack .', ['Kharkiv/LOC']],
  ['Volodymyr Zelensky spoke with the European Commission about aid .', ['Volodymyr Zelensky/PER', 'European Commission/ORG']],
  ['German Chancellor Ilse Brandt flew to Warsaw , the chancellery said .', ['German/MISC', 'Ilse Brandt/PER', 'Warsaw/LOC']],
  ["Ships crossed the Gulf of Aden while Japan's Coast Guard watched .", ['Gulf of Aden/LOC', "Japan's/LOC", 'Coast Guard/ORG']],
  ['Brazilian opposition leader Carla Menezes called for a recount .', ['Brazilian/MISC', 'Carla Menezes/PER']],
  // Negative cases: sentence-initial common words, days and months, and a capitalised headline.
  ['The meeting ended on Monday without an agreement .', []],
  ['After the vote , several lawmakers left the chamber in March .', []],
  ['Officials said the storm had passed .', []],
  ['PRICES CLIMB AGAIN AS STORM HITS THE COAST', []],
  ['Storm Forces Schools To Close Across The Region', []],
];

describe('tagSentence (Spanish model)', () => {
  for (const [sentence, expected] of SPANISH) {
    it(sentence, () => assert.deepEqual(names(sentence), expected));
  }

  it('reads an all-caps headline without inventing names', () => {
    assert.deepEqual(names('SUBEN LOS PRECIOS DE LA GASOLINA POR TERCERA SEMANA'), []);
  });

  it('keeps IOB2 well formed: every I- continues an entity of its type', () => {
    const tokens = 'El Consejo de Seguridad de las Naciones Unidas se reunió en Nueva York con la Liga Árabe .'.split(' ');
    const tags = tagSentence(tokens);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.ok(tags[i - 1] === `B-${t.slice(2)}` || tags[i - 1] === t, `${tokens[i]}: ${tags[i - 1]} → ${t}`);
    });
  });

  it('tags an empty sentence as nothing', () => assert.deepEqual(tagSentence([]), []));
});

describe('tagSentence (English rules)', () => {
  for (const [sentence, expected] of ENGLISH) {
    it(sentence, () => assert.deepEqual(names(sentence, 'en'), expected));
  }

  it('finds listed names inside an all-caps headline', () => {
    assert.deepEqual(names('RUSSIA AND CHINA SIGN NEW TRADE DEAL', 'en'), ['RUSSIA/LOC', 'CHINA/LOC']);
  });

  it('reads an abbreviation split by a tokeniser ("U . S .")', () => {
    assert.deepEqual(names('Officials at the U . S . embassy in Lima declined to comment .', 'en'), ['U . S ./LOC', 'Lima/LOC']);
  });
});

/** "text/TYPE" per sentence for a document of space-tokenised sentences. */
function documentNames(sentences: string[], lang?: string): string[][] {
  const tokens = sentences.map((s) => s.split(' '));
  return tagDocument(tokens, lang).map((tags, k) => entitiesOf(tags).map((e) => `${tokens[k]!.slice(e.start, e.end).join(' ')}/${e.type}`));
}

describe('tagDocument (Spanish model, document context)', () => {
  const DOCUMENTS: Array<[string[], string[][]]> = [
    [
      ['La escritora Aurelia Benavente presentó ayer su última novela en Oviedo .', 'Benavente contó que tardó seis años en terminarla .'],
      [['Aurelia Benavente/PER', 'Oviedo/LOC'], ['Benavente/PER']],
    ],
    [
      ['El portavoz del sindicato , Julián Arrieta , visitó la fábrica .', 'Arrieta prometió nuevas ayudas para el sector .', 'Los trabajadores aplaudieron .'],
      [['Julián Arrieta/PER'], ['Arrieta/PER'], []],
    ],
    // Negative cases: a common word opening several sentences stays a common word.
    [
      ['Según el informe , las ventas cayeron .', 'Según los expertos , la caída seguirá .'],
      [[], []],
    ],
  ];
  for (const [sentences, expected] of DOCUMENTS) {
    it(sentences.join(' '), () => assert.deepEqual(documentNames(sentences), expected));
  }

  it('tags a sentence of a document like tagDocument does, whichever sentence is asked first', () => {
    const tokens = DOCUMENTS[1]![0].map((s) => s.split(' '));
    const doc = nerDocument(tokens);
    const whole = tagDocument(tokens);
    for (const k of [2, 0, 1]) assert.deepEqual(doc.tag(k), whole[k]);
  });

  it('reads English sentence by sentence, as tagSentence does', () => {
    const sentences = ['Mayor Rosa Kline visited Leeds .', 'Kline thanked the volunteers .'];
    assert.deepEqual(
      tagDocument(sentences.map((s) => s.split(' ')), 'en'),
      sentences.map((s) => tagSentence(s.split(' '), 'en')),
    );
  });

  it('tags empty sentences and documents as nothing', () => {
    assert.deepEqual(tagDocument([]), []);
    assert.deepEqual(tagDocument([[], ['Hoy', 'llueve', '.']])[0], []);
  });

  it('names a sentence the document does not have', () => {
    assert.throws(() => nerDocument([['Hola']]).tag(1), /no sentence 1 \(the document has 1\)/);
  });
});

describe('model loading', () => {
  it('reads the model from disk once however many sentences are tagged', () => {
    for (let i = 0; i < 50; i++) tagSentence(['Hoy', 'llueve', 'en', 'Madrid', '.']);
    tagSentence(['It', 'rains', 'in', 'London', '.'], 'en');
    assert.equal(modelLoads(), 1);
  });
});
