import * as chars from './chars.js';
import * as gazetteer from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import * as hash from './hash.js';
import * as documentContext from './document-context.js';
import type { DocumentContext } from './document-context.js';

// Imported bindings are copied into locals once: under tsx (tests, eval, bench) each read of an
// imported binding is a getter call, which would dominate the per-feature loops.
const { DIGIT, foldTable, kindTable, LOWER, UPPER } = chars;
const { EMPTY_GAZETTEER, extendKey, LIST_COUNT, MAX_SPAN } = gazetteer;
const { finish, mixInt, mixMapped, mixStr, SEED } = hash;
const { MAX_OCCURRENCES, OCC_INITIAL } = documentContext;

/** Upper bound on the features one token gets; the extractor's rows are this wide. */
export const MAX_FEATURES = 128;

/** Token flags, combined into features. */
export const INIT_CAP = 1;
export const ALL_CAPS = 2;
export const HAS_DIGIT = 4;
export const ALL_DIGITS = 8;
export const HAS_HYPHEN = 16;
export const HAS_DOT = 32;
export const NO_LETTER = 64;
export const LOWER_SEEN = 128;
export const INNER_CAP = 256;

/**
 * Bumped whenever the templates change: a model records the version it was trained with, and the
 * tagger refuses a model from another version instead of silently mis-scoring it.
 */
export const FEATURE_VERSION = 9;

/** Membership test on lowercased-word hashes (the words the training text has in lowercase). */
export interface HashSet {
  has(key: number): boolean;
}

const BEFORE = [mixStr(SEED, '<s1>'), mixStr(SEED, '<s2>')] as const;
const AFTER = [mixStr(SEED, '</s1>'), mixStr(SEED, '</s2>')] as const;

// Template ids: each feature hash starts from its template, so equal values in different slots differ.
const T = {
  bias: 1, word: 2, lower: 3, prefix: 4, suffix: 10, shape: 16, flags: 17, prev: 18, next: 19, prev2: 20,
  next2: 21, prevShape: 22, nextShape: 23, shapeBi1: 24, shapeBi2: 25, shapeTri: 26, lowerBi1: 27,
  lowerBi2: 28, prevLowerShape: 29, shapeNextLower: 30, position: 31, firstLower: 32, quote: 33, run: 34,
  prevBi: 35, nextBi: 36, around: 37, prev2Shape: 38, next2Shape: 39, sentLen: 40, prevSuffix: 41,
  nextSuffix: 42, lenFlags: 43, prevFlagsLower: 44, spanBefore: 45, spanAfter: 46, spanFirst: 47,
  spanLast: 48, spanShape: 49, gazetteer: 50, gazetteerAny: 51, bag: 52, trigram: 53, docBefore: 54,
  docAfter: 55, docSpan: 56, docCase: 57, noDocument: 58, docLabel: 59,
} as const;

/** How far, in tokens, the bag of context words reaches on each side. */
const BAG = 10;

/** Lowercase words that link the capitalised parts of one name ("Ministerio de la Presidencia"). */
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'of', 'the', 'and', 'for'].map((w) => mixStr(SEED, w)));

/** One-character tokens after which a capital says nothing: quotes, dashes, colons, ¿ and ¡. */
const OPENERS = new Set([34, 39, 45, 58, 0xab, 0xbf, 0xa1, 0x2014, 0x2013, 0x201c, 0x2018]);

const k1 = (t: number, a: number): number => finish(mixInt(mixInt(SEED, t), a));
const k2 = (t: number, a: number, b: number): number => finish(mixInt(mixInt(mixInt(SEED, t), a), b));
const k3 = (t: number, a: number, b: number, c: number): number =>
  finish(mixInt(mixInt(mixInt(mixInt(SEED, t), a), b), c));

/**
 * Turns a sentence into integer features per token (in `feats`, MAX_FEATURES per row, `counts[i]` used).
 * Buffers are reused across sentences, so tagging allocates nothing per token here.
 */
