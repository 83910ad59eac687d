import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SegmentKind } from '../../src/core/analysis.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { analyze } from '../../src/index.js';
import {
  isPlayerClock, isPostSignature, isReadingTime, isRelativeStamp, isSocialPost, splitBylineStamp,
} from '../../src/structure/segment-clutter.js';
import { matchCue } from '../../src/structure/segment-cues.js';
import { segmentText } from '../../src/structure/segments.js';

const words = (s: string): number => s.trim().split(/\s+/).length;

describe('shapes of page clutter', () => {
  const cases: Array<[string, (s: string) => boolean, string, boolean]> = [
    ['post', (s) => isSocialPost(s, 0, s.length, words(s)), '— Marta Ruiz (@martaruiz) March 9, 2026', true],
    ['post', (s) => isSocialPost(s, 0, s.length, words(s)), 'Seguimos trabajando por el empleo pic.twitter.com/Zx81Qw', true],
    ['post', (s) => isSocialPost(s, 0, s.length, words(s)), 'Read the thread at https://x.com/mayoroffice/status/1234567890', true],
    ['post', (s) => isSocialPost(s, 0, s.length, words(s)), 'The mayor wrote on X that the budget would pass (@mayoroffice is her account).', false],
    ['post', (s) => isSocialPost(s, 0, s.length, words(s)), 'La alcaldesa — que llegó tarde — habló con la prensa.', false],
    ['signature', (s) => isPostSignature(s, 0, s.length), '— Marta Ruiz (@martaruiz) 9 de marzo de 2026', true],
    ['signature', (s) => isPostSignature(s, 0, s.length), 'Marta Ruiz (@martaruiz) 9 de marzo de 2026', false],
    ['clock', (s) => isPlayerClock(s, 0, s.length), 'Duration 3:05', true],
    ['clock', (s) => isPlayerClock(s, 0, s.length), '0:00 / 1:47', true],
    ['clock', (s) => isPlayerClock(s, 0, s.length), 'Duración: 04:12', true],
    ['clock', (s) => isPlayerClock(s, 0, s.length), 'La sesión empezó a las 9:30', false],
    ['relative stamp', (s) => isRelativeStamp(s, 0, s.length), 'Hace 5 horas', true],
    ['relative stamp', (s) => isRelativeStamp(s, 0, s.length), 'Publicado hace 20 minutos', true],
    ['relative stamp', (s) => isRelativeStamp(s, 0, s.length), '2 hours ago', true],
    ['relative stamp', (s) => isRelativeStamp(s, 0, s.length), 'Hace 5 años que no llueve así.', false],
    ['relative stamp', (s) => isRelativeStamp(s, 0, s.length), 'Two years ago the plant closed.', false],
    ['reading time', (s) => isReadingTime(s, 0, s.length, words(s)), 'Marta Ruiz · 4 min read', true],
    ['reading time', (s) => isReadingTime(s, 0, s.length, words(s)), 'Tiempo de lectura: 3 min', true],
    ['reading time', (s) => isReadingTime(s, 0, s.length, words(s)), '6 minutos de lectura', true],
    ['reading time', (s) => isReadingTime(s, 0, s.length, words(s)), 'The debate lasted 40 min.', false],
  ];
  for (const [what, test, text, expected] of cases) it(`${what}: ${expected ? '' : 'not '}"${text}"`, () => assert.equal(test(text), expected));

  const splits: Array<[string, string | null, string | null]> = [
    ['By Marta Ruiz | March 9, 2026, 8:10 a.m.', 'By Marta Ruiz', 'March 9, 2026, 8:10 a.m.'],
    ['Por Pablo Soto - 9 de marzo de 2026 08:10 h', 'Por Pablo Soto', '9 de marzo de 2026 08:10 h'],
    ['Por Jean-Paul Martin | 9 mar 2026', 'Por Jean-Paul Martin', '9 mar 2026'],
    ['Santiago | 9 mar 2026 - 08:10', null, null],
    ['By Tuesday, March 9, 2026, the talks had collapsed.', null, null],
    ['By Marta Ruiz, Reuters · Updated 2 hours ago', 'By Marta Ruiz, Reuters', 'Updated 2 hours ago'],
    ['By Marta Ruiz | Updated March 9, 2026 8:10 a.m. ET', 'By Marta Ruiz', 'Updated March 9, 2026 8:10 a.m. ET'],
    ['Por Pablo Soto · Actualizado: 09/03/2026 08:10', 'Por Pablo Soto', 'Actualizado: 09/03/2026 08:10'],
    ['PABLO SOTO | Valencia | 09/03/2026 - 08:10', 'PABLO SOTO', 'Valencia | 09/03/2026 - 08:10'],
    ['Pablo Soto · Valencia · 9 mar 2026 - 08:10 CET', 'Pablo Soto', 'Valencia · 9 mar 2026 - 08:10 CET'],
    // A place and a stamp, with no author: a dateline, not a byline.
    ['Santiago de Chile | 9 mar 2026 - 08:10', null, null],
    ['Pablo Soto, Valencia, 9 mar 2026', null, null],
  ];
  for (const [line, byline, stamp] of splits) {
    it(`byline and stamp: "${line}"`, () => {
      const m = splitBylineStamp(line, 0, 0, line.length, words(line));
      if (byline === null) return assert.equal(m, null);
      assert.ok(m);
      assert.equal(line.slice(0, m.bylineEnd), byline);
      assert.equal(line.slice(m.stampStart), stamp);
    });
  }
});

