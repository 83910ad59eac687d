import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { openStore } from '../../src/store/open.js';
import { cliEnv } from './cli-env.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-ingest-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = cliEnv;

const write = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};

const countDocs = async (db: string): Promise<number> => {
  const store = await openStore(db);
  const row = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  await store.close();
  return Number(row.n);
};

describe('atalaya ingest', () => {
  it('stores the seed article once when given twice under two names, and a rerun adds nothing', async () => {
    const seed = join(PROJECT_ROOT, '../shared/seed/000_f18dc38b7e87eedd.txt');
    const fallback = 'Rusia y China mantuvieron una videollamada este miércoles 4 de febrero de 2026 para hablar de energía y comercio.';
    const a = write('seed/uno.txt', fallback);
    const b = write('seed/dos.txt', fallback);
    try {
      copyFileSync(seed, a);
      copyFileSync(seed, b);
    } catch {
      // Without ../shared the test still checks the behaviour on a text of its own.
    }
    const db = join(dir, 'seed.db');
    const first = cli(['ingest', a, b, '--db', db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /1 documents stored, 1 skipped as duplicates, 0 failed/);
    const rerun = cli(['ingest', join(dir, 'seed'), '--db', db]);
    assert.match(rerun.stdout, /0 documents stored, 2 skipped as duplicates/);
    assert.equal(await countDocs(db), 1);
  });

  it('reports each bad input on one line with its place and reason, and ingests everything else', async () => {
    const bad = join(dir, 'malos');
    write('malos/binario.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02]));
    write('malos/vacio.txt', '');
    write('malos/enorme.txt', Buffer.alloc(50_000_000, 0x61));
    write('malos/roto.html', '<html><body><div><script>document.write("<p>")</script></div>');
    write('malos/roto.rss', '<?xml version="1.0"?>\n<rss><channel>\n<item><title>Titular</title>\n<link>https://x.example/1</link>\n</channel></rss>');
    write('malos/volcado.jsonl', `${JSON.stringify({ id: 'bien', text: 'Perú y Chile firmaron un memorando sobre pesca artesanal.' })}\n{"id": "mal", "text": \n`);
    write('malos/latin1.txt', Buffer.from('Año electoral: el Congreso de Perú votó la reforma de la Constitución.', 'latin1'));
    write('malos/bueno.txt', 'Bolivia y Argentina anunciaron la construcción de un gasoducto binacional.');
    write('malos/sucio.html', '<html><body><article><p>Uruguay aprobó una ley de <b>pesca <i>artesanal</p></article>');
    const db = join(dir, 'malos.db');
    const r = cli(['ingest', bad, '--db', db]);
    assert.equal(r.status, 1, 'some inputs failed');
    const lines = r.stderr.trim().split('\n');
    const expected: RegExp[] = [
      /^atalaya: \S*binario\.txt: binary content, not text$/,
      /^atalaya: \S*enorme\.txt: more than 10\.0 MB, the limit for one document \(--max-mb\)$/,
      /^atalaya: \S*latin1\.txt: not UTF-8: read as windows-1252$/,
      /^atalaya: \S*roto\.html: the page has no readable text$/,
      /^atalaya: \S*roto\.rss: broken XML at line 5, column \d+: .*'item'.*$/,
      /^atalaya: \S*vacio\.txt: empty file$/,
      /^atalaya: \S*volcado\.jsonl line 2: not valid JSON/,
    ];
    assert.equal(lines.length, expected.length, r.stderr);
    expected.forEach((re, i) => assert.match(lines[i]!, re));
    assert.match(r.stdout, /4 documents stored, 0 skipped as duplicates, 6 failed/);
    assert.equal(await countDocs(db), 4, 'bueno, latin1, sucio.html and the good JSONL line');
    const store = await openStore(db);
    const latin = await store.getDocument(join(bad, 'latin1.txt'));
    await store.close();
    assert.match(latin?.document.text ?? '', /^Año electoral: el Congreso de Perú votó la reforma de la Constitución\.$/);
  });

  it('reads stdin and uses $ATALAYA_DB when --db is not given', async () => {
    const db = join(dir, 'env.db');
    const jsonl = [
      JSON.stringify({ id: 's1', text: 'Guatemala y México acordaron reforzar la vigilancia en su frontera común.' }),
      JSON.stringify({ id: 's2', text: 'Cuba y Venezuela renovaron su convenio petrolero por cinco años.' }),
    ].join('\n');
    const r = cli(['ingest', '-', '--input', 'jsonl'], { ATALAYA_DB: db }, jsonl);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`ingested into ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 2 documents stored`));
    assert.equal(await countDocs(db), 2);
  });

  it('prints no progress line when stderr is not a terminal', () => {
    const r = cli(['ingest', write('una.txt', 'Paraguay inauguró una central solar.'), '--db', join(dir, 'p.db')]);
    assert.equal(r.stderr, '');
  });

  const badOptions: Array<[string, string[], RegExp]> = [
    ['an unknown input kind', ['ingest', 'x', '--input', 'pdf'], /--input.*pdf/],
    ['a batch that is not a number', ['ingest', 'x', '--batch', 'muchos'], /"muchos" is not a whole number from 1 up/],
    // Issue 16: a fractional count was rounded (or, for --limit, ended in a stack trace).
    ['a batch that is not a whole number', ['ingest', 'x', '--batch', '1.5'], /"1\.5" is not a whole number from 1 up/],
    ['an impossible date', ['ingest', 'x', '--published', '2026-02-30'], /"2026-02-30" is not a YYYY-MM-DD date/],
    ['no path', ['ingest'], /missing required argument/],
  ];
  for (const [what, args, message] of badOptions) {
    it(`exits with 2 on ${what}`, () => {
      const r = cli(args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
    });
  }
});
