import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileCameoLabels } from '../../scripts/data/cameo-labels.js';
import { cameoLabel } from '../../src/query/cameo-labels.js';

const CODES = '# source: test\n041\t1.0\tDiscuss by telephone\n094\t-2.0\tInvestigate war crimes\n';
const PLOVER = '# source: test\n041\tCONSULT\ttelephone\t-\tx\tx\n094\tACCUSE\t-\tmilitary; legal\tx\tx\n';

describe('CAMEO labels for the ICEWS and POLECAT exports', () => {
  it('compiles descriptions and "; "-separated contexts', () => {
    assert.deepEqual(compileCameoLabels(CODES, PLOVER), {
      '041': { description: 'Discuss by telephone', contexts: [] },
      '094': { description: 'Investigate war crimes', contexts: ['military', 'legal'] },
    });
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['no source line', '041\t1\tx\n', PLOVER, /cameo-codes\.tsv:1: the first line must be "# source: …"/],
    ['a code with letters', '# source: t\n04a\t1\tx\n', PLOVER, /cameo-codes\.tsv:2: "04a" is not a CAMEO code/],
    ['a context with spaces', CODES, '# source: t\n041\tCONSULT\t-\tpeace keeping\tx\tx\n', /cameo-plover\.tsv:2: "peace keeping" is not a PLOVER context/],
  ];
  for (const [what, codes, plover, error] of bad) it(`rejects ${what}`, () => assert.throws(() => compileCameoLabels(codes, plover), error));

  it('looks a code up, else its base code, else null', () => {
    assert.equal(cameoLabel('041')?.description, 'Discuss by telephone');
    assert.deepEqual(cameoLabel('0312')?.contexts, ['military']);
    assert.equal(cameoLabel('99'), null);
  });
});