export class FeatureExtractor {
  feats = new Uint32Array(64 * MAX_FEATURES);
  counts = new Uint8Array(64);
  private word = new Int32Array(64);
  private lower = new Int32Array(64);
  private shape = new Int32Array(64);
  private flags = new Int32Array(64);
  private suffix3 = new Int32Array(64);
  private quote = new Uint8Array(64);
  private run = new Uint8Array(64);
  private spanStart = new Int32Array(64);
  private spanEnd = new Int32Array(64);
  private initial = new Uint8Array(64);
  private doc: DocumentContext | null = null;
  private docSentence = -1;
  private useLabels = false;
  /** Per token and list: 0 none, 1 single, 2 begin, 3 inside, 4 last token of the longest match. */
  private gaz = new Uint8Array(64 * LIST_COUNT);
  private readonly bestEnd = new Int32Array(LIST_COUNT);
  private readonly fold = foldTable();
  private readonly kind = kindTable();

  constructor(
    private readonly lowerSeen: HashSet,
    private readonly gazetteer: Gazetteer = EMPTY_GAZETTEER,
  ) {}

  /**
   * Features of one sentence. With a document context (built by addToContext over every sentence of
   * the document), capitalised words also see their other occurrences; `sentence` is this sentence's
   * index in the document, so a word does not count itself. With `labels` (a second pass), they also
   * see the labels a first pass gave those occurrences.
   */
  extract(tokens: readonly string[], doc: DocumentContext | null = null, sentence = -1, labels = false): void {
    const n = tokens.length;
    this.scan(tokens);
    this.doc = doc;
    this.docSentence = sentence;
    this.useLabels = labels;
    this.lookup(tokens);
    const lenBucket = n <= 2 ? 0 : n <= 5 ? 1 : n <= 12 ? 2 : 3;
    for (let i = 0; i < n; i++) this.token(tokens[i]!, i, n, lenBucket);
  }

  /** Records sentence number `sentence` of a document in its context. */
  addToContext(tokens: readonly string[], doc: DocumentContext, sentence: number): void {
    const n = tokens.length;
    this.scan(tokens);
    const { lower, flags, spanStart, spanEnd, initial } = this;
    doc.beginSentence(sentence);
    for (let i = 0; i < n; i++) {
      const f = flags[i]!;
      if ((f & INIT_CAP) === 0) {
        if ((f & NO_LETTER) === 0 && (f & HAS_DIGIT) === 0) doc.addLower(lower[i]!);
        continue;
      }
      const a = spanStart[i]!;
      const b = spanEnd[i]!;
      const where = b - a === 1 ? 0 : i === a ? 1 : i === b - 1 ? 3 : 2;
      const shape = ((Math.min(b - a, 4) * 4 + where) << 1) | (initial[i] ? OCC_INITIAL : 0);
      doc.addCapitalised(lower[i]!, sentence, i, a > 0 ? lower[a - 1]! : BEFORE[0], b < n ? lower[b]! : AFTER[0], shape);
    }
    doc.endSentence(sentence);
  }

