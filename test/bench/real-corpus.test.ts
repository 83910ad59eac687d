import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ARTICLE_MAX_CHARS, ARTICLE_MIN_CHARS, generateRealCorpus, groupArticles, headlineOf, loadRealCorpus,
  readConll, readConllu, readPlover, realArticleText, type RealArticle, type RealDocument,
} from '../../bench/real-corpus.js';
import { loadRealCorpusApart } from '../../bench/real-corpus-apart.js';

/** Two wire stories in the team's own words, one token per line as CoNLL-2002 has them. */
const CONLL = [
  'Quito ( Ecuador ) , 4 jun ( EFE ) .', '-', 'El Gobierno ecuatoriano anunció hoy un plan de riego .',
  '" Llegará a todas las provincias .', '" , dijo el ministro .', '=====',
  'Lima , 4 jun ( EFE ) .', '-', 'El Congreso peruano aprobó hoy el presupuesto .',
].map((s) => s.split(' ').map((t) => `${t} O`).join('\n')).join('\n\n');

const CONLLU = [
  '# newdoc id = weblog-one', '# newpar', '# text = The mayor opened the bridge.', '1\tThe\t_', '',
  '# text = Crowds watched.', '1\tCrowds\t_', '', '# newpar', '# text = It cost ten million.', '1\tIt\t_', '',
  '# newdoc id = reviews-two', '# newpar', '# text = Great food.', '1\tGreat\t_', '',
].join('\n');

const ANCORA = [
  '# orig_file_sentence 001#1', '# text = Primera frase del uno.', '1\tPrimera\t_', '',
  '# orig_file_sentence 001#2', '# text = Segunda frase del uno.', '1\tSegunda\t_', '',
  '# orig_file_sentence 002#1', '# text = Frase del dos.', '1\tFrase\t_', '',
].join('\n');

describe('the real corpus readers', () => {
  it('splits CoNLL wire text at its datelines and opens each story with its dateline', () => {
    const docs = readConll(CONLL, 'test.conll');
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0]!.paragraphs, ['Quito (Ecuador), 4 jun (EFE).- El Gobierno ecuatoriano anunció hoy un plan de riego. "Llegará a todas las provincias.", dijo el ministro.']);
    assert.deepEqual(docs[1]!.paragraphs, ['Lima, 4 jun (EFE).- El Congreso peruano aprobó hoy el presupuesto.']);
  });

  it('reads CoNLL-U documents and paragraphs, keeping only the documents asked for', () => {
    assert.deepEqual(readConllu(CONLLU, 'x.conllu', null).map((d) => d.paragraphs), [
      ['The mayor opened the bridge. Crowds watched.', 'It cost ten million.'],
      ['Great food.'],
    ]);
    assert.deepEqual(readConllu(CONLLU, 'x.conllu', /^weblog-/).length, 1);
  });

  it('splits AnCora at a change of its original file', () => {
    assert.deepEqual(readConllu(ANCORA, 'a.conllu', null).map((d) => d.paragraphs), [['Primera frase del uno. Segunda frase del uno.'], ['Frase del dos.']]);
  });

  it('reads PLOVER sentences and names the file of a broken one', () => {
    assert.deepEqual(readPlover('[{"id":"doc"},{"text":"Ghana protested."}]', 'p.json'), [{ paragraphs: ['Ghana protested.'] }]);
    assert.throws(() => readPlover('{oops', 'p.json'), /^Error: p\.json: not JSON/);
    assert.throws(() => readPlover('{"text":"x"}', 'p.json'), /p\.json: expected an array/);
  });
});

const paragraph = (n: number, chars: number): string => `Párrafo ${n} ${'de la historia '.repeat(Math.ceil(chars / 15))}`.slice(0, chars - 1) + '.';
const doc = (id: number, paragraphs: number, chars: number): RealDocument => ({
  paragraphs: Array.from({ length: paragraphs }, (_, k) => paragraph(id * 100 + k, chars)),
});
const storyLength = (a: RealArticle): number => a.paragraphs.reduce((n, p) => n + p.length + 2, 0);

describe('grouping documents into articles', () => {
  const docs = [doc(1, 3, 400), doc(2, 4, 500), doc(3, 20, 450), doc(4, 2, 300), doc(5, 6, 400), doc(6, 5, 450), doc(7, 3, 380)];
  const articles = groupArticles(docs, 'es', 'test');

  it('makes articles of a typical length', () => {
    for (const a of articles.slice(0, -1)) {
      const n = storyLength(a);
      assert.ok(n >= ARTICLE_MIN_CHARS && n <= ARTICLE_MAX_CHARS, `${n} characters`);
    }
  });

  it('keeps every paragraph once and in order', () => {
    assert.deepEqual(articles.flatMap((a) => a.paragraphs), docs.flatMap((d) => d.paragraphs));
  });

  it('keeps a document that fits whole in one article', () => {
    const first = docs[4]!.paragraphs[0]!;
    const holder = articles.find((a) => a.paragraphs.includes(first))!;
    for (const p of docs[4]!.paragraphs) assert.ok(holder.paragraphs.includes(p));
  });

  it('cuts a document too long for any article between its paragraphs', () => {
    const holders = new Set(docs[2]!.paragraphs.map((p) => articles.findIndex((a) => a.paragraphs.includes(p))));
    assert.ok(holders.size >= 2);
  });
});

describe('headlines and article texts', () => {
  const cases: Array<[string, string]> = [
    ['Lima, 4 jun (EFE).- El Congreso peruano aprobó hoy el presupuesto. Fue por mayoría.', 'El Congreso peruano aprobó hoy el presupuesto'],
    ['El presidente de la comisión de economía del Senado pidió ayer a los bancos de la región que', 'El presidente de la comisión de economía del Senado pidió'],
    ['The mayor opened the bridge.', 'The mayor opened the bridge'],
  ];
  for (const [p, title] of cases) it(`headline of "${p.slice(0, 40)}…"`, () => assert.equal(headlineOf(p), title));

  const base: RealArticle[] = [
    { lang: 'es', source: 't', title: 'Uno', paragraphs: ['Primer párrafo del uno.', 'Segundo párrafo del uno, día 12.', 'Tercero.'] },
    { lang: 'es', source: 't', title: 'Dos', paragraphs: ['Primer párrafo del dos.', 'Segundo del dos.'] },
  ];

  it('puts the title first, the story in order and clutter around it', () => {
    const text = realArticleText(base, 0);
    assert.ok(text.startsWith('Uno\n\n'));
    const at = base[0]!.paragraphs.map((p) => text.indexOf(p));
    assert.ok(at.every((x, k) => x > 0 && (k === 0 || x > at[k - 1]!)), 'every paragraph, in order');
    assert.ok(text.length > base[0]!.paragraphs.join('\n\n').length + 40, 'with clutter');
  });

  it('makes new texts on later passes over the base articles', () => {
    const texts = [...generateRealCorpus(base, 6)];
    assert.equal(new Set(texts).size, 6);
    assert.ok(!texts[2]!.includes('día 12.'), 'numbers are shifted');
  });

  it('reports a data folder that is absent', () => {
    const c = loadRealCorpus('/nonexistent-atalaya-data/');
    assert.equal(c.articles.length, 0);
    assert.ok(c.problems.length > 0 && c.problems.every((p) => p.endsWith(': absent')));
    assert.throws(() => generateRealCorpus(c.articles, 1).next(), /no articles/);
  });

  it('reads the same corpus in a child process as in this one', () => {
    const here = loadRealCorpus();
    const apart = loadRealCorpusApart();
    assert.deepEqual(apart, here);
  });
});
