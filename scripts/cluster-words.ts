/**
 * Makes a language's word clusters (src/syntax/word-clusters.ts) from the unlabelled text in
 * ../shared/data and writes models/word-clusters-<lang>.tsv, which train-syntax builds into the model.
 * Only the word → cluster table is written, never the text. The own test part and the development part
 * of the treebanks are left out, so neither is seen even without its trees. Deterministic for a seed.
 *
 *   npx tsx scripts/cluster-words.ts es|en [--seed 1] [--fine 256] [--coarse 32] [--min-count 3]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { parseConllu } from '../src/syntax/conllu.js';
import { isDevPart, isOwnTest, TREEBANKS } from '../src/syntax/treebank.js';
import { buildClusters, clusterLines } from '../src/syntax/word-clusters.js';

const args = process.argv.slice(2);
const lang = args[0];
if (lang !== 'es' && lang !== 'en') {
  process.stderr.write('usage: tsx scripts/cluster-words.ts es|en [--seed N] [--fine N] [--coarse N] [--min-count N]\n');
  process.exit(2);
}
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : dflt;
  if (!Number.isInteger(v) || v < 1) {
    process.stderr.write(`cluster-words: --${name} must be a positive integer, got ${args[i + 1]}\n`);
    process.exit(2);
  }
  return v;
};
const options = { seed: opt('seed', 1), fine: opt('fine', 256), coarse: opt('coarse', 32), minCount: opt('min-count', 3), contexts: 300, iterations: 15 };
const DATA = join(PROJECT_ROOT, '..', 'shared', 'data');

/** CoNLL-2002's `TOKEN TAG` lines, sentences separated by empty lines. */
function conll2002(rel: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(join(DATA, rel), 'utf8').split(/\r?\n/)) {
    const token = line.split(' ')[0];
    if (token) {
      cur.push(token);
    } else if (cur.length > 0) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

const sources: string[] = [];
const sentences: string[][] = [];
for (const rel of TREEBANKS[lang]) {
  const kept = parseConllu(readFileSync(join(DATA, rel), 'utf8'), rel).filter((_, i) => !isOwnTest(i) && !isDevPart(i));
  sentences.push(...kept.map((s) => s.words.map((w) => w.form)));
  sources.push(`${rel} (training part only)`);
}
if (lang === 'es') {
  for (const rel of ['conll2002-es/esp.train', 'conll2002-es/esp.testa']) {
    sentences.push(...conll2002(rel));
    sources.push(rel);
  }
}
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const started = Date.now();
const clusters = buildClusters(sentences, options);
const header = [
  `# Word clusters for the ${lang} syntax model (src/syntax/word-clusters.ts): word<TAB>fine<TAB>coarse.`,
  `# Made by: npx tsx scripts/cluster-words.ts ${lang} --seed ${options.seed} --fine ${options.fine} --coarse ${options.coarse} --min-count ${options.minCount}`,
  `# From ${tokens} tokens of unlabelled text (the words only, no annotation): ${sources.join(', ')}.`,
];
const file = join('models', `word-clusters-${lang}.tsv`);
writeFileSync(join(PROJECT_ROOT, file), [...header, ...clusterLines(clusters), ''].join('\n'));
process.stderr.write(`wrote ${file}: ${clusters.size} words from ${tokens} tokens in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
