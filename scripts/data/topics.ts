import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { foldWord } from '../../src/core/fold.js';
import type { TopicTable, TopicTerm } from '../../src/topics/topic-table.js';
import type { DataBuilder } from './builder.js';

const STEM_MIN = 4;

/** Reads data/<lang>/topics.tsv (topic TAB term) into terms of folded tokens, checking every line. */
function readTopics(relativePath: string): TopicTerm[] {
  const lines = readFileSync(PROJECT_ROOT + relativePath, 'utf8').split('\n');
  if (!/^#\s*source:/i.test(lines[0] ?? '')) throw new Error(`${relativePath}:1: the first line must be "# source: …"`);
  const terms: TopicTerm[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const [topic, term, extra] = raw.split('\t');
    const where = `${relativePath}:${i + 1}`;
    if (!topic || !term || extra !== undefined) throw new Error(`${where}: expected "topic<TAB>term"`);
    if (!/^[a-z][a-z-]*$/.test(topic)) throw new Error(`${where}: topic "${topic}" must be lower-case words joined by -`);
    const tokens = term.trim().split(/\s+/).map((t) => {
      const prefix = t.endsWith('*');
      const word = foldWord(prefix ? t.slice(0, -1) : t);
      if (prefix && word.length < STEM_MIN) throw new Error(`${where}: stem "${t}" is shorter than ${STEM_MIN} letters`);
      return prefix ? `${word}*` : word;
    });
    terms.push({ topic, tokens });
  });
  return terms;
}

export const topicsBuilder: DataBuilder = {
  name: 'topics',
  build(outDir) {
    const table: TopicTable = { es: readTopics('data/es/topics.tsv'), en: readTopics('data/en/topics.tsv') };
    writeFileSync(join(outDir, 'topics.json'), JSON.stringify(table));
  },
};
