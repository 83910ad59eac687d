import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlDepth } from '../../src/ingest/html-depth.js';
import { stripTags } from '../../src/ingest/html-strip.js';

describe('htmlDepth', () => {
  const cases: Array<[string, string, number]> = [
    ['flat paragraphs (unclosed <p> does not nest)', '<p>a<p>b<p>c', 0],
    ['nested divs', '<div><div><span>x</span></div></div>', 3],
    ['void and self-closing elements', '<div><br><img src=x><hr/><x-a/></div>', 1],
    ['comments are not markup', '<div><!-- <div><div><div> --></div>', 1],
    ['closing tags bring it back up', '<div></div><div></div><div></div>', 1],
    ['a "<" without a tag', '<p>3 < 4 y 5 > 2</p>', 0],
  ];
  for (const [what, html, depth] of cases) it(what, () => assert.equal(htmlDepth(html, 1000), depth));

  it('stops counting past the limit', () => assert.equal(htmlDepth('<div>'.repeat(10_000), 50), 51));
});

describe('stripTags', () => {
  const cases: Array<[string, string, string]> = [
    ['blocks become paragraphs, entities decoded', '<h1>Acuerdo</h1><p>Chile y Per&uacute; firmaron.</p><div>Otro <b>p&aacute;rrafo</b></div>', 'Acuerdo\n\nChile y Perú firmaron.\n\nOtro párrafo'],
    ['code and comments are not text', '<p>Hola<script>var x = "<p>no</p>";</script><style>p{}</style><!-- nota --> mundo</p>', 'Hola mundo'],
    ['an unclosed script runs to the end', '<p>Texto</p><script>nunca termina', 'Texto'],
    ['a "<" that opens nothing stays text', '3 &lt; 4 <b>y</b> 5 < 6', '3 < 4 y 5 < 6'],
  ];
  for (const [what, html, text] of cases) it(what, () => assert.equal(stripTags(html), text));
});