/** One clutter line between two paragraphs of a short article, and the kind(s) it must get. */
const TITLE = { es: 'El puerto de Valencia amplía su terminal de contenedores', en: 'The port of Valencia expands its container terminal' };
const FIRST = {
  es: 'La autoridad portuaria aprobó el lunes la ampliación de la terminal norte con una inversión de 90 millones.',
  en: 'The port authority approved on Monday the expansion of the north terminal with an investment of 90 million euros.',
};
const LAST = {
  es: 'Las obras empezarán en otoño y durarán dos años, según la autoridad portuaria.',
  en: 'Work will start in the autumn and last two years, the port authority said.',
};
const LINES: Array<[string, 'es' | 'en', string, SegmentKind[]]> = [
  ['a newsletter box', 'en', 'Get the Business Briefing delivered to your inbox', ['boilerplate']],
  ['a newsletter e-mail field', 'en', 'Enter your email address', ['boilerplate']],
  ['a newsletter consent line', 'en', 'By signing up, you agree to receive our emails.', ['boilerplate']],
  ['a newsletter box', 'es', 'Recibe cada mañana el resumen de la economía en tu correo', ['boilerplate']],
  ['a newsletter e-mail field', 'es', 'Introduce tu correo electrónico', ['boilerplate']],
  ['a newsletter consent line', 'es', 'Al registrarte aceptas las condiciones de uso.', ['boilerplate']],
  ['a video player button', 'en', 'Play Video', ['boilerplate']],
  ['a video player clock', 'en', 'Duration 1:58', ['boilerplate']],
  ['an audio player', 'en', 'Listen to this article', ['boilerplate']],
  ['a video player button', 'es', 'Reproducir vídeo', ['boilerplate']],
  ['a video player clock', 'es', '0:00 / 3:12', ['boilerplate']],
  ['an audio player', 'es', 'Escucha esta noticia', ['boilerplate']],
  ['a video title', 'es', 'Vídeo | Así será la nueva terminal del puerto', ['caption']],
  ['a bracketed related link', 'en', '[Read more: Dockers in Genoa call a two-day strike]', ['teaser']],
  ['a bracketed related link', 'es', '[Lee también: Los estibadores de Algeciras convocan huelga]', ['teaser']],
  ['a related link that shares the article\'s words', 'en', 'See also: Port authority approves a terminal in Bilbao', ['teaser']],
  ['a see-also link', 'es', 'Lea además: El puerto de Bilbao estrena una grúa', ['teaser']],
  ['a see-also link', 'es', 'También puede leer: Cae el tráfico de mercancías', ['teaser']],
  ['an image credit run', 'en', 'Image copyright EPA Image caption Cranes at the north terminal on Monday', ['caption']],
  ['an image source line', 'en', 'Image source, AFP', ['caption']],
  ['an image source line', 'es', 'Fuente de la imagen, EFE', ['caption']],
  ['a caption label', 'es', 'Pie de foto, Grúas en la terminal norte', ['caption']],
  ['an embedded post link', 'es', 'Arrancan las obras pic.twitter.com/Qw12Er', ['boilerplate']],
  ['an embedded post frame', 'en', 'View this post on Instagram', ['boilerplate']],
  ['an embedded post frame', 'es', 'Una publicación compartida por Puerto de Valencia (@portvalencia)', ['boilerplate']],
  ['a photo credit', 'es', 'EFE/Manuel Bruque', ['caption']],
  ['a photo credit', 'en', 'Photograph: Ana Beltrán/Reuters', ['caption']],
  ['a byline run into its timestamp', 'en', 'By Marta Ruiz | March 9, 2026, 8:10 a.m.', ['byline', 'dateline']],
  ['a byline run into its timestamp', 'es', 'Por Pablo Soto | 9 de marzo de 2026 - 08:10 h', ['byline', 'dateline']],
  ['a byline with a reading time', 'en', 'Marta Ruiz, Reuters · 4 min read', ['byline']],
  ['a relative stamp', 'es', 'Hace 3 horas', ['dateline']],
  ['a file-photo caption', 'en', 'In this file photo taken on June 2, 2024, a ship unloads at the north terminal.', ['caption']],
  ['a file-photo caption', 'es', 'En esta foto de archivo, un buque descarga en la terminal norte.', ['caption']],
  ['a newsletter box', 'es', 'Boletín semanal: lo mejor de la economía en tu email', ['boilerplate']],
  ['a newsletter box', 'en', 'Get our free newsletter every Friday', ['boilerplate']],
  ['a newsletter box', 'es', 'Apúntate a nuestra newsletter de los lunes', ['boilerplate']],
  ['a video box', 'en', 'Watch: Dockers march through the port', ['caption']],
  ['a video box', 'en', 'WATCH | Cranes arrive at the north terminal', ['caption']],
  ['a video title with its running time', 'es', 'Así será la nueva terminal (02:15)', ['caption']],
  ['a video title with its running time', 'en', 'The new terminal in 90 seconds | 01:30', ['caption']],
  ['a copyright label', 'en', 'Copyright: AFP', ['caption']],
  ['a copyright sign', 'es', '© EFE 2026', ['boilerplate']],
  ['an agency photo credit closing a caption', 'en', 'Cranes at the north terminal in Valencia, Spain, March 9, 2026. REUTERS/Pablo Soto', ['caption']],
  ['a file photo caption', 'en', 'FILE PHOTO: Cranes at the north terminal in Valencia, Spain, March 9, 2026. REUTERS/Pablo Soto/File Photo', ['caption']],
  ['a file photo caption', 'es', 'FOTO DE ARCHIVO: Grúas en la terminal norte del puerto', ['caption']],
  ['a file image label', 'es', 'Imagen de archivo', ['caption']],
  ['a bracketed see-also link', 'en', '[See also: Rotterdam opens a hydrogen terminal]', ['teaser']],
  ['a bracketed related link', 'es', '[Te puede interesar: Cae el tráfico de mercancías en Barcelona]', ['teaser']],
  ['an upper-case see-also link', 'es', 'LEA TAMBIÉN: Cae el tráfico de mercancías en Barcelona', ['teaser']],
  ['a byline run into a relative stamp', 'en', 'By Marta Ruiz, Reuters · Updated 2 hours ago', ['byline', 'dateline']],
  ['a byline run into a stamp with its time zone', 'en', 'By Marta Ruiz | Updated March 9, 2026 8:10 a.m. ET', ['byline', 'dateline']],
  ['an upper-case name, a place and a stamp', 'es', 'PABLO SOTO | Valencia | 09/03/2026 - 08:10', ['byline', 'dateline']],
  ['a name, a place and a stamp', 'es', 'Pablo Soto · Valencia · 9 mar 2026 - 08:10 CET', ['byline', 'dateline']],
  ['an embedded post with its signature', 'en', 'Work starts today on the north terminal pic.twitter.com/Lm34Np — Port of Valencia (@portvalencia) March 9, 2026', ['boilerplate']],
  ['an embedded post frame', 'es', 'Ver esta publicación en Instagram', ['boilerplate']],
  // Real text that must stay.
  ['a place and a stamp', 'es', 'Valencia | 9 mar 2026 - 08:10', ['dateline']],
  ['"boletín" in a sentence', 'es', 'El boletín oficial publicó el lunes la licitación de la terminal.', ['body']],
  ['"vídeo" in a sentence', 'es', 'Un vídeo grabado por un estibador muestra la grúa caída sobre el muelle.', ['body']],
  ['"video" in a sentence', 'en', 'A video of the crane collapse was shared widely on Monday.', ['body']],
  ['"newsletter" in a sentence', 'en', 'The newsletter of the dockers\' union called the plan a mistake.', ['body']],
  ['"watch" starting a word', 'en', 'Watchdogs said the expansion would be reviewed in June.', ['body']],
  ['a clock inside a sentence', 'es', 'Las obras empezarán el lunes a las 9:30, según la autoridad portuaria.', ['body']],
  ['a share button', 'es', 'Compartir en WhatsApp', ['boilerplate']],
  ['a share button', 'en', 'Share on LinkedIn', ['boilerplate']],
  ['a photo credit with the agency in title case', 'en', 'Reuters/Pablo Soto', ['caption']],
  ['a photo credit with the agency in title case', 'es', 'Europa Press/Ana Gil', ['caption']],
  ['an interviewer\'s question over its answer', 'es', '¿Habrá despidos?', ['heading']],
  ['an interviewer\'s question over its answer', 'en', 'Will there be layoffs?', ['heading']],
  ['an editor\'s note in brackets opening a paragraph', 'es', '(actualiza con la respuesta del sindicato) La autoridad portuaria negó que fuera a haber despidos.', ['body']],
  ['a quote opened with a stray closing mark', 'es', '» Las obras no pararán en verano, aseguró la autoridad portuaria.', ['body']],
  ['a quote opened with a closing mark is no fragment', 'es', '”No habrá despidos”, aseguró el presidente de la autoridad portuaria.', ['body']],
  ['a continued quotation is no fragment', 'es', '» La terminal podrá recibir los mayores buques del mundo, añadió.', ['body']],
  ['a quote opened with a closing mark is no fragment', 'en', '”There will be no layoffs”, the port chairman said.', ['body']],
  ['a cut-off sentence is still a fragment', 'es', '», dijo el presidente de la autoridad portuaria.', ['fragment']],
  ['"video" starting a sentence', 'en', 'Video footage showed cranes collapsing during the storm.', ['body']],
  ['"sign" starting a sentence', 'en', 'Sign-up for the new training scheme opened on Monday, the union said.', ['body']],
  ['"hace" starting a sentence', 'es', 'Hace dos años la autoridad portuaria rechazó un proyecto similar.', ['body']],
  ['"en la foto" inside a sentence', 'es', 'En la foto oficial de la cumbre faltaba el ministro de Transportes.', ['body']],
  ['a post cited in the text', 'es', 'El alcalde escribió en X que el proyecto "traerá empleo".', ['body']],
  ['"lee" starting a sentence', 'es', 'Lee el informe quien quiera: la autoridad lo publicó en su web.', ['body']],
];

