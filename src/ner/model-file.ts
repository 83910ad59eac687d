import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features.js';
import { TAG_COUNT, TAGS } from './tags.js';

export const MODEL_FORMAT = 'atalaya/ner-perceptron@1';

/** The shipped file (gzipped JSON): weights quantised to int16 and keys delta-coded, as base64. */
export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  featureVersion: number;
  tags: string[];
  /** A stored integer is round(weight × scale). */
  scale: number;
  rows: number;
  /** Sorted feature keys as LEB128 deltas. */
  keys: string;
  /** Per row, bit t set when tag t has a non-zero weight (uint16 little-endian). */
  masks: string;
  /** The non-zero weights in row, then tag, order (int16 little-endian). */
  values: string;
  /** (tags + 1) × tags quantised transition weights; the last row scores the first tag. */
  transitions: number[];
  /** Sorted keys of the words the training text has in lowercase, LEB128 deltas. */
  lowerVocab: string;
  /** Name lists: sorted span keys as LEB128 deltas, and each key's list mask (uint16 little-endian). */
  gazetteer: { keys: string; masks: string };
  meta: Record<string, unknown>;
  /** The second pass's weights, when the model has one (same vocabulary and gazetteer). */
  second?: PackedWeights;
}

/** One weight set as the file stores it. */
type PackedWeights = Pick<NerModelFile, 'scale' | 'rows' | 'keys' | 'masks' | 'values' | 'transitions'>;

/** The weights in memory: one row of TAG_COUNT floats per key. */
export interface NerWeights {
  keys: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
  lowerVocab: Uint32Array;
  /** Span key → list mask (see gazetteer.ts). */
  gazetteer: Map<number, number>;
  meta: Record<string, unknown>;
  /**
   * A second pass, trained with the first pass's labels of each word's other occurrences in the
   * document as features; it shares the vocabulary and gazetteer.
   */
  second?: Pick<NerWeights, 'keys' | 'weights' | 'transitions'>;
}

function encodeKeys(sorted: Uint32Array): string {
  const bytes: number[] = [];
  let last = 0;
  for (const k of sorted) {
    let d = k - last;
    last = k;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 0x80);
    }
    bytes.push(d);
  }
  return Buffer.from(bytes).toString('base64');
}

function decodeKeys(b64: string, what: string): Uint32Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Uint32Array(bytes.length);
  let n = 0;
  let last = 0;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[i++];
      if (b === undefined) throw new Error(`${what}: truncated key list`);
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 0x80;
    }
    last += d;
    out[n++] = last;
  }
  return out.slice(0, n);
}

/** Quantises and packs weights; rows whose every weight rounds to zero are dropped. */
function pack(w: Pick<NerWeights, 'keys' | 'weights' | 'transitions'>): PackedWeights {
  let max = 0;
  for (const v of w.weights) max = Math.max(max, Math.abs(v));
  for (const v of w.transitions) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 32767 / max : 1;
  const order = Array.from(w.keys.keys()).sort((a, b) => w.keys[a]! - w.keys[b]!);
  const keys: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (const r of order) {
    let mask = 0;
    const row: number[] = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const q = Math.round(w.weights[r * TAG_COUNT + t]! * scale);
      if (q !== 0) {
        mask |= 1 << t;
        row.push(q);
      }
    }
    if (mask === 0) continue;
    keys.push(w.keys[r]!);
    masks.push(mask);
    values.push(...row);
  }
  return {
    scale,
    rows: keys.length,
    keys: encodeKeys(Uint32Array.from(keys)),
    masks: Buffer.from(Uint16Array.from(masks).buffer).toString('base64'),
    values: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
    transitions: Array.from(w.transitions, (v) => Math.round(v * scale)),
  };
}

