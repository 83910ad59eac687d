import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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
      'ERROR /carpeta/i.txt: 0.0 MB, over the 0.0 MB limit for one document',
      'ERROR /carpeta/j.jsonl line 1: a line of 0.0 MB, over the 0.0 MB limit for one document',
      'ERROR /carpeta/j.jsonl line 2: binary content (NUL characters) in the text',
      'DOC /carpeta/j.jsonl line 3 [ok] Nota breve.',
      'ERROR /carpeta/k.xml: broken XML at line 1, column 38: Expected closing tag \'title\' (opened in line 1, col 21) instead of closing tag \'channel\'.',
      'ERROR /carpeta/l.html: the page has no readable text',
      'DOC /carpeta/sub/b.html [/carpeta/sub/b.html] Puente\n\nBrasil inauguró un pue',
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
});
