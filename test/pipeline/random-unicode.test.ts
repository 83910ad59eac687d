/**
 * Issue 16 (fault suite): property test over random Unicode. Whatever the text, the pipeline does not
 * throw, and every annotation's span lies inside the text, with its `text` equal to the slice it covers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../src/core/analysis.js';
import { seededRandom } from '../../src/core/random.js';
import { wellFormed } from '../../src/core/well-formed.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/open.js';

const pipeline = buildPipeline();

/** Pieces texts are made of: words that trigger annotations, and characters that break naive code. */
const WORDS = [
  'Rusia', 'China', 'Perú', 'el presidente', 'se reunió con', 'condenó', 'el lunes', '3 de marzo de 2026', 'dijo',
  'Estados Unidos', 'la OTAN', 'Pedro Sánchez', 'the minister', 'met', 'yesterday', 'en Madrid', 'ayer', 'no',
];
const CHARS = [
  ' ', ' ', ' ', '\n', '\n\n', '\t', '.', ',', ';', ':', '¿', '?', '¡', '!', '«', '»', '“', '”', '"', "'", '(', ')', '—', '-', '…',
  'ñ', 'á', 'É', 'ü', 'e\u0301', '\u200b', '\u00a0', '\u2028', '\u0000', '\u0007', '\ufeff', '\ufffd', '😀', '👩‍👩‍👧', '𝔸',
  'ß', 'İ', 'ﬁ', 'א', 'ب', '中', 'ド', '\ud800', '\udc00', '<', '>', '&amp;', '0', '7', '%', '$', '€',
];

function randomText(next: () => number): string {
  const parts: string[] = [];
  const length = 1 + Math.floor(next() * 60);
  for (let i = 0; i < length; i++) {
    const r = next();
    if (r < 0.45) parts.push(WORDS[Math.floor(next() * WORDS.length)]!);
    else if (r < 0.9) parts.push(CHARS[Math.floor(next() * CHARS.length)]!);
    else parts.push(String.fromCodePoint(Math.floor(next() * 0x2ffff)));
  }
  return parts.join(next() < 0.7 ? ' ' : '');
}

/** Every span-carrying annotation: where it is, and the text it claims to cover (null: none claimed). */
function spans(a: Analysis): Array<{ what: string; start: number; end: number; text: string | null }> {
  return [
    ...a.segments.map((s, i) => ({ what: `segment ${i}`, start: s.start, end: s.end, text: null })),
    ...a.sentences.map((s, i) => ({ what: `sentence ${i}`, start: s.start, end: s.end, text: null })),
    ...a.mentions.map((m) => ({ what: `mention ${m.id}`, start: m.start, end: m.end, text: m.text })),
    ...a.times.map((t, i) => ({ what: `time ${i}`, start: t.start, end: t.end, text: t.text })),
    ...a.quotes.map((q) => ({ what: `quote ${q.id}`, start: q.start, end: q.end, text: null })),
    ...(a.syntax?.multiwords ?? []).map((m, i) => ({ what: `multiword ${i}`, start: m.start, end: m.end, text: null })),
    ...a.events.map((e) => ({ what: `event ${e.id}`, start: e.trigger.start, end: e.trigger.end, text: e.trigger.text })),
    ...a.flags.map((f, i) => ({ what: `flag ${i}`, start: f.start, end: f.end, text: null })),
  ];
}

describe('the pipeline on random Unicode', () => {
  const next = seededRandom(16);
  for (let batch = 0; batch < 10; batch++) {
    it(`batch ${batch + 1}: 60 texts, no throw, every span inside the text and equal to its slice`, () => {
      const found = { mentions: 0, times: 0, events: 0 };
      for (let k = 0; k < 60; k++) {
        const text = randomText(next);
        const where = `text ${JSON.stringify(text)}`;
        let a: Analysis;
        try {
          a = pipeline.analyze({ text, published: next() < 0.5 ? '2026-03-04' : null }, { syntax: next() < 0.5 });
        } catch (err) {
          assert.fail(`${where}: threw ${(err as Error).message}`);
        }
        const doc = a.document.text;
        for (const s of spans(a)) {
          assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= doc.length, `${where}: ${s.what} at [${s.start}, ${s.end}) outside 0..${doc.length}`);
          if (s.text !== null) assert.equal(s.text, doc.slice(s.start, s.end), `${where}: ${s.what}'s text is not its slice`);
        }
        for (const q of a.quotes) assert.ok(doc.slice(q.start, q.end).includes(q.text), `${where}: quote ${q.id}'s text is not inside its span`);
        for (const w of a.syntax?.words ?? []) assert.ok(0 <= w.start && w.start <= w.end && w.end <= doc.length, `${where}: syntax word "${w.form}" outside the text`);
        found.mentions += a.mentions.length;
        found.times += a.times.length;
        found.events += a.events.length;
      }
      // The texts are made to hold annotations: a batch without any would test nothing.
      assert.ok(found.mentions > 0 && found.times > 0 && found.events > 0, JSON.stringify(found));
    });
  }

  it('stored in SQLite and read back (texts made well-formed, as the readers do): the same text, every span still its slice', async () => {
    const store = await openStore(':memory:');
    try {
      const analyses = Array.from({ length: 80 }, () => pipeline.analyze({ text: wellFormed(randomText(next)) }));
      await store.save(analyses);
      for (const a of analyses) {
        const back = await store.getDocument(a.document.id);
        assert.ok(back, `document ${a.document.id} stored`);
        assert.equal(back.document.text, a.document.text);
        for (const s of spans(back)) if (s.text !== null) assert.equal(s.text, back.document.text.slice(s.start, s.end), `${s.what} after the round trip`);
      }
    } finally {
      await store.close();
    }
  });
});