export function encodeModel(w: NerWeights): Buffer {
  const file: NerModelFile = {
    format: MODEL_FORMAT,
    featureVersion: FEATURE_VERSION,
    tags: [...TAGS],
    ...pack(w),
    lowerVocab: encodeKeys(Uint32Array.from([...new Set(w.lowerVocab)].sort((a, b) => a - b))),
    gazetteer: {
      keys: encodeKeys(Uint32Array.from(w.gazetteer.keys()).sort()),
      masks: Buffer.from(Uint16Array.from(Uint32Array.from(w.gazetteer.keys()).sort(), (k) => w.gazetteer.get(k)!).buffer).toString('base64'),
    },
    meta: w.meta,
  };
  if (w.second) file.second = pack(w.second);
  return gzipSync(JSON.stringify(file), { level: 9 });
}

function unpack(file: PackedWeights, what: string): Pick<NerWeights, 'keys' | 'weights' | 'transitions'> {
  const keys = decodeKeys(file.keys, what);
  const masksBuf = Buffer.from(file.masks, 'base64');
  const valuesBuf = Buffer.from(file.values, 'base64');
  const masks = new Uint16Array(masksBuf.buffer.slice(masksBuf.byteOffset, masksBuf.byteOffset + masksBuf.length));
  const values = new Int16Array(valuesBuf.buffer.slice(valuesBuf.byteOffset, valuesBuf.byteOffset + valuesBuf.length));
  if (keys.length !== file.rows || masks.length !== file.rows) throw new Error(`${what}: ${file.rows} rows announced, ${keys.length} keys and ${masks.length} masks found`);
  if (file.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT) throw new Error(`${what}: transition table has ${file.transitions.length} entries`);
  const weights = new Float32Array(file.rows * TAG_COUNT);
  let v = 0;
  for (let r = 0; r < file.rows; r++) {
    const mask = masks[r]!;
    for (let t = 0; t < TAG_COUNT; t++) {
      if ((mask >> t) & 1) {
        const q = values[v++];
        if (q === undefined) throw new Error(`${what}: fewer weights than the masks announce`);
        weights[r * TAG_COUNT + t] = q / file.scale;
      }
    }
  }
  if (v !== values.length) throw new Error(`${what}: ${values.length - v} weights beyond the masks`);
  return { keys, weights, transitions: Float32Array.from(file.transitions, (q) => q / file.scale) };
}

/** Reads a model file, checking it was made for this tag set and these feature templates. */
export function decodeModel(gz: Uint8Array, what: string): NerWeights {
  let file: NerModelFile;
  try {
    file = JSON.parse(gunzipSync(gz).toString('utf8')) as NerModelFile;
  } catch (err) {
    throw new Error(`${what}: not a gzipped JSON model (${(err as Error).message})`);
  }
  if (file.format !== MODEL_FORMAT) throw new Error(`${what}: format "${String(file.format)}", expected "${MODEL_FORMAT}"`);
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new Error(`${what}: trained with feature templates v${file.featureVersion}, this code has v${FEATURE_VERSION}; retrain with scripts/train-ner.ts`);
  }
  if (file.tags.join() !== TAGS.join()) throw new Error(`${what}: tag set ${file.tags.join(',')} differs from ${TAGS.join(',')}`);
  const first = unpack(file, what);
  const gazKeys = decodeKeys(file.gazetteer.keys, what);
  const gazBuf = Buffer.from(file.gazetteer.masks, 'base64');
  const gazMasks = new Uint16Array(gazBuf.buffer.slice(gazBuf.byteOffset, gazBuf.byteOffset + gazBuf.length));
  if (gazMasks.length !== gazKeys.length) throw new Error(`${what}: ${gazKeys.length} gazetteer keys but ${gazMasks.length} masks`);
  const model: NerWeights = {
    ...first,
    gazetteer: new Map(Array.from(gazKeys, (k, i) => [k, gazMasks[i]!])),
    lowerVocab: decodeKeys(file.lowerVocab, what),
    meta: file.meta,
  };
  if (file.second) model.second = unpack(file.second, `${what} (second pass)`);
  return model;
}
