/**
 * Applies train-syntax's last step, dropping the parser rows whose largest weight is under W (pruneRows),
 * to an already trained model, and re-scores it on the own test part: a model trained before that step
 * existed gets it without training again. Deterministic; records `rowPrune` in the model's meta.
 *
 *   npx tsx scripts/prune-syntax.ts es|en [--row-prune 2]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { parseConllu } from '../src/syntax/conllu.js';
import { decodeSyntaxModel, encodeSyntaxModel } from '../src/syntax/model-file.js';
import { SyntaxModel } from '../src/syntax/syntax-model.js';
import { isOwnTest, TREEBANKS } from '../src/syntax/treebank.js';
import { pruneRows } from '../src/syntax/weights.js';
import { scoreSyntax } from '../eval/syntax-score.js';

const args = process.argv.slice(2);
const lang = args[0];
if (lang !== 'es' && lang !== 'en') {
  process.stderr.write('usage: tsx scripts/prune-syntax.ts es|en [--row-prune W]\n');
  process.exit(2);
}
const at = args.indexOf('--row-prune');
const min = at >= 0 ? Number(args[at + 1]) : 2;
if (!Number.isFinite(min) || min < 0) {
  process.stderr.write(`prune-syntax: --row-prune must be a non-negative number, got ${args[at + 1]}\n`);
  process.exit(2);
}
const file = join(PROJECT_ROOT, 'models', `syntax-${lang}.bin.gz`);
const model = decodeSyntaxModel(readFileSync(file), `models/syntax-${lang}.bin.gz`);
const before = model.parser.rows;
model.parser = pruneRows(model.parser, min);
const data = join(PROJECT_ROOT, '..', 'shared', 'data');
const test = TREEBANKS[lang].flatMap((rel) => parseConllu(readFileSync(join(data, rel), 'utf8'), rel).filter((_, i) => isOwnTest(i)));
const scores = scoreSyntax(new SyntaxModel(model), test);
model.meta = { ...model.meta, rowPrune: min, ownTest: scores };
const bytes = encodeSyntaxModel(model);
writeFileSync(file, bytes);
process.stderr.write(`models/syntax-${lang}.bin.gz: parser rows ${before} -> ${model.parser.rows}, ${(bytes.length / 1e6).toFixed(1)} MB; own test ${JSON.stringify(scores)}\n`);
