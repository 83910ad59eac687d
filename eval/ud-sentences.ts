/**
 * Sentence boundaries against the Universal Dependencies Spanish treebanks: the running text of each
 * document (or paragraph) is rebuilt by joining its gold sentences with a space, split with the
 * pipeline's splitter, and the boundaries compared. UD segments some things its own way (headlines
 * without final punctuation, sentences cut short in GSD); the figures are reported as they come.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../src/structure/sentences.js';
import { DATA_ROOT, prf, round, type Evaluator, type Figures } from './harness.js';

const DIR = 'ud-spanish/';
const FILES = ['es_ancora-ud-dev.conllu', 'es_ancora-ud-test.conllu', 'es_gsd-ud-dev.conllu', 'es_gsd-ud-test.conllu'];

/** Consecutive gold sentences of one document or paragraph. */
export interface TextBlock {
  id: string;
  sentences: string[];
}

/**
 * Reads the `# text =` of every sentence, grouped by `# newdoc`/`# newpar` when the file has them, else
 * by the document part of `# orig_file_sentence` (AnCora: "001#4") or of `# sent_id` ("es-dev-001-s4").
 */
export function readConlluBlocks(source: string, file: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const explicit = /^# new(?:doc|par)\b/m.test(source);
  let current: TextBlock | null = null;
  let sentId = '';
  let origDoc = '';
  let breakHere = false;
  let lineNo = 0;
  for (const line of source.split('\n')) {
    lineNo++;
    if (!line.startsWith('#')) continue;
    if (/^# new(?:doc|par)\b/.test(line)) {
      breakHere = true;
    } else if (line.startsWith('# sent_id')) {
      sentId = line.replace(/^# sent_id\s*=\s*/, '').trim();
    } else if (line.startsWith('# orig_file_sentence')) {
      origDoc = line.replace(/^# orig_file_sentence\s*/, '').split('#')[0]!.trim();
    } else if (/^# text\s*=/.test(line)) {
      const text = line.replace(/^# text\s*=\s*/, '').trim();
      if (!text) throw new Error(`${file}:${lineNo}: empty "# text ="`);
      const id = origDoc || sentId.replace(/-s\d+$/, '');
      const starts = current === null || (explicit ? breakHere : id !== current.id);
      if (starts) {
        current = { id: explicit ? `${file}:${lineNo}` : id, sentences: [] };
        blocks.push(current);
      }
      current!.sentences.push(text);
      breakHere = false;
      origDoc = '';
      sentId = '';
    }
  }
  return blocks;
}

export interface BoundaryCounts {
  tp: number;
  fp: number;
  fn: number;
  sentences: number;
  exact: number;
}

/** Splits each block's joined text and compares boundaries (sentence ends, the last excluded) and whole sentences. */
export function scoreBlocks(blocks: readonly TextBlock[]): BoundaryCounts {
  const counts: BoundaryCounts = { tp: 0, fp: 0, fn: 0, sentences: 0, exact: 0 };
  for (const block of blocks) {
    const text = block.sentences.join(' ');
    const gold: Array<[number, number]> = [];
    let at = 0;
    for (const s of block.sentences) {
      gold.push([at, at + s.length]);
      at += s.length + 1;
    }
    const found = splitSentences(text, 0, text.length, 'es');
    const foundEnds = new Set(found.slice(0, -1).map((s) => s.end));
    const foundSpans = new Set(found.map((s) => `${s.start}:${s.end}`));
    for (let i = 0; i < gold.length; i++) {
      const [start, end] = gold[i]!;
      if (i < gold.length - 1) {
        if (foundEnds.has(end)) counts.tp++;
        else counts.fn++;
      }
      if (foundSpans.has(`${start}:${end}`)) counts.exact++;
    }
    const goldEnds = new Set(gold.slice(0, -1).map(([, end]) => end));
    for (const end of foundEnds) if (!goldEnds.has(end)) counts.fp++;
    counts.sentences += gold.length;
  }
  return counts;
}

function figuresOf(prefix: string, c: BoundaryCounts): Figures {
  const { precision, recall, f1 } = prf(c.tp, c.fp, c.fn);
  return {
    [`${prefix}.precision`]: precision,
    [`${prefix}.recall`]: recall,
    [`${prefix}.f1`]: f1,
    [`${prefix}.sentenceAccuracy`]: c.sentences ? round(c.exact / c.sentences) : null,
    [`${prefix}.sentences`]: c.sentences,
  };
}

export const udSentencesEvaluator: Evaluator = {
  name: 'ud-sentences',
  description: 'sentence boundaries on UD Spanish (AnCora, GSD): joined gold sentences re-split',
  needs: FILES.map((f) => DIR + f),
  run() {
    const total: BoundaryCounts = { tp: 0, fp: 0, fn: 0, sentences: 0, exact: 0 };
    let figures: Figures = {};
    for (const file of FILES) {
      const c = scoreBlocks(readConlluBlocks(readFileSync(DATA_ROOT + DIR + file, 'utf8'), file));
      for (const k of Object.keys(total) as Array<keyof BoundaryCounts>) total[k] += c[k];
      figures = { ...figures, ...figuresOf(file.replace(/\.conllu$/, ''), c) };
    }
    return { ...figuresOf('overall', total), ...figures };
  },
};