  /** Per-token hashes, shapes, flags, quotes, capitalised runs and candidate name spans. */
  private scan(tokens: readonly string[]): void {
    const n = tokens.length;
    this.reserve(n);
    const { word, lower, shape, flags, suffix3, quote, run, initial, fold, kind } = this;
    let inQuote = 0;
    for (let i = 0; i < n; i++) {
      const tok = tokens[i]!;
      word[i] = mixStr(SEED, tok);
      const lh = mixMapped(SEED, tok, fold);
      lower[i] = lh;
      suffix3[i] = mixMapped(SEED, tok, fold, Math.max(0, tok.length - 3));
      let sh = SEED;
      let last = -1;
      let uppers = 0;
      let lowers = 0;
      let digits = 0;
      let f = 0;
      for (let k = 0; k < tok.length; k++) {
        const c = tok.charCodeAt(k);
        const kd = kind[c]!;
        let cls: number;
        if (kd === UPPER) {
          uppers++;
          cls = 88;
          if (k > 0 && lowers > 0) f |= INNER_CAP;
        } else if (kd === LOWER) {
          lowers++;
          cls = 120;
        } else if (kd === DIGIT) {
          digits++;
          cls = 100;
        } else {
          cls = c;
          if (c === 45) f |= HAS_HYPHEN;
          else if (c === 46) f |= HAS_DOT;
        }
        if (cls !== last) sh = Math.imul(sh ^ cls, 16777619);
        last = cls;
      }
      shape[i] = sh;
      const first = kind[tok.charCodeAt(0)]!;
      if (first === UPPER) f |= INIT_CAP;
      if (uppers > 0 && lowers === 0) f |= ALL_CAPS;
      if (digits > 0) f |= digits === tok.length ? ALL_DIGITS | HAS_DIGIT : HAS_DIGIT;
      if (uppers + lowers === 0) f |= NO_LETTER;
      if ((f & INIT_CAP) !== 0 && this.lowerSeen.has(finish(lh))) f |= LOWER_SEEN;
      flags[i] = f;
      // Straight quotes toggle; typographic ones open and close.
      const q = tok.length === 1 ? tok.charCodeAt(0) : 0;
      if (q === 34) {
        quote[i] = 2;
        inQuote ^= 1;
      } else if (q === 0xab || q === 0x201c) {
        quote[i] = 2;
        inQuote = 1;
      } else if (q === 0xbb || q === 0x201d) {
        quote[i] = 2;
        inQuote = 0;
      } else quote[i] = inQuote;
      initial[i] = i === 0 || (tokens[i - 1]!.length === 1 && OPENERS.has(tokens[i - 1]!.charCodeAt(0))) ? 1 : 0;
    }
    // Runs of capitalised tokens: their length (capped) and where the token sits in its run.
    for (let i = 0; i < n; ) {
      if ((flags[i]! & INIT_CAP) === 0) {
        run[i++] = 0;
        continue;
      }
      let j = i;
      while (j < n && (flags[j]! & INIT_CAP) !== 0) j++;
      const len = Math.min(j - i, 4);
      for (let k = i; k < j; k++) {
        const pos = j - i === 1 ? 0 : k === i ? 1 : k === j - 1 ? 3 : 2;
        run[k] = len * 4 + pos;
      }
      i = j;
    }
    this.spans(n);
  }

