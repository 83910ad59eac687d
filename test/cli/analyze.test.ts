import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Analysis } from '../../src/core/analysis.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { schemaErrors } from '../helpers/schema.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-cli-'));
const write = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const spanish = 'El Gobierno de Chile anunció este martes un plan para ampliar la red de trenes del país.\n';
const good = write('nota.txt', spanish);
const binary = write('foto.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
const latin1 = write('viejo.txt', Buffer.from([0x45, 0x6c, 0x20, 0x61, 0xf1, 0x6f, 0x20, 0x70, 0x61, 0x73, 0x61, 0x64, 0x6f, 0x20, 0xff, 0xfe, 0x0a]));

describe('atalaya analyze: output', () => {
  it('prints one valid atalaya/analysis@1 document for one file', () => {
    const r = runCli(['analyze', good, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.deepEqual(schemaErrors(a), []);
    assert.equal(a.document.text, spanish, 'plain text is kept exactly as decoded');
    assert.equal(a.document.sourceId, good);
  });

  it('applies --published, --title and --lang', () => {
    const r = runCli(['analyze', good, '--published', '2026-02-04', '--title', 'Trenes', '--lang', 'es']);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.deepEqual(a.document.published, { value: '2026-02-04', source: 'metadata' });
    assert.equal(a.document.title, 'Trenes');
    assert.equal(a.document.lang, 'es');
  });

  it('reads stdin with -', () => {
    const r = runCli(['analyze', '-', '--format', 'jsonl'], spanish);
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as Analysis).document.text, spanish);
  });

  it('gives JSONL records back in input order with their ids, skipping bad lines with their line numbers', () => {
    const input = [
      JSON.stringify({ id: 'uno', text: spanish }),
      '{"id": "roto", "text": ',
      JSON.stringify({ id: 'sin-texto' }),
      JSON.stringify({ id: 'dos', text: 'The government of Canada announced a new trade office in Mexico City on Monday.', published: '2026-03-02' }),
      JSON.stringify({ id: 'fecha', text: spanish, published: 'ayer' }),
    ].join('\n');
    const r = runCli(['analyze', '-', '--input', 'jsonl', '--format', 'jsonl'], input);
    assert.equal(r.status, 1, 'some records failed');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(out.map((a) => a.document.sourceId), ['uno', 'dos']);
    assert.equal(out[1]!.document.published?.value, '2026-03-02');
    assert.match(r.stderr, /stdin line 2: not valid JSON/);
    assert.match(r.stderr, /stdin line 3: .*"text" or an "html" field/);
    assert.match(r.stderr, /stdin line 5: .*published.*YYYY-MM-DD/);
  });

  it('reads an HTML page: main text, title and date from its meta tags', () => {
    const page = write(
      'pagina.html',
      `<html lang="es"><head><title>Portada</title><meta property="og:title" content="Chile amplía su red de trenes">
       <meta property="article:published_time" content="2026-01-20T10:00:00Z"></head>
       <body><nav>Inicio | Deportes</nav><article><h1>Chile amplía su red de trenes</h1>
       <p>${spanish.trim()}</p><p>La obra costará más de mil millones de dólares y durará seis años, según el ministerio.</p></article></body></html>`,
    );
    const r = runCli(['analyze', page]);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.equal(a.document.title, 'Chile amplía su red de trenes');
    assert.equal(a.document.published?.value, '2026-01-20');
    assert.match(a.document.text, /red de trenes del país/);
    assert.doesNotMatch(a.document.text, /Deportes/);
  });

  it('prints a readable report with --format text', () => {
    const r = runCli(['analyze', good, '--format', 'text']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /## Parts/);
    assert.match(r.stdout, /language: es/);
  });
});

describe('atalaya analyze: errors name the place and the reason', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['a missing file', ['analyze', join(dir, 'nada.txt')], 1, /nada\.txt: no such file or directory/],
    ['a binary file', ['analyze', binary], 1, /foto\.txt: binary content/],
    ['an impossible --published date', ['analyze', good, '--published', '2026-02-30'], 2, /--published.*"2026-02-30" is not a YYYY-MM-DD date/],
    ['a month that does not exist in --published (regression: 2026-13-01 was read as 2027-01-01)', ['analyze', good, '--published', '2026-13-01'], 2, /"2026-13-01" is not a YYYY-MM-DD date/],
    ['an unknown format', ['analyze', good, '--format', 'xml'], 2, /--format.*xml/],
    ['an unknown command', ['frobnicate'], 2, /unknown command/],
  ];
  // Issue 15: analyze rejected Latin-1 that ingest read; both now use the same readers.
  it('reads Latin-1 as ingest does, with a notice', () => {
    const r = runCli(['analyze', latin1, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /viejo\.txt: not UTF-8: read as windows-1252/);
    assert.match((JSON.parse(r.stdout) as Analysis).document.text, /^El año pasado/);
  });

  it('escapes control characters in a file name, so the error stays one line', () => {
    const r = runCli(['analyze', join(dir, 'dos\nlineas.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /dos\\nlineas\.txt: no such file or directory/);
    assert.equal(r.stderr.trim().split('\n').length, 2, r.stderr);
  });

  for (const [what, args, status, message] of cases) {
    it(what, () => {
      const r = runCli(args);
      assert.equal(r.status, status);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').filter((l) => !/could not be analysed/.test(l)).length, 1, `one line: ${r.stderr}`);
    });
  }

  it('stops quietly when the reader closes the pipe (regression: EPIPE crashed `analyze | head`)', () => {
    const r = spawnSync('bash', ['-c', `node --import tsx src/cli/main.ts analyze examples/articles --format json | head -c 10`], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(r.stdout, '[\n{\n  "for');
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it('a bad file does not stop the others', () => {
    const r = runCli(['analyze', binary, good, '--format', 'jsonl']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stderr, /foto\.txt: binary content/);
  });
});

describe('atalaya tag', () => {
  it('prints TOKEN TAG lines, a blank line between sentences', () => {
    const conll = write('frases.conll', 'El O\nrey O\nhabló O\n\nMadrid B-LOC\n');
    const r = runCli(['tag', '--conll', conll]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /^El (O|[BI]-(PER|ORG|LOC|MISC))$/);
    assert.equal(lines[3], '');
    assert.match(lines[4]!, /^Madrid /);
  });

  it('tags English with --lang en', () => {
    const conll = write('english.conll', 'Prime\nMinister\nMark\nCarney\nvisited\nBerlin\n.\n');
    const r = runCli(['tag', '--conll', conll, '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Mark B-PER\nCarney I-PER$/m);
  });

  it('reports a missing file', () => {
    const r = runCli(['tag', '--conll', join(dir, 'no.conll')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no\.conll: no such file/);
  });
});
