import { FeatureExtractor, MAX_FEATURES } from './features.js';
import { gazetteerOf } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import type { NerWeights } from './model-file.js';
import { TAG_COUNT, TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

/**
 * Tags sentences with a trained averaged-perceptron model: features hashed to keys, each key's row of
 * per-tag weights summed into emission scores, then Viterbi under IOB2 constraints. Scratch buffers
 * grow to the longest sentence seen and are reused.
 */
export class PerceptronTagger {
  private readonly index: HashIndex;
  private readonly extractor: FeatureExtractor;
  private emit = new Float64Array(64 * TAG_COUNT);
  private back = new Uint8Array(64 * TAG_COUNT);
  private readonly score = new Float64Array(2 * TAG_COUNT);
  private out = new Uint8Array(64);

  constructor(readonly model: NerWeights) {
    this.index = new HashIndex(model.keys);
    this.extractor = new FeatureExtractor(new HashIndex(model.lowerVocab), gazetteerOf(model.gazetteer));
  }

  /** Tag indices (into TAGS) for each token; the returned view is overwritten by the next call. */
  tagIndices(tokens: readonly string[]): Uint8Array {
    const n = tokens.length;
    if (n > this.out.length) {
      const size = Math.max(n, this.out.length * 2);
      this.emit = new Float64Array(size * TAG_COUNT);
      this.back = new Uint8Array(size * TAG_COUNT);
      this.out = new Uint8Array(size);
    }
    const { extractor, index, emit } = this;
    const { weights } = this.model;
    extractor.extract(tokens);
    const { feats, counts } = extractor;
    emit.fill(0, 0, n * TAG_COUNT);
    for (let i = 0; i < n; i++) {
      const base = i * MAX_FEATURES;
      const e = i * TAG_COUNT;
      for (let k = base, end = base + counts[i]!; k < end; k++) {
        const r = index.get(feats[k]!);
        if (r < 0) continue;
        const w = r * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) emit[e + t] = emit[e + t]! + weights[w + t]!;
      }
    }
    viterbi(emit, n, this.model.transitions, this.back, this.score, this.out);
    return this.out.subarray(0, n);
  }

  tag(tokens: readonly string[]): string[] {
    const idx = this.tagIndices(tokens);
    const tags = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) tags[i] = TAGS[idx[i]!]!;
    return tags;
  }
}
