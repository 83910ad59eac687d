/**
 * Language identification on the dev halves of the Spanish UD treebanks (every sentence is Spanish) and
 * the English PLOVER set (every sentence is English), through the pipeline's language stage: whole
 * sentences, and their first 8 and 5 words (headline length). "wrong_language" counts texts taken for any
 * other language (for Spanish, mostly reported as unsupported: the document would not be analysed);
 * "undecided" the ones judged too short to decide (und).
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../src/core/analysis.js';
import { languageStage } from '../src/language/stage.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { DATA_ROOT, round, type Evaluator, type Figures } from './harness.js';

const UD = ['ud-spanish/es_ancora-ud-dev.conllu', 'ud-spanish/es_gsd-ud-dev.conllu'];
const PLOVER = 'plover-gsr-cameo/PLOVER_GSR_CAMEO.dev.json';

function udSentences(): string[] {
  const out: string[] = [];
  for (const file of UD) {
    for (const line of readFileSync(DATA_ROOT + file, 'utf8').split('\n')) if (line.startsWith('# text = ')) out.push(line.slice(9));
  }
  return out;
}

function ploverSentences(): string[] {
  const records = JSON.parse(readFileSync(DATA_ROOT + PLOVER, 'utf8')) as Array<{ text?: unknown }>;
  return records.flatMap((r) => (typeof r.text === 'string' && r.text.trim() ? [r.text] : []));
}

const firstWords = (s: string, n: number): string => s.split(/\s+/).slice(0, n).join(' ');

export const languageIdEvaluator: Evaluator = {
  name: 'language-id',
  description: 'language of UD Spanish dev sentences and PLOVER English dev sentences, whole and cut to 8 and 5 words',
  needs: [...UD, PLOVER],
  run(): Figures {
    const pipeline = buildPipeline([languageStage]);
    const figures: Figures = {};
    const sets: Array<[string, Lang, string[]]> = [['es', 'es', udSentences()], ['en', 'en', ploverSentences()]];
    for (const [name, want, sentences] of sets) {
      figures[`${name}_sentences`] = sentences.length;
      for (const [label, cut] of [['sentence', Infinity], ['8_words', 8], ['5_words', 5]] as const) {
        let right = 0;
        let wrong = 0;
        let und = 0;
        for (const s of sentences) {
          const a = pipeline.analyze({ text: cut === Infinity ? s : firstWords(s, cut) });
          if (a.document.lang === want) right++;
          else if (a.flags.some((f) => f.kind === 'unsupported-language') || a.document.lang !== 'und') wrong++;
          else und++;
        }
        figures[`${name}_${label}_accuracy`] = round(right / sentences.length);
        figures[`${name}_${label}_wrong_language`] = round(wrong / sentences.length);
        figures[`${name}_${label}_undecided`] = round(und / sentences.length);
      }
    }
    return figures;
  },
};
