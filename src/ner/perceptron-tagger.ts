import { DocumentContext } from './document-context.js';
import { FeatureExtractor } from './features.js';
import * as features from './features.js';
import { gazetteerOf } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import type { NerWeights } from './model-file.js';
import * as tags from './tags.js';
import { WeightTable } from './weight-table.js';
import { viterbi } from './viterbi.js';

// Imported bindings are copied into locals once: under tsx (tests, eval, bench) each read of an
// imported binding is a getter call, which would dominate the per-feature loops.
const { TAG_COUNT, TAGS } = tags;
const { MAX_FEATURES } = features;

/**
 * Tags sentences with a trained averaged-perceptron model: features hashed to keys, each key's row of
 * per-tag weights summed into emission scores, then Viterbi under IOB2 constraints. Scratch buffers
 * grow to the longest sentence seen and are reused.
 */
export class PerceptronTagger {
  private readonly table: WeightTable;
  private readonly transitions: Float64Array;
  private readonly extractor: FeatureExtractor;
  private emit = new Float64Array(64 * TAG_COUNT);
  private back = new Uint8Array(64 * TAG_COUNT);
  private readonly score = new Float64Array(2 * TAG_COUNT);
  private out = new Uint8Array(64);
  /** The second pass, which reads the first pass's labels of each word's other occurrences. */
  private readonly second: PerceptronTagger | null;

  /** Labels a second pass waits for, reused. */
  private readonly queue: number[] = [];

  /** `readsLabels`: this is a second pass, whose features include the first pass's labels. */
  constructor(
    readonly model: NerWeights,
    extractor?: FeatureExtractor,
    private readonly readsLabels = false,
  ) {
    let max = 0;
    const { weights, transitions } = model;
    for (let k = 0; k < weights.length; k++) if (Math.abs(weights[k]!) > max) max = Math.abs(weights[k]!);
    for (let k = 0; k < transitions.length; k++) if (Math.abs(transitions[k]!) > max) max = Math.abs(transitions[k]!);
    const scale = max > 0 ? 32767 / max : 1;
    this.table = new WeightTable(model.keys, model.weights, scale);
    this.transitions = Float64Array.from(model.transitions, (v) => Math.round(v * scale));
    this.extractor = extractor ?? new FeatureExtractor(new HashIndex(model.lowerVocab), gazetteerOf(model.gazetteer));
    this.second = model.second ? new PerceptronTagger({ ...model, ...model.second, second: undefined }, this.extractor, true) : null;
  }

  /**
   * What a document's sentences say about each of its capitalised words, for tagging them one by one
   * with tagIndices(tokens, context, sentenceIndex).
   */
  context(sentences: readonly (readonly string[])[]): DocumentContext {
    let tokens = 0;
    for (const s of sentences) tokens += s.length;
    const doc = new DocumentContext(tokens);
    for (let k = 0; k < sentences.length; k++) this.extractor.addToContext(sentences[k]!, doc, k);
    if (this.second) {
      doc.labelled = true;
      doc.sentences = sentences;
    }
    return doc;
  }

  /**
   * Tag indices (into TAGS) for each token; the returned view is overwritten by the next call. `doc` is
   * the context of the sentence's document and `sentence` its index there; without them the sentence
   * is tagged on its own, with no document features, by the first pass only.
   */
  tagIndices(tokens: readonly string[], doc?: DocumentContext, sentence = 0): Uint8Array {
    if (doc?.labelled && this.second) {
      this.labelAround(doc, sentence);
      return this.second.pass(tokens, doc, sentence);
    }
    return this.pass(tokens, doc ?? null, sentence);
  }

  /**
   * Tags with this (first) pass the sentences whose labels a second pass over sentence `k` reads: those
   * holding another occurrence of one of its capitalised words. Each sentence is labelled once, and
   * only when needed, so a document whose sentences are not all tagged costs less.
   */
  private labelAround(doc: DocumentContext, k: number): void {
    const queue = this.queue;
    queue.length = 0;
    doc.unlabelledAround(k, queue);
    for (const j of queue) doc.setLabels(j, this.pass(doc.sentences[j]!, doc, j));
  }

  private pass(tokens: readonly string[], doc: DocumentContext | null, sentence: number): Uint8Array {
    const n = tokens.length;
    if (n > this.out.length) {
      const size = Math.max(n, this.out.length * 2);
      this.emit = new Float64Array(size * TAG_COUNT);
      this.back = new Uint8Array(size * TAG_COUNT);
      this.out = new Uint8Array(size);
    }
    const { extractor, table, emit } = this;
    const { weights } = table;
    extractor.extract(tokens, doc, sentence, this.readsLabels);
    const { feats, counts } = extractor;
    emit.fill(0, 0, n * TAG_COUNT);
    for (let i = 0; i < n; i++) {
      const base = i * MAX_FEATURES;
      const e = i * TAG_COUNT;
      for (let k = base, end = base + counts[i]!; k < end; k++) {
        const w = table.row(feats[k]!);
        if (w < 0) continue;
        for (let t = 0; t < TAG_COUNT; t++) emit[e + t] = emit[e + t]! + weights[w + t]!;
      }
    }
    viterbi(emit, n, this.transitions, this.back, this.score, this.out);
    return this.out.subarray(0, n);
  }

  tag(tokens: readonly string[], doc?: DocumentContext, sentence = 0): string[] {
    const idx = this.tagIndices(tokens, doc, sentence);
    const tags = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) tags[i] = TAGS[idx[i]!]!;
    return tags;
  }

  /** Tags every sentence of one document, each seeing what the others say about its words. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const doc = this.context(sentences);
    return sentences.map((s, k) => this.tag(s, doc, k));
  }
}