describe('standing phrases that are not clutter', () => {
  const cases: Array<[string, string]> = [
    ['es', 'Compartir en familia'],
    ['en', 'Share of the vote'],
    ['es', 'Madrid/Barcelona'],
    ['en', 'Budget/Spending'],
  ];
  for (const [lang, line] of cases) {
    it(`${lang}: ${line}`, () => {
      const kind = matchCue(line, 0, 0, line.length, words(line))?.kind ?? null;
      assert.ok(kind !== 'boilerplate' && kind !== 'caption', `got ${kind}`);
    });
  }
});

describe('segmentText keeps page clutter out of the story', () => {
  for (const [what, lang, line, kinds] of LINES) {
    it(`${what} (${lang}): ${line}`, () => {
      const text = `${TITLE[lang]}\n\n${FIRST[lang]}\n\n${line}\n\n${LAST[lang]}`;
      const got = segmentText(text, lang, NO_TRACE).map((s) => s.kind);
      assert.deepEqual(got, ['title', 'body', ...kinds, 'body']);
    });
  }

  it('takes the text of an embedded post with the signature under it', () => {
    const text = `${TITLE.es}\n\n${FIRST.es}\n\nHoy arrancan las obras de la nueva terminal.\n\n— Puerto de Valencia (@portvalencia) 9 de marzo de 2026\n\n${LAST.es}`;
    assert.deepEqual(segmentText(text, 'es', NO_TRACE).map((s) => s.kind), ['title', 'body', 'boilerplate', 'boilerplate', 'body']);
  });

  const headings: Array<['es' | 'en', string]> = [
    ['es', 'Obras durante dos años'],
    ['es', '¿Cuándo empiezan las obras?'],
    ['en', 'Two years of work'],
    ['en', 'When will the work start?'],
  ];
  it('keeps a question under a related-stories label a teaser', () => {
    const text = `${TITLE.es}\n\n${FIRST.es}\n\nNoticias relacionadas\n\n¿Subirá el precio de la luz este invierno?\n\n${LAST.es}`;
    assert.deepEqual(segmentText(text, 'es', NO_TRACE).map((s) => s.kind), ['title', 'body', 'teaser', 'teaser', 'body']);
  });

  for (const [lang, heading] of headings) {
    it(`keeps a real sub-heading a heading (${lang}): ${heading}`, () => {
      const text = `${TITLE[lang]}\n\n${FIRST[lang]}\n\n${heading}\n\n${LAST[lang]}`;
      assert.deepEqual(segmentText(text, lang, NO_TRACE).map((s) => s.kind), ['title', 'body', 'heading', 'body']);
    });
  }
});

