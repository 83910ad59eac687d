import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCase, loadTimeTable } from './time-table.js';

for (const lang of ['es', 'en'] as const) {
  describe(`time table (${lang})`, () => {
    const cases = loadTimeTable(lang);
    it(`has enough expressions (${cases.length})`, () => {
      const positive = cases.filter((c) => !c.negative && !c.none).length;
      assert.ok(positive >= (lang === 'es' ? 300 : 150), `${positive} positive rows`);
      assert.ok(cases.length - positive >= 20, 'negative rows');
    });
    for (const c of cases) {
      const what = c.none ? 'no time' : c.negative ? `nothing over "${c.text}"` : `"${c.text}" = ${c.value}`;
      it(`${c.sentence} [${c.anchor ?? 'no anchor'}]: ${what}`, () => {
        const r = checkCase(c);
        assert.ok(r.exact, `${c.where}: got ${r.got}`);
      });
    }
  });
}
