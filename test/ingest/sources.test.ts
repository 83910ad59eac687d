import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_DOCUMENT_CHARS } from '../../src/core/limits.js';
import { readSources, type SourceItem } from '../../src/ingest/sources.js';

const root = mkdtempSync(join(tmpdir(), 'atalaya-sources-'));
const write = (name: string, content: string | Buffer): string => {
  const p = join(root, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const opts = { kind: null, maxBytes: 1000 };
const summary = (items: Iterable<SourceItem>): string[] =>
  [...items].map((i) => {
    const where = i.where.replace(root, '');
    if ('error' in i) return `ERROR ${where}: ${i.error.message}`;
    if ('notice' in i) return `NOTE ${where}: ${i.notice}`;
    return `DOC ${where} [${i.input.sourceId?.replace(root, '')}] ${i.input.text.slice(0, 30)}`;
  });

const nota = 'Uruguay y Paraguay acordaron dragar la hidrovía del río Paraguay.';
write('carpeta/a.txt', nota);
write('carpeta/sub/b.html', '<html lang="es"><head><title>Puente</title></head><body><article><p>Brasil inauguró un puente sobre el río Mamoré con Bolivia.</p></article></body></html>');
write('carpeta/c.jsonl', `${JSON.stringify({ id: 'r1', text: 'Primera nota del volcado.' })}\nesto no es json\n\n${JSON.stringify({ text: 'Segunda nota, sin id.' })}\n`);
write('carpeta/d.rss', '<rss><channel><item><title>Titular del feed</title><link>https://x.example/1</link></item></channel></rss>');
write('carpeta/e.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00]));
write('carpeta/.oculto.txt', 'no debe leerse');
write('carpeta/f.txt', '');
write('carpeta/g.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]));
write('carpeta/h.txt', Buffer.from('Año de elecciones en la región.', 'latin1'));
write('carpeta/i.txt', 'x'.repeat(2000));
write('carpeta/j.jsonl', `${JSON.stringify({ id: 'largo', text: 'y'.repeat(2000) })}\n${JSON.stringify({ id: 'nul', text: 'a\u0000b' })}\n${JSON.stringify({ id: 'ok', text: 'Nota breve.' })}`);
write('carpeta/k.xml', '<rss><channel><item><title>sin cerrar</channel></rss>');
write('carpeta/l.html', '<html><body><script>var x = 1;</script></body></html>');

describe('readSources', () => {
  it('reads a folder recursively in name order, each bad place one error, the rest read', () => {
    assert.deepEqual(summary(readSources([join(root, 'carpeta')], opts)), [
      'DOC /carpeta/a.txt [/carpeta/a.txt] Uruguay y Paraguay acordaron d',
      'DOC /carpeta/c.jsonl line 1 [r1] Primera nota del volcado.',
      'ERROR /carpeta/c.jsonl line 2: not valid JSON (Unexpected token \'e\', "esto no es json" is not valid JSON)',
      'DOC /carpeta/c.jsonl line 4 [/carpeta/c.jsonl:4] Segunda nota, sin id.',
      'DOC /carpeta/d.rss item 1 [https://x.example/1] Titular del feed',
      'ERROR /carpeta/f.txt: empty file',
      'ERROR /carpeta/g.txt: binary content, not text',
      'NOTE /carpeta/h.txt: not UTF-8: read as windows-1252',
      'DOC /carpeta/h.txt [/carpeta/h.txt] Año de elecciones en la región',
      'ERROR /carpeta/i.txt: more than 0.0 MB, the limit for one document (--max-mb)',
      'ERROR /carpeta/j.jsonl line 1: a line of 0.0 MB, over the 0.0 MB limit for one document (--max-mb)',
      'ERROR /carpeta/j.jsonl line 2: binary content (NUL characters) in the text',
      'DOC /carpeta/j.jsonl line 3 [ok] Nota breve.',
      'ERROR /carpeta/k.xml: broken XML at line 1, column 38: Expected closing tag \'title\' (opened in line 1, col 21) instead of closing tag \'channel\'.',
      'ERROR /carpeta/l.html: the page has no readable text',
      'DOC /carpeta/sub/b.html [/carpeta/sub/b.html] Puente\n\nBrasil inauguró un pue',
      'NOTE /carpeta: skipped 1 file of no known kind (by extension), 1 hidden entry',
    ]);
  });

  it('reads a named file whatever its extension, sniffing feeds and pages', () => {
    const feed = write('sin-extension', '<?xml version="1.0"?>\n<rss><channel><item><title>Del feed</title></item></channel></rss>');
    const page = write('pagina.php', '<!DOCTYPE html><html><body><p>Una página servida por PHP con texto.</p></body></html>');
    const text = write('nota.md', nota);
    assert.deepEqual(summary(readSources([feed, page, text], opts)).map((s) => s.split(' [')[0]), [
      'DOC /sin-extension item 1',
      'DOC /pagina.php',
      'DOC /nota.md',
    ]);
  });

  it('reports a missing path and goes on', () => {
    assert.deepEqual(summary(readSources([join(root, 'no-existe'), join(root, 'carpeta/a.txt')], opts)).map((s) => s.split(' [')[0]), [
      'ERROR /no-existe: no such file or directory',
      'DOC /carpeta/a.txt',
    ]);
  });

  it('reads every file as the forced kind', () => {
    const asText = summary(readSources([join(root, 'carpeta/d.rss')], { kind: 'text', maxBytes: 1000 }));
    assert.match(asText[0]!, /^DOC \/carpeta\/d\.rss \[\/carpeta\/d\.rss\] <rss>/);
  });

  // Issue 16 regressions: each of these was read wrongly, or skipped without a word.
  it('follows links to files in a folder, not links to folders (a loop cannot hang), and says so', () => {
    write('enlaces/real/nota.txt', nota);
    symlinkSync(join(root, 'carpeta/a.txt'), join(root, 'enlaces/vinculo.txt'));
    symlinkSync(join(root, 'enlaces'), join(root, 'enlaces/bucle'));
    symlinkSync(join(root, 'no-existe.txt'), join(root, 'enlaces/roto.txt'));
    assert.deepEqual(summary(readSources([join(root, 'enlaces')], opts)), [
      'DOC /enlaces/real/nota.txt [/enlaces/real/nota.txt] Uruguay y Paraguay acordaron d',
      'ERROR /enlaces/roto.txt: no such file or directory',
      'DOC /enlaces/vinculo.txt [/enlaces/vinculo.txt] Uruguay y Paraguay acordaron d',
      'NOTE /enlaces: skipped 1 link to folders (not followed, so loops cannot hang)',
    ]);
  });

  it('reports empty inputs: a folder with nothing to read, a feed without items, a blank JSONL file', () => {
    mkdirSync(join(root, 'vacia/sub'), { recursive: true });
    const feed = write('vacio.rss', '<rss><channel><title>Sin notas</title></channel></rss>');
    const jsonl = write('vacio.jsonl', '\n\n');
    assert.deepEqual(summary(readSources([join(root, 'vacia'), feed, jsonl], opts)), [
      'NOTE /vacia: no files to read in the folder',
      `NOTE /vacio.rss: the feed has no items`,
      'NOTE /vacio.jsonl: no records (the file is empty or blank)',
    ]);
  });

  it('matches extensions whatever their case', () => {
    const page = write('MAYUS/NOTICIA.HTML', '<html><body><article><p>Brasil y Bolivia firmaron un acuerdo sobre el río Mamoré.</p></article></body></html>');
    assert.deepEqual(summary(readSources([join(root, 'MAYUS')], opts)), ['DOC /MAYUS/NOTICIA.HTML [/MAYUS/NOTICIA.HTML] Brasil y Bolivia firmaron un a']);
    assert.equal(summary(readSources([page], opts)).length, 1);
  });

  it('reads UTF-16 JSONL whole, not only up to its first record', () => {
    const lines = [JSON.stringify({ id: 'a', text: 'Primera nota en UTF-16.' }), JSON.stringify({ id: 'b', text: 'Segunda nota, con eñe.' })].join('\n');
    const p = write('utf16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]));
    assert.deepEqual(summary(readSources([p], opts)), [
      'NOTE /utf16.jsonl: not UTF-8: read as utf-16le',
      'DOC /utf16.jsonl line 1 [a] Primera nota en UTF-16.',
      'DOC /utf16.jsonl line 2 [b] Segunda nota, con eñe.',
    ]);
  });

  it('makes text with lone surrogates well-formed before anything hashes it', () => {
    const p = write('surrogate.jsonl', '{"id": "s", "text": "Antes \\ud800 y despu\\u00e9s \\udfff fin"}\n');
    const [item] = [...readSources([p], opts)];
    assert.ok(item && 'input' in item);
    assert.equal(item.input.text, 'Antes \uFFFD y después \uFFFD fin');
  });

  it('decodes mostly-valid UTF-8 as UTF-8 with a warning naming the offset', () => {
    const p = write('casi.txt', Buffer.concat([Buffer.from('La canciller habló en Brasilia', 'utf8'), Buffer.from([0xe9]), Buffer.from(' y después en Asunción.', 'utf8')]));
    assert.deepEqual(summary(readSources([p], opts)), [
      'NOTE /casi.txt: not valid UTF-8 at byte offset 31 (1 bad byte in all): read as UTF-8, bad sequences replaced by U+FFFD',
      'DOC /casi.txt [/casi.txt] La canciller habló en Brasilia',
    ]);
  });

  it('enforces the limit while reading, whatever stat says (a device, a pipe)', () => {
    assert.deepEqual(summary(readSources(['/dev/zero'], opts)), ['ERROR /dev/zero: more than 0.0 MB, the limit for one feed file (--max-mb)']);
    assert.deepEqual(summary(readSources(['/dev/zero'], { kind: 'text', maxBytes: 1000 })), ['ERROR /dev/zero: more than 0.0 MB, the limit for one document (--max-mb)']);
    assert.deepEqual(summary(readSources(['/dev/zero'], { kind: 'jsonl', maxBytes: 1000 })), [
      'ERROR /dev/zero line 1: more than 1.0 MB without a line end: the rest of the input is not read',
    ]);
  });

  it('holds a feed item, not the feed file, to the document limit', () => {
    const item = (n: number, text: string): string => `<item><title>Nota ${n}</title><link>https://x.example/${n}</link><description>${text}</description></item>`;
    const p = write('grande.rss', `<rss><channel>${item(1, 'breve')}${item(2, 'larga '.repeat(300))}${item(3, 'otra breve '.repeat(60))}</channel></rss>`);
    assert.deepEqual(summary(readSources([p], opts)).map((s) => s.split(' [')[0]), [
      'DOC /grande.rss item 1',
      'ERROR /grande.rss item 2: 0.0 MB of text, over the 0.0 MB limit for one document',
      'DOC /grande.rss item 3',
    ]);
  });

  it('reads a page nested too deep for the DOM as plain text, with a notice', () => {
    const p = write('profunda.html', `<html lang="es"><head><title>Honda</title></head><body>${'<div>'.repeat(3000)}<p>Chile y Perú firmaron un tratado.</p>${'</div>'.repeat(3000)}</body></html>`);
    const out = summary(readSources([p], { kind: null, maxBytes: 100_000 }));
    assert.deepEqual(out, [
      'NOTE /profunda.html: markup nested over 200 elements deep: read as plain text (tags stripped), without Readability',
      'DOC /profunda.html [/profunda.html] Honda\n\nChile y Perú firmaron u',
    ]);
  });
});


describe('readSources: documents over the largest analysed whole (issue 16)', () => {
  const paragraph = 'Chile y Perú revisaron el tratado de límites marítimos en una reunión de cancilleres.\n\n';
  const big = { kind: null, maxBytes: 2_000_000 };

  it('splits a longer text at paragraph breaks into documents named #1, #2…, with a notice', () => {
    const text = paragraph.repeat(Math.ceil((MAX_DOCUMENT_CHARS * 2.5) / paragraph.length));
    const path = write('largo/extenso.txt', text);
    const items = [...readSources([path], big)];
    assert.match(summary(items)[0]!, /^NOTE \/largo\/extenso\.txt: too-long: [\d,]+ characters; the largest document analysed whole is 200,000: split at paragraph breaks into 3 documents$/);
    const docs = items.flatMap((i) => ('input' in i ? [i] : []));
    assert.deepEqual(docs.map((d) => d.input.sourceId?.replace(root, '')), ['/largo/extenso.txt#1', '/largo/extenso.txt#2', '/largo/extenso.txt#3']);
    assert.equal(docs.map((d) => d.input.text).join(''), text);
    for (const d of docs) {
      assert.ok(d.input.text.length <= MAX_DOCUMENT_CHARS);
      assert.ok(d.input.text.endsWith('\n\n') || d === docs.at(-1), 'each part ends at a paragraph break');
    }
  });

  it('refuses a longer text with nowhere to cut it, naming too-long and the limit', () => {
    const path = write('largo/sin-cortes.txt', 'palabra '.repeat(MAX_DOCUMENT_CHARS / 4));
    assert.deepEqual(summary(readSources([path], big)), [
      `ERROR /largo/sin-cortes.txt: too-long: ${(MAX_DOCUMENT_CHARS * 2).toLocaleString('en-US')} characters; the largest document analysed whole is 200,000, and it has no paragraph, line or sentence break to split it at`,
    ]);
  });

  it('leaves a text at the limit whole', () => {
    const path = write('largo/justo.txt', `${'a'.repeat(MAX_DOCUMENT_CHARS - 1)}.`);
    assert.equal([...readSources([path], big)].filter((i) => 'input' in i).length, 1);
  });
});
