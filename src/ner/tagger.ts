import { readFileSync } from 'node:fs';
import { loadJsonResource, PROJECT_ROOT } from '../core/resources.js';
import type { NerCueTable } from './cues.js';
import { EnglishTagger } from './english.js';
import { gazetteerOf } from './gazetteer.js';
import type { DocumentContext } from './document-context.js';
import { decodeModel } from './model-file.js';
import { PerceptronTagger } from './perceptron-tagger.js';

/** The shipped Spanish model, relative to the project root (see models/README.md). */
export const SPANISH_MODEL = 'models/ner-es.json.gz';
const ENGLISH_CUES = 'build/ner-en-cues.json';

let spanish: PerceptronTagger | null = null;
let english: EnglishTagger | null = null;
let loads = 0;

/** The Spanish perceptron, read from disk on first use only. */
export function spanishTagger(): PerceptronTagger {
  if (!spanish) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(PROJECT_ROOT + SPANISH_MODEL);
    } catch {
      throw new Error(`missing NER model ${SPANISH_MODEL}: it ships with the project; retrain with \`npx tsx scripts/train-ner.ts\``);
    }
    spanish = new PerceptronTagger(decodeModel(bytes, SPANISH_MODEL));
    loads++;
  }
  return spanish;
}

function englishTagger(): EnglishTagger {
  english ??= new EnglishTagger(loadJsonResource<NerCueTable>(ENGLISH_CUES), gazetteerOf(spanishTagger().model.gazetteer));
  return english;
}

/** How many times the model was read from disk (once per process): for tests. */
export function modelLoads(): number {
  return loads;
}

/**
 * Named-entity tags (IOB2: B-/I- PER, ORG, LOC, MISC, or O) for one tokenised sentence. Spanish uses
 * the trained model; English uses rules over capitalisation, titles, name endings and the model's
 * name lists. Any other language is read as Spanish, the model's language. The sentence is its own
 * document: a sentence of an article is better tagged through nerDocument().
 */
export function tagSentence(tokens: readonly string[], lang: string = 'es'): string[] {
  if (tokens.length === 0) return [];
  return lang === 'en' ? englishTagger().tag(tokens) : spanishTagger().tag(tokens);
}

/** The sentences of one document, tagged on demand, each seeing what the others say about its words. */
export interface NerDocument {
  /** IOB2 tags of sentence `k` of the document. */
  tag(k: number): string[];
}

/**
 * A document for the NER model: `sentences` are all of its tokenised sentences, in order. Spanish
 * capitalised words see their other occurrences in the document ("Williams" after "Daryl Williams")
 * and, in the second pass, how the first pass tagged them there. What the sentences say is gathered on
 * the first tag() call only, and the first pass runs only on the sentences a tagged one reads, so
 * sentences left untagged cost little. English rules read each sentence on its own.
 */
export function nerDocument(sentences: readonly (readonly string[])[], lang: string = 'es'): NerDocument {
  let context: DocumentContext | null = null;
  return {
    tag(k: number): string[] {
      const tokens = sentences[k];
      if (tokens === undefined) throw new RangeError(`nerDocument: no sentence ${k} (the document has ${sentences.length})`);
      if (tokens.length === 0) return [];
      if (lang === 'en') return englishTagger().tag(tokens);
      const tagger = spanishTagger();
      context ??= tagger.context(sentences);
      return tagger.tag(tokens, context, k);
    },
  };
}

/** Tags of every sentence of one document (see nerDocument). */
export function tagDocument(sentences: readonly (readonly string[])[], lang: string = 'es'): string[][] {
  const doc = nerDocument(sentences, lang);
  return sentences.map((_, k) => doc.tag(k));
}
