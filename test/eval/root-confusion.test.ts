import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NONE, RootConfusion } from '../../eval/root-confusion.js';

describe('RootConfusion', () => {
  const cases: Array<{ name: string; sentences: Array<[string[], string[]]>; cells: Array<[string, string, number]> }> = [
    { name: 'equal roots land on the diagonal', sentences: [[['14', '04'], ['04', '14']]], cells: [['14', '14', 1], ['04', '04', 1], ['14', '04', 0]] },
    { name: 'a wrong root pairs with the gold left over', sentences: [[['14', '19'], ['14', '18']]], cells: [['14', '14', 1], ['19', '18', 1], ['19', NONE, 0]] },
    { name: 'a missed coding is predicted as none', sentences: [[['14', '14'], ['14']]], cells: [['14', '14', 1], ['14', NONE, 1]] },
    { name: 'an invented event has no gold row of its own', sentences: [[[], ['03', '03']]], cells: [[NONE, '03', 2], ['03', '03', 0]] },
    { name: 'counts add up over sentences', sentences: [[['17'], ['17']], [['17'], ['11']], [['17'], []]], cells: [['17', '17', 1], ['17', '11', 1], ['17', NONE, 1]] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const t = new RootConfusion();
      for (const [gold, predicted] of c.sentences) t.add(gold, predicted);
      for (const [g, p, n] of c.cells) assert.equal(t.cell(g, p), n, `${g} -> ${p}`);
    });
  }

  it('reports one row per gold root, most frequent prediction first, the none row last', () => {
    const t = new RootConfusion();
    t.add(['14', '14', '14'], ['14', '14', '01']);
    t.add(['02'], ['05', '05']);
    assert.deepEqual(t.figures(), { 'confusion 02': '05:1', 'confusion 14': '14:2 01:1', 'confusion -': '05:1' });
  });
});
