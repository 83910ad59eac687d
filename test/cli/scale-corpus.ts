import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArticles } from '../../bench/corpus.js';
import { seededRandom } from '../../src/core/random.js';

const CITIES = ['MADRID', 'BOGOTÁ', 'LIMA', 'SANTIAGO', 'MÉXICO', 'BUENOS AIRES', 'QUITO', 'CARACAS', 'LONDON', 'WASHINGTON'];

/**
 * `count` distinct articles made from the team's fixture articles: a title, a dateline with the
 * article's number, and three to seven body paragraphs drawn from all fixtures, small numbers shifted.
 */
export function scaleCorpus(count: number): string[] {
  const articles = fixtureArticles().map((t) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  const titles = articles.map((a) => a[0]!);
  const paragraphs = articles.flatMap((a) => a.slice(1));
  if (paragraphs.length === 0) throw new Error('no fixture articles to build the corpus from');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const rnd = seededRandom(i + 1);
    const shift = (s: string): string => s.replace(/\b(\d{1,2})\b/g, (d) => String(((Number(d) + i) % 28) + 1));
    const body: string[] = [];
    const k = 3 + Math.floor(rnd() * 5);
    for (let j = 0; j < k; j++) body.push(shift(paragraphs[Math.floor(rnd() * paragraphs.length)]!));
    const dateline = `${CITIES[i % CITIES.length]} (nota ${i + 1}).`;
    out.push([shift(titles[Math.floor(rnd() * titles.length)]!), `${dateline} ${body[0]}`, ...body.slice(1)].join('\n\n'));
  }
  return out;
}

/** Writes the corpus under `dir`: four in five as .txt files in folders of 500, the rest as one JSONL file. */
export function writeScaleCorpus(dir: string, count: number): void {
  const texts = scaleCorpus(count);
  const jsonl: string[] = [];
  texts.forEach((text, i) => {
    if (i % 5 === 4) {
      jsonl.push(JSON.stringify({ id: `registro-${i}`, text }));
      return;
    }
    const sub = join(dir, `lote-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `nota-${String(i).padStart(5, '0')}.txt`), text);
  });
  writeFileSync(join(dir, 'volcado.jsonl'), `${jsonl.join('\n')}\n`);
}
