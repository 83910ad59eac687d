import { readdirSync, readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/resources.js';

/** The team's own Spanish and English fixture articles (never the shared data sets). */
export function fixtureArticles(): string[] {
  const dirs = ['examples/articles/', 'test/fixtures/articles/'];
  const texts: string[] = [];
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(PROJECT_ROOT + dir).filter((f) => /^(es|en)-.*\.txt$/.test(f)).sort();
    } catch {
      continue;
    }
    for (const f of files) texts.push(readFileSync(PROJECT_ROOT + dir + f, 'utf8'));
  }
  return texts;
}

/**
 * `count` distinct articles generated from the fixtures, lazily (a long run never holds them all):
 * paragraphs after the title are rotated and numbers shifted, so no two texts are the same (a real
 * stream has no repeats to cache on). `from` skips the first articles of the sequence.
 */
export function* generateCorpus(count: number, from = 0): Generator<string> {
  const bases = fixtureArticles().map((t) => t.split(/\n\s*\n/));
  if (bases.length === 0) throw new Error('no fixture articles found under examples/articles or test/fixtures/articles');
  for (let i = from; i < from + count; i++) {
    const paras = bases[i % bases.length]!;
    const [title, ...rest] = paras;
    const k = rest.length ? Math.floor(i / bases.length) % rest.length : 0;
    const rotated = [...rest.slice(k), ...rest.slice(0, k)];
    yield [title, ...rotated].join('\n\n').replace(/\b(\d{1,2})\b/g, (d) => String(((Number(d) + i) % 28) + 1));
  }
}