  private token(tok: string, i: number, n: number, lenBucket: number): void {
    const { word, lower, shape, flags, suffix3, fold } = this;
    const out = this.feats;
    let o = i * MAX_FEATURES;
    const l = lower[i]!;
    const s = shape[i]!;
    const f = flags[i]!;
    const lp = i > 0 ? lower[i - 1]! : BEFORE[0];
    const lp2 = i > 1 ? lower[i - 2]! : BEFORE[i === 1 ? 0 : 1];
    const ln = i + 1 < n ? lower[i + 1]! : AFTER[0];
    const ln2 = i + 2 < n ? lower[i + 2]! : AFTER[i + 1 < n ? 0 : 1];
    const sp = i > 0 ? shape[i - 1]! : BEFORE[0];
    const sp2 = i > 1 ? shape[i - 2]! : BEFORE[1];
    const sn = i + 1 < n ? shape[i + 1]! : AFTER[0];
    const sn2 = i + 2 < n ? shape[i + 2]! : AFTER[1];
    const fp = i > 0 ? flags[i - 1]! : -1;
    out[o++] = k1(T.bias, 0);
    out[o++] = k1(T.word, word[i]!);
    out[o++] = k1(T.lower, l);
    const len = tok.length;
    for (let m = 1; m <= 5 && m <= len; m++) {
      out[o++] = finish(mixMapped(mixInt(SEED, T.prefix + m), tok, fold, 0, m));
      out[o++] = finish(mixMapped(mixInt(SEED, T.suffix + m), tok, fold, len - m, len));
    }
    if ((f & INIT_CAP) !== 0 && len > 5) {
      // Letter trigrams inside a long name (its ending and start are already affixes) type unseen
      // names by how they are spelled: "-ovich", "-ngton", "-ción".
      for (let m = 1; m + 3 < len && m < 12; m++) out[o++] = finish(mixMapped(mixInt(SEED, T.trigram), tok, fold, m, m + 3));
    }
    out[o++] = k1(T.shape, s);
    out[o++] = k1(T.flags, f);
    out[o++] = k2(T.lenFlags, Math.min(len, 8), f & (INIT_CAP | ALL_CAPS));
    out[o++] = k1(T.prev, lp);
    out[o++] = k1(T.next, ln);
    out[o++] = k1(T.prev2, lp2);
    out[o++] = k1(T.next2, ln2);
    out[o++] = k1(T.prevShape, sp);
    out[o++] = k1(T.nextShape, sn);
    out[o++] = k1(T.prev2Shape, sp2);
    out[o++] = k1(T.next2Shape, sn2);
    out[o++] = k2(T.shapeBi1, sp, s);
    out[o++] = k2(T.shapeBi2, s, sn);
    out[o++] = k3(T.shapeTri, sp, s, sn);
    out[o++] = k2(T.lowerBi1, lp, l);
    out[o++] = k2(T.lowerBi2, l, ln);
    out[o++] = k2(T.prevLowerShape, lp, s);
    out[o++] = k2(T.shapeNextLower, s, ln);
    out[o++] = k2(T.prevBi, lp2, lp);
    out[o++] = k2(T.nextBi, ln, ln2);
    out[o++] = k2(T.around, lp, ln);
    out[o++] = k2(T.position, i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 3 : 2, s);
    if (i === 0) out[o++] = k1(T.firstLower, l);
    out[o++] = k2(T.quote, this.quote[i]!, s);
    out[o++] = k1(T.run, this.run[i]!);
    out[o++] = k2(T.sentLen, lenBucket, s);
    out[o++] = k1(T.prevSuffix, i > 0 ? suffix3[i - 1]! : BEFORE[0]);
    out[o++] = k1(T.nextSuffix, i + 1 < n ? suffix3[i + 1]! : AFTER[0]);
    out[o++] = k3(T.prevFlagsLower, fp & (INIT_CAP | NO_LETTER), f & (INIT_CAP | LOWER_SEEN), lp);
    const a = this.spanStart[i]!;
    if (a >= 0) {
      const b = this.spanEnd[i]!;
      const where = b - a === 1 ? 0 : i === a ? 1 : i === b - 1 ? 3 : 2;
      out[o++] = k2(T.spanBefore, a > 0 ? lower[a - 1]! : BEFORE[0], where);
      out[o++] = k1(T.spanAfter, b < n ? lower[b]! : AFTER[0]);
      out[o++] = k2(T.spanFirst, lower[a]!, where);
      out[o++] = k1(T.spanLast, lower[b - 1]!);
      out[o++] = k2(T.spanShape, Math.min(b - a, 5), where);
    }
    if ((f & INIT_CAP) !== 0) {
      // A capitalised token sees the words around it as a bag: the sentence's topic tells a country
      // from its football team.
      for (let k = Math.max(0, i - BAG); k < i - 1; k++) out[o++] = k1(T.bag, lower[k]!);
      for (let k = i + 2; k < n && k <= i + BAG; k++) out[o++] = k1(T.bag, lower[k]!);
    }
    if ((f & INIT_CAP) !== 0) {
      // A sentence tagged without its document says so, rather than look like one whose words occur
      // nowhere else: the model learns separately how much a capital means there.
      if (this.doc) o = this.documentFeatures(i, o, a >= 0 && this.spanEnd[i]! - a > 1 ? 1 : 0);
      else out[o++] = k3(T.noDocument, this.initial[i]!, s, 0);
    }
    let any = 0;
    for (let l = 0; l < LIST_COUNT; l++) {
      const g = this.gaz[i * LIST_COUNT + l]!;
      if (g === 0) continue;
      any = any * 8 + l + 1;
      out[o++] = k2(T.gazetteer, l, g);
    }
    if (any !== 0) out[o++] = k1(T.gazetteerAny, any);
    this.counts[i] = o - i * MAX_FEATURES;
  }

