/** JSONL records: what is accepted, and the one clear reason a record is refused (issue 16: strict dates, null ids). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRecord } from '../../src/ingest/record.js';

describe('parseRecord', () => {
  const good: Array<[string, object, Partial<Record<'sourceId' | 'published' | 'text', string | null>>]> = [
    ['a null id is no id', { id: null, text: 'Nota.' }, { sourceId: null }],
    ['a numeric id is its decimal form', { id: 42, text: 'Nota.' }, { sourceId: '42' }],
    ['a date', { text: 'Nota.', published: '2026-02-28' }, { published: '2026-02-28' }],
    ['a date and time keeps the day', { text: 'Nota.', published: '2026-02-28T23:10:00-03:00' }, { published: '2026-02-28' }],
    ['a leap day', { text: 'Nota.', published: '2024-02-29' }, { published: '2024-02-29' }],
    ['lone surrogates become U+FFFD', { text: 'a\ud800b' }, { text: 'a\uFFFDb' }],
  ];
  for (const [what, record, expected] of good) {
    it(`accepts ${what}`, () => {
      const input = parseRecord(JSON.stringify(record), 'r.jsonl line 1');
      for (const [k, v] of Object.entries(expected)) assert.equal(input[k as keyof typeof expected], v, k);
    });
  }

  const bad: Array<[string, string, RegExp]> = [
    ['a month 13', JSON.stringify({ text: 'Nota.', published: '2026-13-45' }), /line 1: bad record: field "published" must be a real YYYY-MM-DD date/],
    ['a 30 February', JSON.stringify({ text: 'Nota.', published: '2026-02-30' }), /field "published" must be a real/],
    ['a date run into other text', JSON.stringify({ text: 'Nota.', published: '2026-02-03x' }), /field "published"/],
    ['an id that is an object', JSON.stringify({ id: { a: 1 }, text: 'Nota.' }), /field "id" must be a string or a number/],
    ['no text and no html', JSON.stringify({ id: 'x' }), /needs a "text" or an "html" field/],
    ['broken JSON', '{"text": ', /not valid JSON/],
  ];
  for (const [what, line, message] of bad) {
    it(`refuses ${what}, saying why`, () => {
      assert.throws(() => parseRecord(line, 'r.jsonl line 1'), (e: Error & { describe(): string }) => message.test(e.describe()));
    });
  }
});
