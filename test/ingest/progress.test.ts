import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IngestCounts } from '../../src/ingest/ingest.js';
import { ProgressDisplay, progressLine, summaryLine } from '../../src/ingest/progress.js';

const counts: IngestCounts = { read: 1510, stored: 1200, duplicates: 300, nearDuplicates: 12, updated: 0, failed: 10, events: 4321, seconds: 2.5, interrupted: false, storeFailed: false };

describe('progress and summary', () => {
  it('summarises stored, duplicates, near-duplicates, failures, events, time and rate', () => {
    assert.equal(
      summaryLine(counts, 'atalaya.db'),
      'ingested into atalaya.db: 1,200 documents stored (12 near-duplicates linked to an earlier story), 300 skipped as duplicates, 10 failed, 4,321 events; 2.5 s, 600 docs/s',
    );
    assert.match(summaryLine({ ...counts, interrupted: true, nearDuplicates: 0 }, 'x'), /^interrupted; ingested into x: 1,200 documents stored, 300/);
    assert.match(summaryLine({ ...counts, storeFailed: true }, 'x'), /^stopped by a store failure; ingested into x: 1,200 documents stored/);
  });

  it('shows a live line on a terminal and clears it before a message', () => {
    let out = '';
    const d = new ProgressDisplay((s) => (out += s), true);
    d.update(counts);
    d.message('atalaya: roto.txt: empty file');
    assert.equal(out, `\r\x1b[K${progressLine(counts)}\r\x1b[Katalaya: roto.txt: empty file\n`);
    assert.match(progressLine(counts), /1,500 documents\s+600 docs\/s\s+4,321 events\s+10 errors\s+300 duplicates/);
  });

  it('prints only messages when not on a terminal', () => {
    let out = '';
    const d = new ProgressDisplay((s) => (out += s), false);
    d.update(counts);
    d.message('atalaya: x: y');
    d.clear();
    assert.equal(out, 'atalaya: x: y\n');
  });
});