  /**
   * What the document says elsewhere about a capitalised word: the spans it sits in and their
   * neighbours, and whether it is written capitalised inside a sentence or in lowercase there.
   */
  private documentFeatures(i: number, o: number, inLongerSpan: number): number {
    const doc = this.doc!;
    const out = this.feats;
    const key = this.lower[i]!;
    let capInside = 0;
    let capInitial = 0;
    let seen = 0;
    for (let occ = doc.first(key); occ >= 0 && seen < MAX_OCCURRENCES; occ = doc.next(occ)) {
      if (doc.isAt(occ, this.docSentence, i)) continue;
      seen++;
      const sh = doc.shape(occ);
      if ((sh & OCC_INITIAL) !== 0) capInitial++;
      else capInside++;
      out[o++] = k1(T.docBefore, doc.before(occ));
      out[o++] = k1(T.docAfter, doc.after(occ));
      if (sh >> 1 >= 8) out[o++] = k2(T.docSpan, sh >> 1, inLongerSpan);
      // A second pass sees how the first one tagged the word elsewhere.
      if (this.useLabels) out[o++] = k2(T.docLabel, doc.label(occ), inLongerSpan);
    }
    const lowers = doc.lowerCount(key);
    if (seen === 0 && lowers === 0) return o;
    out[o++] = k3(T.docCase, this.initial[i]! * 16 + Math.min(capInside, 3) * 4 + Math.min(capInitial, 3), lowers === 0 ? 0 : lowers < 3 ? 1 : 2, 0);
    return o;
  }

  /**
   * Candidate name spans: capitalised tokens, possibly linked by connectors when a capitalised token
   * follows. Every token inside one sees the span's edges and its neighbours, as a chunker would.
   */
  private spans(n: number): void {
    const { flags, lower, spanStart, spanEnd } = this;
    for (let i = 0; i < n; ) {
      if ((flags[i]! & INIT_CAP) === 0) {
        spanStart[i] = -1;
        i++;
        continue;
      }
      let end = i + 1;
      for (let j = i + 1; j < n; j++) {
        if ((flags[j]! & INIT_CAP) !== 0) end = j + 1;
        else if (!CONNECTORS.has(lower[j]!)) break;
      }
      for (let k = i; k < end; k++) {
        spanStart[k] = i;
        spanEnd[k] = end;
      }
      i = end;
    }
  }

  /**
   * Leftmost-longest gazetteer matches starting at capitalised or numeric tokens, marked per list on
   * the tokens they cover.
   */
  private lookup(tokens: readonly string[]): void {
    const n = tokens.length;
    const { gaz, flags, bestEnd } = this;
    const { index, masks } = this.gazetteer;
    gaz.fill(0, 0, n * LIST_COUNT);
    if (index.keys.length === 0) return;
    for (let i = 0; i < n; i++) {
      if ((flags[i]! & (INIT_CAP | HAS_DIGIT)) === 0) continue;
      bestEnd.fill(0);
      let h = SEED;
      for (let j = i; j < n && j < i + MAX_SPAN; j++) {
        h = extendKey(h, tokens[j]!, j === i);
        const r = index.get(finish(h));
        if (r < 0) continue;
        const mask = masks[r]!;
        for (let l = 0; l < LIST_COUNT; l++) if ((mask >> l) & 1) bestEnd[l] = j + 1;
      }
      for (let l = 0; l < LIST_COUNT; l++) {
        const end = bestEnd[l]!;
        if (end === 0 || gaz[i * LIST_COUNT + l] !== 0) continue;
        for (let k = i; k < end; k++) gaz[k * LIST_COUNT + l] = end - i === 1 ? 1 : k === i ? 2 : k === end - 1 ? 4 : 3;
      }
    }
  }

  private reserve(n: number): void {
    if (n <= this.counts.length) return;
    const size = Math.max(n, this.counts.length * 2);
    this.feats = new Uint32Array(size * MAX_FEATURES);
    this.counts = new Uint8Array(size);
    this.word = new Int32Array(size);
    this.lower = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.flags = new Int32Array(size);
    this.suffix3 = new Int32Array(size);
    this.quote = new Uint8Array(size);
    this.run = new Uint8Array(size);
    this.spanStart = new Int32Array(size);
    this.spanEnd = new Int32Array(size);
    this.initial = new Uint8Array(size);
    this.gaz = new Uint8Array(size * LIST_COUNT);
  }
}

/** The key the lowercase vocabulary stores for a word: the same hash the extractor looks up. */
export function lowerKey(word: string): number {
  return finish(mixMapped(SEED, word, foldTable()));
}
