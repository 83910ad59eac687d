import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanalyzeProgressLine } from '../../src/cli/reanalyze.js';
import type { ReanalyzeCounts } from '../../src/ingest/reanalyze.js';
import { cliEnv, datasetDb } from './cli-env.js';

const base: ReanalyzeCounts = { total: 1000, done: 250, replaced: 250, failed: 0, events: 10, seconds: 10, interrupted: false };

describe('reanalyze command', () => {
  const lines: Array<[string, Partial<ReanalyzeCounts>, string]> = [
    ['a quarter at 25/s', {}, 'reanalyze: 250 of 1,000 documents (25%), 25 docs/s, about 30 s left'],
    ['minutes left', { total: 10_000 }, 'reanalyze: 250 of 10,000 documents (2%), 25 docs/s, about 7 min left'],
    ['hours left', { total: 1_000_000 }, 'reanalyze: 250 of 1,000,000 documents (0%), 25 docs/s, about 11.1 h left'],
    ['nothing timed yet: no estimate', { seconds: 0 }, 'reanalyze: 250 of 1,000 documents (25%), 0 docs/s'],
    ['nothing to do', { total: 0, done: 0 }, 'reanalyze: 0 of 0 documents (100%), 0 docs/s'],
  ];
  for (const [name, counts, line] of lines) it(`progress: ${name}`, () => assert.equal(reanalyzeProgressLine({ ...base, ...counts }), line));

  it('re-analyses a store and says with which version', async () => {
    const db = await datasetDb();
    const r = cliEnv(['reanalyze', '--db', db, '--batch', '2']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^re-analysed in .*datos\.db with \d+\.\d+\.\d+\+[0-9a-f]{12}: 6 of 6 documents, 0 failed, \d+ events; /);
    assert.match(r.stderr, /^reanalyze: 2 of 6 documents \(33%\)/);
    const again = cliEnv(['reanalyze', '--db', db, '--where-version-not-current']);
    assert.match(again.stdout, /: 0 of 0 documents/);
  });

  it('refuses a day that does not exist, with exit code 2', () => {
    const r = cliEnv(['reanalyze', '--db', ':memory:', '--since', '2026-02-30']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /"2026-02-30" is not a YYYY-MM-DD date/);
  });
});
