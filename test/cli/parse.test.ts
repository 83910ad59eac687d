import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-parse-'));
const row = (...cols: (string | number)[]): string => cols.join('\t');

describe('atalaya parse', () => {
  it('--conllu keeps every word line and range line, and predicts the columns it owns', () => {
    const file = join(dir, 'in.conllu');
    writeFileSync(file, [
      '# sent_id = x1',
      row(1, 'Llegó', '_', '_', 'V', '_', '_', '_', '_', '_'),
      row('2-3', 'del', '_', '_', '_', '_', '_', '_', '_', '_'),
      row(2, 'de', '_', '_', 'P', '_', '_', '_', '_', '_'),
      row(3, 'el', '_', '_', 'D', '_', '_', '_', '_', '_'),
      row(4, 'sur', '_', '_', 'N', '_', '_', '_', '_', 'SpaceAfter=No'),
      row(5, '.', '_', '_', 'F', '_', '_', '_', '_', '_'),
      '', '',
    ].join('\n'));
    const r = runCli(['parse', '--conllu', file, '--lang', 'es']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], '# sent_id = x1');
    assert.match(lines[2]!, /^2-3\tdel\t_/);
    const words = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    assert.deepEqual(words.map((w) => [w[0], w[1], w[4], w[9]]), [['1', 'Llegó', 'V', '_'], ['2', 'de', 'P', '_'], ['3', 'el', 'D', '_'], ['4', 'sur', 'N', 'SpaceAfter=No'], ['5', '.', 'F', '_']]);
    assert.equal(words.filter((w) => w[6] === '0').length, 1, 'one root');
    assert.equal(words.find((w) => w[1] === 'Llegó')![3], 'VERB');
  });

  it('plain text: the pipeline\'s tokens, a range line for a contraction', () => {
    const r = runCli(['parse', '-', '--lang', 'es'], 'El barco salió del puerto de Vigo.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# text = El barco salió del puerto de Vigo\.$/m);
    assert.match(r.stdout, /^4-5\tdel\t/m);
    assert.match(r.stdout, /^4\tde\t/m);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['a missing file', ['parse', '--conllu', join(dir, 'none.conllu')], /atalaya: .*none\.conllu: no such file/],
    ['a malformed CoNLL-U line', ['parse', '--conllu', join(dir, 'bad.conllu')], /atalaya: .*bad\.conllu: line 1: expected 10 tab-separated columns/],
    // Regression: this was exit 2 with nothing on stderr.
    ['a text file and --conllu both', ['parse', join(dir, 'bad.conllu'), '--conllu', join(dir, 'bad.conllu')], /give either a text file or --conllu, not both/],
  ];
  writeFileSync(join(dir, 'bad.conllu'), '1\tHola\n');
  for (const [what, args, error] of bad) {
    it(`${what} is one line naming the file, exit 2`, () => {
      const r = runCli(args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, error);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }
});
