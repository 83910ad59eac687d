import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Analysis } from '../../src/core/analysis.js';
import { runShow } from '../../src/cli/show.js';
import { DATASET } from '../query/contract.js';
import { cliEnv, datasetDb } from './cli-env.js';

let db = '';
before(async () => {
  db = await datasetDb();
});

describe('atalaya show', () => {
  it('prints a stored document like analyze --format text, plus what the store knows', () => {
    const r = cliEnv(['show', 'doc1.txt', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# notas\/doc1\.txt/);
    assert.match(r.stdout, /## Events\n\s+2026-02-04\s+Vladimir Putin -CONSULT \(040\)-> Xi Jinping/);
    assert.match(r.stdout, /## Stored\n\s+ingested .*; names: notas\/doc1\.txt/);
    assert.match(r.stdout, /e0 is event #\d+, reported by 2 articles/);
  });

  it('tells a near-duplicate which story it belongs to', async () => {
    let out = '';
    await runShow('notas/doc3.txt', { db, format: 'text' }, (s) => (out += s));
    assert.match(out, new RegExp(`near-duplicate of ${DATASET[2]!.document.id}`));
  });

  it('prints the stored analysis as JSON, by id prefix', async () => {
    const id = DATASET[0]!.document.id;
    let out = '';
    await runShow(id.slice(0, 10), { db, format: 'json' }, (s) => (out += s));
    assert.equal((JSON.parse(out) as Analysis).document.text, DATASET[0]!.document.text);
  });

  it('says so on one line when nothing matches', () => {
    const r = cliEnv(['show', 'nada.txt', '--db', db]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'atalaya: nada.txt: no stored document has this id, id prefix or name\n');
  });
});
