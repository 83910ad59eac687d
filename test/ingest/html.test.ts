import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlFragmentText, htmlToDocument } from '../../src/ingest/html.js';

describe('htmlToDocument', () => {
  it('takes title, date, language and (regression) the canonical link’s href from the head, the main text from the article', () => {
    const d = htmlToDocument(
      `<html lang="es-AR"><head><meta property="og:title" content="Argentina y Chile abren un paso">
       <meta name="date" content="2026-05-11"><link rel="canonical" href="https://diario.example/paso"></head>
       <body><nav>Portada | Deportes</nav><article><p>Los gobiernos de Argentina y Chile reabrieron el paso fronterizo de Jama tras
       las nevadas de la semana pasada, según informó la gendarmería.</p><p>El tránsito de camiones se normalizará el lunes.</p></article></body></html>`,
      'p.html',
    );
    assert.equal(d.title, 'Argentina y Chile abren un paso');
    assert.equal(d.published, '2026-05-11');
    assert.equal(d.lang, 'es');
    assert.equal(d.url, 'https://diario.example/paso');
    assert.match(d.text, /^Argentina y Chile abren un paso\n\nLos gobiernos/);
    assert.doesNotMatch(d.text, /Deportes/);
  });

  it('regression: a page whose only content is a script has no readable text (the script is not text)', () => {
    assert.throws(() => htmlToDocument('<html><body><script>var x = 1;</script><style>p{}</style></body></html>', 'p.html'), /no readable text/);
  });
});

describe('htmlFragmentText', () => {
  const cases: Array<[string, string]> = [
    ['<p>Uno.</p><p>Dos &amp; tres.</p>', 'Uno.\n\nDos & tres.'],
    ['Texto plano   sin   marcas', 'Texto plano sin marcas'],
    ['<b>Solo</b> negrita', 'Solo negrita'],
    ['', ''],
  ];
  for (const [html, text] of cases) it(JSON.stringify(html), () => assert.equal(htmlFragmentText(html), text));
});
