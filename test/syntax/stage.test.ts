import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPipeline } from '../../src/pipeline/pipeline.js';

const pipeline = buildPipeline();
const analyse = (text: string, lang: 'es' | 'en' | null = null) => pipeline.analyze({ text, lang }, { syntax: true });

describe('syntax stage', () => {
  it('gives every Spanish sentence a tree with one root, heads inside its sentence, offsets inside the text', () => {
    const text = 'El ministro de Exteriores viajó ayer a Lima. La reunión del lunes terminó sin acuerdo.';
    const a = analyse(text, 'es');
    const words = a.syntax!.words;
    for (let s = 0; s < a.sentences.length; s++) {
      const ws = words.map((w, i) => ({ w, i })).filter((x) => x.w.sentence === s);
      assert.equal(ws.filter((x) => x.w.head === -1).length, 1, `sentence ${s} has one root`);
      for (const { w } of ws) {
        if (w.head >= 0) assert.equal(words[w.head]!.sentence, s);
        assert.ok(w.start >= 0 && w.end <= text.length && w.start < w.end);
      }
    }
    const del = a.syntax!.multiwords.find((m) => text.slice(m.start, m.end) === 'del');
    assert.ok(del, 'del is a multiword token');
    assert.deepEqual(words.slice(del.first, del.last + 1).map((w) => w.form), ['de', 'el']);
  });

  const sentences: Array<[string, 'es' | 'en', string, string, string]> = [
    // [sentence, lang, word, expected relation, expected head word]
    ['La ministra firmó el acuerdo en Quito.', 'es', 'ministra', 'nsubj', 'firmó'],
    ['La ministra firmó el acuerdo en Quito.', 'es', 'acuerdo', 'obj', 'firmó'],
    ['The senator signed the treaty in Geneva.', 'en', 'senator', 'nsubj', 'signed'],
    ['The senator signed the treaty in Geneva.', 'en', 'treaty', 'obj', 'signed'],
    ['The envoy was received by the president.', 'en', 'envoy', 'nsubj:pass', 'received'],
  ];
  for (const [text, lang, word, rel, head] of sentences) {
    it(`${lang}: "${word}" is ${rel} of "${head}" in: ${text}`, () => {
      const ws = analyse(text, lang).syntax!.words;
      const w = ws.find((x) => x.form === word)!;
      assert.equal(w.deprel, rel);
      assert.equal(ws[w.head]!.form, head);
    });
  }

  it('tags and lemmatises with the features events read', () => {
    const ws = analyse('Los gobiernos anunciaron nuevas sanciones.', 'es').syntax!.words;
    const verb = ws.find((w) => w.form === 'anunciaron')!;
    assert.equal(verb.upos, 'VERB');
    assert.equal(verb.lemma, 'anunciar');
    assert.match(verb.feats, /Number=Plur/);
    assert.match(verb.feats, /Tense=Past/);
  });

  it('is off in the output unless asked for, and absent for a language without a model', () => {
    assert.equal(pipeline.analyze({ text: 'El ministro viajó a Lima.', lang: 'es' }).syntax, undefined);
    assert.equal(pipeline.analyze({ text: 'Zzz qqq.' }, { syntax: true }).syntax, undefined);
  });
});

describe('syntax layer in the analysis format', () => {
  it('validates against schema/analysis.schema.json', async () => {
    const { schemaErrors } = await import('../helpers/schema.js');
    const a = analyse('El Gobierno anunció que revisará el acuerdo del puerto. Officials did not comment.');
    assert.ok(a.syntax && a.syntax.words.length > 0);
    assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify(a))), []);
  });
});
