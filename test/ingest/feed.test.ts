import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedDay, readFeed, type FeedItem } from '../../src/ingest/feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Diario de prueba</title><language>es-MX</language>
  <item>
    <title>Chile y Perú firman un acuerdo pesquero</title>
    <link>https://diario.example/2026/02/pesca</link>
    <guid>pesca-1</guid>
    <pubDate>Wed, 04 Feb 2026 23:30:00 -0500</pubDate>
    <description>Resumen corto.</description>
    <content:encoded><![CDATA[<p>Los cancilleres firmaron el texto en Lima.</p><p>La pesca de anchoveta queda regulada &amp; vigilada.</p>]]></content:encoded>
  </item>
  <item>
    <title>Sin cuerpo</title>
    <guid>solo-titulo</guid>
  </item>
  <item><link>https://diario.example/vacio</link></item>
  <item>
    <title>Bolivia &amp; Paraguay</title>
    <description>&lt;p&gt;Ambos gobiernos anunciaron una ruta comercial.&lt;/p&gt;</description>
  </item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Test wire</title>
  <entry>
    <title type="text">Canada opens a trade office in Mexico City</title>
    <link rel="alternate" href="https://wire.example/canada-mexico"/>
    <link rel="self" href="https://wire.example/api/1"/>
    <id>urn:wire:1</id>
    <published>2026-03-02T08:00:00-06:00</published>
    <content type="html">&lt;p&gt;The office will help small exporters.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Brazil hosts a climate meeting</title>
    <id>urn:wire:2</id>
    <updated>2026-03-03T10:00:00Z</updated>
    <summary>Delegations from twelve countries attended.</summary>
  </entry>
</feed>`;

const docs = (items: FeedItem[]) => items.flatMap((i) => ('input' in i ? [i.input] : []));
const errors = (items: FeedItem[]) => items.flatMap((i) => ('error' in i ? [i.error.describe()] : []));

describe('readFeed', () => {
  it('reads RSS 2.0 items with link, date as written, language, and full content over the description', () => {
    const items = [...readFeed(rss, 'f.rss')];
    const [first, titleOnly, bolivia] = docs(items);
    assert.deepEqual(first, {
      text: 'Chile y Perú firman un acuerdo pesquero\n\nLos cancilleres firmaron el texto en Lima.\n\nLa pesca de anchoveta queda regulada & vigilada.',
      title: 'Chile y Perú firman un acuerdo pesquero',
      published: '2026-02-04',
      lang: 'es',
      url: 'https://diario.example/2026/02/pesca',
      sourceId: 'https://diario.example/2026/02/pesca',
    });
    assert.equal(titleOnly?.text, 'Sin cuerpo');
    assert.equal(titleOnly?.sourceId, 'solo-titulo');
    assert.equal(bolivia?.text, 'Bolivia & Paraguay\n\nAmbos gobiernos anunciaron una ruta comercial.');
    assert.equal(bolivia?.sourceId, 'f.rss item 4', 'without link or guid the item is named by its place');
    assert.deepEqual(errors(items), ['f.rss item 3: the item has neither a title nor any content']);
  });

  it('reads Atom entries: the alternate link, published or updated, content or summary', () => {
    const [a, b] = docs([...readFeed(atom, 'w.atom')]);
    assert.equal(a?.url, 'https://wire.example/canada-mexico');
    assert.equal(a?.published, '2026-03-02');
    assert.equal(a?.lang, 'en');
    assert.equal(a?.text, 'Canada opens a trade office in Mexico City\n\nThe office will help small exporters.');
    assert.equal(b?.url, null);
    assert.equal(b?.sourceId, 'urn:wire:2');
    assert.equal(b?.published, '2026-03-03');
  });

  // Issue 16: entities a feed escapes once more than a page were stored literally ("acus&oacute;").
  it('decodes HTML entities in every field: titles, plain descriptions, CDATA, links', () => {
    const xml = `<?xml version="1.0"?><rss><channel>
      <item><title>Brasil acus&amp;oacute; a Venezuela &amp;amp; Guyana</title>
        <description>El canciller habl&amp;oacute; del l&amp;iacute;mite &amp;quot;en disputa&amp;quot;.</description>
        <link>https://diario.example/nota?id=7&amp;amp;s=2</link></item>
      <item><title><![CDATA[Per&uacute; y Chile]]></title><description><![CDATA[Reuni&oacute;n en Tacna &nbsp;hoy.]]></description></item>
    </channel></rss>`;
    const [a, b] = docs([...readFeed(xml, 'e.rss')]);
    assert.equal(a?.title, 'Brasil acusó a Venezuela & Guyana');
    assert.equal(a?.text, 'Brasil acusó a Venezuela & Guyana\n\nEl canciller habló del límite "en disputa".');
    assert.equal(a?.url, 'https://diario.example/nota?id=7&s=2');
    assert.equal(b?.text, 'Perú y Chile\n\nReunión en Tacna hoy.');
  });

  it('holds each item to the document limit, and says when a feed has no items', () => {
    const xml = `<rss><channel><item><title>Corta</title></item><item><title>Larga</title><description>${'palabra '.repeat(50)}</description></item></channel></rss>`;
    const items = [...readFeed(xml, 'l.rss', 100)];
    assert.deepEqual(docs(items).map((d) => d.title), ['Corta']);
    assert.deepEqual(errors(items), ['l.rss item 2: 0.0 MB of text, over the 0.0 MB limit for one document']);
    assert.deepEqual([...readFeed('<rss><channel><title>x</title></channel></rss>', 'v.rss')], [{ where: 'v.rss', notice: 'the feed has no items' }]);
  });

  const broken: Array<[string, string, RegExp]> = [
    ['an unclosed tag', '<rss><channel><item><title>Roto</item></channel></rss>', /f\.xml: broken XML at line 1/],
    ['a truncated file', '<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>a</title>', /broken XML at line \d+/],
    ['XML that is not a feed', '<?xml version="1.0"?><catalogo><libro/></catalogo>', /not an RSS or Atom feed/],
  ];
  for (const [what, xml, message] of broken) {
    it(`rejects ${what} with the line`, () => {
      assert.throws(() => [...readFeed(xml, 'f.xml')], (e: Error & { describe(): string }) => message.test(e.describe()));
    });
  }
});

describe('feedDay', () => {
  const cases: Array<[string | null, string | null]> = [
    ['Wed, 04 Feb 2026 23:30:00 -0500', '2026-02-04'],
    ['4 Feb 2026 10:00 GMT', '2026-02-04'],
    ['2026-02-04T23:30:00-05:00', '2026-02-04'],
    ['Sept 2026', null],
    ['mañana', null],
    [null, null],
  ];
  for (const [value, day] of cases) it(`${value} -> ${day}`, () => assert.equal(feedDay(value), day));
});
