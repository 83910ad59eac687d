import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MergedEvent } from '../../src/query/events.js';
import { TEXT_FORMATS, type TextFormat } from '../../src/query/event-formats.js';
import { eventWriter } from '../../src/query/export.js';
import { ALL, consult, undated } from './merged-events.js';

const render = (format: TextFormat, events: MergedEvent[]): string => {
  const w = eventWriter(format);
  return w.begin() + events.map((e, i) => w.row(e, i)).join('') + w.end(events.length);
};

describe('JSONL and table exports', () => {
  it('JSONL: one event object per line', () => {
    const lines = render('jsonl', [consult, undated]).trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as MergedEvent).id), [42, 43]);
  });

  it('table: a header, one line per event with its date, type, actors and counts, a total', () => {
    const out = render('table', [consult, undated]).split('\n');
    assert.match(out[0]!, /^DATE\s+TYPE\s+ACTOR -> RECIPIENT\s+ART\s+SRC\s+EVIDENCE$/);
    assert.match(out[1]!, /^2026-02-04 CONSULT 041\s+RUSGOV Vladimir Putin -> CHNGOV Xi Jinping\s+2\s+2\s+«videollamada» https:\/\/uno\.example\/a$/);
    assert.match(out[2]!, /^\?{4}-\?\?-\?\? CONSULT 041\s+\? -> CHNGOV Xi Jinping/);
    assert.equal(out[3], '2 events');
  });

  it('every text format writes something for every event kind and nothing but its head for none', () => {
    for (const format of TEXT_FORMATS) {
      const w = eventWriter(format, { allModalities: true });
      assert.equal(w.begin() + w.end(0), render(format, []), format);
      assert.ok(render(format, ALL).length > render(format, []).length, format);
    }
  });
});
