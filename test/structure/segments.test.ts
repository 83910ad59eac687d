import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Lang, SegmentKind } from '../../src/core/analysis.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { NO_TRACE, TraceLog } from '../../src/core/tracer.js';
import { segmentText } from '../../src/structure/segments.js';

/** Each segment as "kind: first words…" — the expected kind of every segment, in order. */
type Expected = Array<[SegmentKind, string]>;

function describeSegments(text: string, lang: Lang): Expected {
  return segmentText(text, lang, NO_TRACE).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

function assertSegments(text: string, lang: Lang, expected: Expected): void {
  const got = describeSegments(text, lang);
  const show = (xs: Expected): string[] => xs.map(([k, t]) => `${k}: ${t.slice(0, 50)}`);
  assert.equal(got.length, expected.length, `segment count\n${show(got).join('\n')}`);
  got.forEach(([kind, t], i) => {
    const [wantKind, prefix] = expected[i]!;
    assert.ok(t.startsWith(prefix), `segment ${i} starts "${prefix}", got "${t.slice(0, 60)}"`);
    assert.equal(kind, wantKind, `segment ${i} "${t.slice(0, 60)}"`);
  });
}

const FIXTURES: Array<[string, Lang, Expected]> = [
  ['es-efe-pesca-bruselas.txt', 'es', [
    ['title', 'La UE y Marruecos cierran'],
    ['dateline', 'BRUSELAS, 3 mar (EFE).-'],
    ['body', 'La Comisión Europea'],
    ['teaser', 'Lee también:'],
    ['body', 'El pacto, que todavía'],
    ['caption', 'Foto: EFE'],
    ['heading', 'Las cofradías piden'],
    ['body', 'Las cofradías de pescadores'],
    ['body', 'El portavoz'],
    ['heading', 'Qué cambia para la flota'],
    ['body', 'Los barcos deberán'],
    ['boilerplate', 'Síguenos en X'],
  ]],
  ['es-lima-elecciones.txt', 'es', [
    ['title', 'Perú aplaza'],
    ['byline', 'Por Lucía Ramírez | Corresponsal en Lima'],
    ['dateline', 'Lima.-'],
    ['body', 'El Jurado Nacional'],
    ['caption', 'Miles de simpatizantes'],
    ['body', 'El organismo electoral'],
    ['teaser', 'Messi vuelve a entrenar'],
    ['body', 'La misión de observadores'],
    ['teaser', 'Te puede interesar'],
    ['teaser', 'Chile aprueba el retiro'],
    ['teaser', 'Las lluvias dejan'],
    ['heading', 'Una campaña marcada'],
    ['body', 'La campaña electoral'],
    ['fragment', 'y cuáles son los próximos pasos'],
    ['boilerplate', 'Publicidad'],
    ['boilerplate', 'Utilizamos cookies'],
  ]],
  ['es-europapress-gas.txt', 'es', [
    ['title', 'Argelia y España'],
    ['dateline', 'Actualizado: 12/11/2026 10:45'],
    ['dateline', 'MADRID, 12 (EUROPA PRESS) -'],
    ['body', 'La vicepresidenta'],
    ['body', 'Según el Ministerio'],
    ['teaser', 'Más información: Bruselas'],
    ['heading', 'Un gasoducto clave'],
    ['body', 'El Medgaz'],
    ['fragment', '…y añadió'],
    ['body', 'Las dos delegaciones'],
    ['boilerplate', 'Compartir'],
    ['boilerplate', '© 2026 Diario del Sur'],
  ]],
  ['es-mexico-aranceles.txt', 'es', [
    ['title', 'México responde'],
    ['dateline', 'Ciudad de México, 3 de abril.-'],
    ['body', 'La Secretaría de Economía'],
    ['teaser', 'LEA TAMBIÉN El peso cae'],
    ['body', 'La secretaria de Economía dijo'],
    ['caption', 'Imagen de archivo'],
    ['heading', 'Los empresarios piden diálogo'],
    ['body', 'Las cámaras empresariales'],
    ['byline', 'Redacción'],
    ['fragment', 'ver aquí.'],
  ]],
  ['es-santiago-cable.txt', 'es', [
    ['title', 'Chile y Argentina acuerdan'],
    ['dateline', 'SANTIAGO, 3 mar (EFE).-'],
    ['body', 'Los gobiernos de Chile y Argentina acordaron este\nmartes'],
    ['body', 'El ministro chileno'],
    ['heading', 'Camiones varados en la cordillera'],
    ['body', 'Más de 2.000 camiones'],
    ['caption', 'Foto: EFE'],
  ]],
  ['es-caracas-oposicion.txt', 'es', [
    ['title', 'La oposición venezolana'],
    ['byline', 'Por Andrés Mejía y Carla Rojas'],
    ['dateline', '3 de marzo de 2026, 10:45 h'],
    ['dateline', 'CARACAS (AFP) —'],
    ['body', 'La Plataforma Unitaria'],
    ['caption', '(Foto: Reuters)'],
    ['teaser', 'Ver también: La FAO'],
    ['body', 'El coordinador'],
    ['heading', '¿Qué pasará ahora'],
    ['body', 'La Unión Europea ya envió'],
    ['fragment', 'El Gobierno no ha respondido a la petición de'],
    ['teaser', 'Noticias relacionadas'],
    ['teaser', 'Bolivia convoca'],
    ['teaser', 'El FMI mejora'],
  ]],
  ['en-reuters-geneva-talks.txt', 'en', [
    ['title', 'Armenia and Azerbaijan resume'],
    ['dateline', 'GENEVA, May 5 (Reuters) -'],
    ['body', 'Armenian and Azerbaijani negotiators'],
    ['teaser', 'Related: Oil climbs'],
    ['body', 'The talks, hosted by Switzerland'],
    ['caption', 'FILE PHOTO:'],
    ['heading', 'Sticking points remain'],
    ['body', 'Diplomats said'],
    ['body', 'A second round'],
    ['byline', '(Reporting by Emma Farge'],
  ]],
  ['en-ap-nairobi-protests.txt', 'en', [
    ['title', 'Kenyan police fire tear gas'],
    ['byline', 'By Grace Wanjiru and Tom Odula'],
    ['dateline', 'NAIROBI, Kenya (AP) —'],
    ['body', 'Police in Kenya'],
    ['caption', 'Protesters run from tear gas'],
    ['teaser', 'ALSO READ | Taylor Swift'],
    ['body', 'The bill, which lawmakers'],
    ['heading', 'Lawmakers under pressure'],
    ['body', 'Several lawmakers'],
    ['teaser', 'Wildfires force thousands'],
    ['body', 'Rights groups said'],
    ['boilerplate', 'Advertisement'],
    ['byline', 'Associated Press'],
  ]],
  ['en-london-sanctions.txt', 'en', [
    ['title', 'UK freezes assets'],
    ['dateline', 'LONDON —'],
    ['body', 'Britain froze the assets'],
    ['caption', 'Photograph: Port of Felixstowe'],
    ['body', 'The Foreign Office said'],
    ['teaser', 'Read more'],
    ['teaser', 'How central banks'],
    ['teaser', 'The best winter walks'],
    ['heading', 'What happens next'],
    ['body', 'The companies have 28 days'],
    ['fragment', '), the minister told reporters.'],
    ['boilerplate', 'Sign up for our morning briefing'],
    ['boilerplate', 'This website uses cookies'],
  ]],
  ['en-kyiv-grain-wrapped.txt', 'en', [
    ['title', 'Ukraine and Poland agree'],
    ['byline', 'By OLENA KOVALENKO, Staff Writer'],
    ['dateline', 'Updated March 3, 2026, 10:45 a.m.'],
    ['dateline', 'KYIV, Ukraine —'],
    ['body', 'Ukraine and Poland agreed on Friday to set up a joint\nlicensing system'],
    ['body', 'Under the deal'],
    ['caption', 'Watch: Scientists track'], // a video box's title: no events, no actors
    ['heading', 'Farmers say they will keep watching'],
    ['body', "Polish farmers' unions said they would suspend their protests but keep\nwatching"],
    ['boilerplate', 'Share this article'],
    ['teaser', 'More from World'],
    ['teaser', "Japan's ruling party"],
    ['teaser', "Brazil's central bank"],
  ]],
  ['es-guatemala-presupuesto.txt', 'es', [
    ['boilerplate', 'Inicio > Internacional > América'],
    ['boilerplate', 'Internacional'],
    ['title', 'El Congreso de Guatemala aprueba'],
    ['heading', 'La oposición denunció irregularidades'],
    ['byline', 'Por Redacción Internacional'],
    ['dateline', 'Guatemala, 14 nov (EFE).-'],
    ['body', 'El Congreso de Guatemala aprobó'],
    ['body', 'Los diputados de la oposición'],
    ['body', '"Es una burla'],
    ['body', 'El presidente del Congreso'],
    ['teaser', 'Guatemala registra su mayor caída'],
    ['heading', 'La Corte tendrá la última palabra'],
    ['body', 'La Corte de Constitucionalidad'],
    ['boilerplate', 'Archivado en:'],
  ]],
  ['en-woodside-summit.txt', 'en', [
    ['title', 'Biden and Xi agree'],
    ['dateline', 'WOODSIDE, Calif. —'],
    ['body', 'President Joe Biden'],
    ['body', 'The two leaders met'],
    ['heading', 'Fentanyl and Taiwan on the Agenda'],
    ['body', 'Biden said China'],
    ['teaser', "China's Economy Slows"],
    ['body', 'Xi told business leaders'],
    ['boilerplate', 'Copyright 2026 The Associated Press'],
  ]],
];

describe('segmentText on the fixture articles', () => {
  for (const [file, lang, expected] of FIXTURES) {
    it(file, () => {
      const text = readFileSync(`${PROJECT_ROOT}test/fixtures/articles/${file}`, 'utf8');
      assertSegments(text, lang, expected);
    });
  }
});

/** Short documents for one rule each; the first line is always the title. */
const CASES: Array<[string, Lang, string, Expected]> = [
  ['a dateline with agency and day only', 'es',
    'Título de prueba\n\nMADRID, 12 (EUROPA PRESS) - El Gobierno aprobó el plan.',
    [['title', 'Título'], ['dateline', 'MADRID, 12 (EUROPA PRESS) -'], ['body', 'El Gobierno aprobó']]],
  ['a dateline with a region and an em dash', 'en',
    'Test headline\n\nSPRINGFIELD, Ill. (AP) — The governor signed the bill.',
    [['title', 'Test'], ['dateline', 'SPRINGFIELD, Ill. (AP) —'], ['body', 'The governor']]],
  ['a dateline standing alone on its line', 'es',
    'Título de prueba\n\nBogotá, 12 may (EFE)\n\nEl presidente firmó el decreto.',
    [['title', 'Título'], ['dateline', 'Bogotá, 12 may (EFE)'], ['body', 'El presidente']]],
  ['a title-case place with the agencies\' ".-"', 'es',
    'Título de prueba\n\nBuenos Aires.- El Congreso aprobó la ley.',
    [['title', 'Título'], ['dateline', 'Buenos Aires.-'], ['body', 'El Congreso']]],
  ['not a dateline: a name, a dash and lower case', 'es',
    'Título de prueba\n\nPedro Sánchez — presidente del Gobierno — dijo que habrá acuerdo.',
    [['title', 'Título'], ['body', 'Pedro Sánchez']]],
  ['not a dateline: a title-case name and a dash', 'en',
    'Test headline\n\nWashington - The White House said talks would go on.',
    [['title', 'Test'], ['body', 'Washington']]],
  ['not a dateline: an acronym label with a colon', 'es',
    'Título de prueba\n\nOTAN: Los aliados aumentan el gasto militar hasta el 3 %.',
    [['title', 'Título'], ['body', 'OTAN:']]],
  ['not a dateline: a date inside the first sentence', 'es',
    'Título de prueba\n\nEste miércoles 4 de febrero 2026, los presidentes hablaron por teléfono.',
    [['title', 'Título'], ['body', 'Este miércoles']]],
  ['not a byline: "Por su parte"', 'es',
    'Título de prueba\n\nPor su parte, el ministro dijo que no habrá cambios.',
    [['title', 'Título'], ['body', 'Por su parte']]],
  ['not a byline: "Por" and a country in a sentence', 'es',
    'Título de prueba\n\nPor Estados Unidos, el secretario de Estado asistió a la reunión.',
    [['title', 'Título'], ['body', 'Por Estados Unidos']]],
  ['not a byline: "By" and a weekday', 'en',
    'Test headline\n\nBy Tuesday, the talks had collapsed.',
    [['title', 'Test'], ['body', 'By Tuesday']]],
  ['bylines of other shapes', 'es',
    'Título de prueba\n\nPor MARÍA LÓPEZ\n\nEl Gobierno aprobó el plan.\n\nCon información de EFE y Reuters',
    [['title', 'Título'], ['byline', 'Por MARÍA'], ['body', 'El Gobierno'], ['byline', 'Con información']]],
  ['not a teaser cue: "Más información" in a sentence', 'es',
    'Título de prueba\n\nMás información sobre el plan se dará a conocer el lunes.',
    [['title', 'Título'], ['body', 'Más información']]],
  ['not a teaser cue: "Related" as an adjective', 'en',
    'Test headline\n\nRelated talks will resume next week in Vienna.',
    [['title', 'Test'], ['body', 'Related talks']]],
  ['not boilerplate: "Compartir" and "Share" starting sentences', 'es',
    'Título de prueba\n\nCompartir la carga fiscal es una prioridad, dijo el ministro.\n\nShare prices fell on Monday.',
    [['title', 'Título'], ['body', 'Compartir la carga'], ['body', 'Share prices']]],
  ['not a caption: "Imagen" starting a sentence', 'es',
    'Título de prueba\n\nImagen pública del Gobierno se deteriora, según una encuesta.',
    [['title', 'Título'], ['body', 'Imagen pública']]],
  ['captions of other shapes', 'en',
    'Test headline\n\nThe minister spoke to reporters.\n\nThe minister arrives in Brussels. REUTERS/Yves Herman\n\nA view of the port (Photo by Jane Roe/AFP via Getty Images)',
    [['title', 'Test'], ['body', 'The minister spoke'], ['caption', 'The minister arrives'], ['caption', 'A view of the port']]],
  ['boilerplate of other shapes', 'es',
    'Título de prueba\n\nEl Gobierno aprobó el plan.\n\nÚnete a nuestro canal de WhatsApp\n\nWhatsApp\n\nEtiquetas: Rusia, China, Diplomacia',
    [['title', 'Título'], ['body', 'El Gobierno'], ['boilerplate', 'Únete'], ['boilerplate', 'WhatsApp'], ['boilerplate', 'Etiquetas']]],
  ['a lower-case brand is not a fragment', 'es',
    'Título de prueba\n\niPhone 17 llega a las tiendas europeas con un precio más alto.',
    [['title', 'Título'], ['body', 'iPhone']]],
  ['fragments: a bare link, punctuation only, a cut-off end', 'en',
    'Test headline\n\nThe minister spoke to reporters.\n\nhttps://example.org/story/123\n\n* * *\n\nThe minister said that the',
    [['title', 'Test'], ['body', 'The minister'], ['fragment', 'https://'], ['fragment', '* * *'], ['fragment', 'The minister said that the']]],
  ['a heading previews the next paragraph, an unrelated headline is a teaser', 'es',
    'Bolivia suspende las exportaciones de carne\n\nEl Gobierno de Bolivia suspendió las exportaciones de carne de res durante tres meses para contener los precios.\n\nEl Real Madrid ficha a un delantero brasileño\n\nLos ganaderos protestan\n\nLos ganaderos del oriente protestaron en Santa Cruz contra la suspensión y anunciaron bloqueos de carreteras.',
    [['title', 'Bolivia'], ['body', 'El Gobierno'], ['teaser', 'El Real Madrid'], ['heading', 'Los ganaderos protestan'], ['body', 'Los ganaderos del oriente']]],
  ['headlines stacked one on another are other stories, even on the same subject', 'es',
    'Perú y Ecuador firman un acuerdo de aguas\n\nLos gobiernos de Perú y Ecuador firmaron un acuerdo sobre el río Zarumilla.\n\nPerú y Ecuador reabren la frontera tras un año cerrada\n\nEcuador expulsa al embajador de Perú por una disputa de aguas\n\nEl acuerdo fija el reparto de las aguas del río entre los dos países.',
    [['title', 'Perú'], ['body', 'Los gobiernos'], ['teaser', 'Perú y Ecuador reabren'], ['heading', 'Ecuador expulsa'], ['body', 'El acuerdo fija']]],
  ['a run of headlines at the end of an English story', 'en',
    'Kenya and Uganda sign a rail deal\n\nKenya and Uganda signed a deal on Tuesday to extend the railway to Kampala.\n\nUganda and Kenya agree to share power lines\n\nKenya recalls its envoy to Uganda over a border row',
    [['title', 'Kenya'], ['body', 'Kenya and Uganda signed'], ['teaser', 'Uganda and Kenya agree'], ['teaser', 'Kenya recalls']]],
  ['not a run: a short section label over a heading', 'es',
    'Perú y Ecuador firman un acuerdo de aguas\n\nLos gobiernos de Perú y Ecuador firmaron un acuerdo sobre el río Zarumilla.\n\nEl contexto\n\nUna disputa de aguas que dura décadas\n\nLa disputa por las aguas del río enfrenta a los dos países desde hace décadas.',
    [['title', 'Perú'], ['body', 'Los gobiernos'], ['heading', 'El contexto'], ['heading', 'Una disputa'], ['body', 'La disputa']]],
  ['a headline with no text after it is a teaser', 'en',
    'Test headline about the summit\n\nLeaders met at the summit on Monday.\n\nMarkets rally as inflation eases',
    [['title', 'Test'], ['body', 'Leaders met'], ['teaser', 'Markets rally']]],
  ['a body paragraph without a final stop stays body when long', 'es',
    'Título de prueba\n\nEl ministro de Economía anunció que el Gobierno presentará un nuevo plan de inversiones públicas en infraestructuras, educación y sanidad antes de que termine el año, con un presupuesto de 3.000 millones de euros',
    [['title', 'Título'], ['body', 'El ministro']]],
  ['a list item is body', 'es',
    'Título de prueba\n\nEl plan incluye tres medidas:\n\n- reducir el IVA de los alimentos\n\n- congelar los alquileres',
    [['title', 'Título'], ['body', 'El plan'], ['body', '- reducir'], ['body', '- congelar']]],
  ['Windows line endings and indentation', 'es',
    'Título de prueba\r\n\r\n   MADRID, 3 mar (EFE).- El Gobierno aprobó el plan.  \r\n',
    [['title', 'Título de prueba'], ['dateline', 'MADRID, 3 mar (EFE).-'], ['body', 'El Gobierno aprobó el plan.']]],
  ['a headline list is not taken for a hard-wrapped paragraph', 'en',
    'Related stories\nThe central bank raises rates again\nFarmers block roads in protest over fuel\nA new bridge opens over the river Tagus',
    [['teaser', 'Related stories'], ['title', 'The central bank'], ['teaser', 'Farmers block'], ['teaser', 'A new bridge']]],
  ['a section name over the headline, a tag line at the end', 'es',
    'Internacional\n\nEl Congreso aprueba el presupuesto tras una sesión nocturna\n\nEl Congreso aprobó el presupuesto de madrugada.\n\nArchivado en: Congreso, Presupuesto',
    [['boilerplate', 'Internacional'], ['title', 'El Congreso aprueba'], ['body', 'El Congreso aprobó'], ['boilerplate', 'Archivado en']]],
  ['an author alone on a line and a place-and-date stamp under the title', 'es',
    'El Gobierno presenta su reforma de pensiones\n\nMaría José Fuentes\n\nSantiago | 3 mar 2026 - 10:45\n\nEl Gobierno presentó su reforma.\n\nGetty Images',
    [['title', 'El Gobierno presenta'], ['byline', 'María José Fuentes'], ['dateline', 'Santiago | 3 mar'], ['body', 'El Gobierno presentó'], ['caption', 'Getty Images']]],
  ['a generic heading opener needs no shared words', 'es',
    'Irán y Arabia Saudí reabren sus embajadas\n\nTeherán y Riad reabrieron sus embajadas este martes.\n\nLas claves del acercamiento\n\nEl acuerdo firmado en Pekín incluía un pacto de no injerencia.',
    [['title', 'Irán'], ['body', 'Teherán'], ['heading', 'Las claves'], ['body', 'El acuerdo']]],
  ['not a generic heading: the same opener in a sentence', 'es',
    'Título de prueba\n\nLas claves del acuerdo se negociaron durante meses en Ginebra.',
    [['title', 'Título'], ['body', 'Las claves']]],
];

describe('segmentText rules', () => {
  for (const [what, lang, text, expected] of CASES) it(what, () => assertSegments(text, lang, expected));

  it('takes the first line as the title when it matches the title given with the input', () => {
    const text = 'Chile reabre el paso de Los Libertadores\n\nEl Gobierno reabrió el paso fronterizo este martes.';
    assert.deepEqual(segmentText(text, 'es', NO_TRACE, 'Chile reabre el paso de  los Libertadores').map((s) => s.kind), ['title', 'body']);
  });

  it('does not take the lead sentence for the title when the input gave another title', () => {
    const text = 'El Gobierno reabrió el paso fronterizo este martes.\n\nLos camiones empezaron a cruzar por la tarde.';
    assert.deepEqual(segmentText(text, 'es', NO_TRACE, 'Chile reabre el paso').map((s) => s.kind), ['body', 'body']);
    assert.deepEqual(segmentText(text, 'es', NO_TRACE).map((s) => s.kind), ['title', 'body']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(segmentText('', 'es', NO_TRACE), []);
    assert.deepEqual(segmentText(' \n\n \t\n', 'es', NO_TRACE), []);
  });

  it('gives trimmed, ordered, non-overlapping spans that leave the text untouched', () => {
    const text = readFileSync(`${PROJECT_ROOT}test/fixtures/articles/es-lima-elecciones.txt`, 'utf8');
    const segments = segmentText(text, 'es', NO_TRACE);
    let last = 0;
    for (const s of segments) {
      assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
      assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
      last = s.end;
    }
  });

  it('records the rule behind every segment when tracing', () => {
    const log = new TraceLog();
    const text = 'Título de prueba\n\nBRUSELAS, 3 mar (EFE).- La UE aprobó el plan.\n\nLee también: Otra noticia distinta';
    const segments = segmentText(text, 'es', log);
    assert.deepEqual(log.entries.map((e) => e.rule), [
      'segment.title.first-line', 'segment.dateline.agency', 'segment.body.after-dateline', 'segment.teaser.cue.lead',
    ]);
    assert.equal(log.entries.length, segments.length);
  });
});
