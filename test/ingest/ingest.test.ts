import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Stage } from '../../src/core/stage.js';
import { InputError } from '../../src/core/errors.js';
import { ingest, type IngestCounts } from '../../src/ingest/ingest.js';
import type { SourceItem } from '../../src/ingest/sources.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { openStore } from '../../src/store/open.js';

const notes = [
  'Ecuador y Colombia firmaron un acuerdo de seguridad fronteriza en Quito.',
  'El Gobierno de Panamá anunció nuevas tarifas para el canal.',
  'Costa Rica y Nicaragua reanudaron el diálogo sobre el río San Juan.',
  'Honduras pidió a Guatemala cooperación contra el contrabando.',
  'El Salvador presentó su presupuesto de defensa para 2026.',
];
const docs = (texts: string[], prefix = 'n'): SourceItem[] => texts.map((text, i) => ({ where: `${prefix}${i}.txt`, input: { text } }));

function recorder() {
  const log = { errors: [] as string[], notices: [] as string[], progress: [] as IngestCounts[] };
  return {
    log,
    reporter: {
      error: (w: string, m: string) => log.errors.push(`${w}: ${m}`),
      notice: (w: string, m: string) => log.notices.push(`${w}: ${m}`),
      progress: (c: IngestCounts) => log.progress.push({ ...c }),
    },
  };
}

const options = { batchSize: 2, published: null, lang: null };

describe('ingest', () => {
  it('stores every document in batches, one progress report per committed batch', async () => {
    const store = await openStore(':memory:');
    const { log, reporter } = recorder();
    const c = await ingest(docs(notes), store, buildPipeline(), options, reporter);
    assert.equal(c.stored, 5);
    assert.equal(c.read, 5);
    assert.equal(c.failed, 0);
    assert.deepEqual(log.progress.map((p) => p.stored), [2, 4, 5]);
    await store.close();
  });

  it('is idempotent: a rerun stores nothing new, counts duplicates, records the new names', async () => {
    const store = await openStore(':memory:');
    const { reporter } = recorder();
    await ingest(docs(notes), store, buildPipeline(), options, reporter);
    const again = await ingest(docs(notes, 'copia-'), store, buildPipeline(), options, reporter);
    assert.equal(again.stored, 0);
    assert.equal(again.duplicates, 5);
    assert.equal((await store.getDocument('copia-3.txt'))?.document.sourceId, 'n3.txt');
    await store.close();
  });

  it('counts a repeated text inside one run once', async () => {
    const store = await openStore(':memory:');
    const c = await ingest(docs([notes[0]!, notes[1]!, notes[0]!]), store, buildPipeline(), { ...options, batchSize: 10 }, recorder().reporter);
    assert.equal(c.stored, 2);
    assert.equal(c.duplicates, 1);
    await store.close();
  });

  it('reports unreadable places and failed analyses, and stores the rest', async () => {
    const store = await openStore(':memory:');
    const exploding: Stage = {
      name: 'explode',
      requires: ['text'],
      provides: [],
      run(doc) {
        if (doc.text.includes('Panamá')) throw new Error('boom');
      },
    };
    const { log, reporter } = recorder();
    const items: SourceItem[] = [
      ...docs(notes.slice(0, 3)),
      { where: 'roto.jsonl line 7', error: new InputError('not valid JSON', 'roto.jsonl line 7') },
      { where: 'viejo.txt', notice: 'not UTF-8: read as windows-1252' },
    ];
    const c = await ingest(items, store, buildPipeline([exploding, ...STAGES]), options, reporter);
    assert.equal(c.stored, 2);
    assert.equal(c.failed, 2);
    assert.deepEqual(log.errors, ['n1.txt: stage "explode" failed: boom', 'roto.jsonl line 7: not valid JSON']);
    assert.deepEqual(log.notices, ['viejo.txt: not UTF-8: read as windows-1252']);
    await store.close();
  });

  it('stops when asked, after committing the batch in hand', async () => {
    const store = await openStore(':memory:');
    let seen = 0;
    const c = await ingest(docs(notes), store, buildPipeline(), { ...options, batchSize: 10, stop: () => ++seen >= 3 }, recorder().reporter);
    assert.equal(c.interrupted, true);
    assert.equal(c.stored, 3);
    assert.equal((await store.existing([])).size, 0);
    await store.close();
  });

  it('gives documents without metadata the fallback date and language, never overriding their own', async () => {
    const store = await openStore(':memory:');
    const items: SourceItem[] = [
      { where: 'a', input: { text: notes[0]! } },
      { where: 'b', input: { text: notes[1]!, published: '2025-12-01', lang: 'es' } },
    ];
    await ingest(items, store, buildPipeline(), { batchSize: 5, published: '2026-01-15', lang: 'en' }, recorder().reporter);
    const a = await store.getDocument('a');
    const b = await store.getDocument('b');
    assert.deepEqual([a?.document.published?.value, a?.document.lang], ['2026-01-15', 'en']);
    assert.deepEqual([b?.document.published?.value, b?.document.lang], ['2025-12-01', 'es']);
    await store.close();
  });
});