describe('page clutter gives no events and no actors', () => {
  it('codes only the story of an article wrapped in clutter', () => {
    const text = [
      'Francia y Alemania firman un acuerdo de defensa',
      'Por Pablo Soto | 9 de marzo de 2026 - 08:10 h',
      'Francia y Alemania firmaron el lunes en París un acuerdo de defensa.',
      'Rusia condenó el ataque contra Ucrania.',
      'En esta foto de archivo, el presidente de Rusia se reúne con el canciller de Alemania en Berlín.',
      'EFE/Manuel Bruque',
      'Hoy el embajador de Rusia se reunió con el ministro de Italia.',
      '— Embajada de Rusia (@embrusia) 9 de marzo de 2026',
      'Suscríbete a nuestro boletín sobre la Unión Europea',
    ].join('\n\n');
    const a = analyze({ text, lang: 'es', published: '2026-03-09' });
    const kinds = (start: number): SegmentKind => a.segments.find((s) => s.start <= start && start < s.end)!.kind;
    for (const m of a.mentions) assert.ok(['title', 'body'].includes(kinds(m.start)), `mention "${m.text}" in a ${kinds(m.start)}`);
    for (const e of a.events) assert.ok(['title', 'body'].includes(e.segment), `event ${e.rule} in a ${e.segment}`);
    assert.ok(a.events.some((e) => e.type === 'SUPPORT'), 'the agreement is coded');
    assert.ok(a.events.some((e) => e.type === 'ACCUSE'), 'the condemnation is coded');
    assert.ok(!a.mentions.some((m) => m.text.includes('Pablo Soto') || m.text.includes('Manuel Bruque')), 'authors and photographers are no actors');
  });

  it('codes only the story of an English article wrapped in clutter', () => {
    const text = [
      'France and Germany sign a defence pact',
      'By Jane Roe, Reuters · Updated 2 hours ago',
      'France and Germany signed a defence agreement in Paris on Monday.',
      'Watch: Russia condemns the attack on Ukraine',
      'FILE PHOTO: The president of Russia meets the German chancellor in Berlin, May 3, 2024. REUTERS/Tom Lake/File Photo',
      'Copyright: AFP',
      'Russia condemned the attack on Ukraine.',
      'Italy\'s foreign minister met the Russian ambassador today pic.twitter.com/Rt56Yu — Italian Embassy (@itembassy) March 9, 2026',
      'Sign up for our newsletter on European defence',
      'The talks in Brussels (02:15)',
    ].join('\n\n');
    const a = analyze({ text, lang: 'en', published: '2026-03-09' });
    const kinds = (start: number): SegmentKind => a.segments.find((s) => s.start <= start && start < s.end)!.kind;
    for (const m of a.mentions) assert.ok(['title', 'body'].includes(kinds(m.start)), `mention "${m.text}" in a ${kinds(m.start)}`);
    for (const e of a.events) assert.ok(['title', 'body'].includes(e.segment), `event ${e.rule} in a ${e.segment}`);
    assert.ok(a.events.some((e) => e.type === 'AGREE' || e.type === 'SUPPORT' || e.type === 'COOPERATE'), 'the agreement is coded');
    assert.ok(a.events.some((e) => e.type === 'ACCUSE'), 'the condemnation is coded');
    assert.equal(a.events.filter((e) => e.type === 'CONSULT').length, 0, 'the embedded post\'s meeting is not coded');
  });
});
