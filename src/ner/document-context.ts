/**
 * What the rest of a document says about each capitalised word: how it is written elsewhere (in
 * lowercase, capitalised inside a sentence) and the name spans it sits in there, with the words just
 * before and after them. "Williams" alone at the start of a sentence is a surname when the article
 * wrote "el fiscal Daryl Williams" three sentences earlier. Built once per document from the
 * extractor's scan of every sentence; nothing here depends on the model's own predictions.
 */

/** At most this many other occurrences of a word are looked at (the first ones in the document). */
export const MAX_OCCURRENCES = 6;

/** A capitalised occurrence opens a sentence or a quote, where capitals say nothing about a name. */
export const OCC_INITIAL = 1;

/** First-pass labels of occurrences: none yet, then O and each entity type. */
export const LABEL_NONE = 0;

export class DocumentContext {
  /** Word key → slot. */
  private readonly slots = new Map<number, number>();
  private slotFirst: Int32Array;
  private slotCount: Uint8Array;
  private slotLower: Uint16Array;
  /** Capitalised occurrences, chained per slot in document order. */
  private occNext: Int32Array;
  private occSentence: Int32Array;
  private occToken: Int32Array;
  private occBefore: Int32Array;
  private occAfter: Int32Array;
  /** Span length (capped at 4) × 4 + position (0 single, 1 first, 2 inside, 3 last), × 2 + initial. */
  private occShape: Uint8Array;
  private occLast: Int32Array;
  /** A first pass's label of each occurrence (LABEL_NONE until setLabels). */
  private occLabel: Uint8Array;
  /** Per sentence, its occurrences' [first, end) range: they are recorded sentence by sentence. */
  private sentFirst: Int32Array;
  private sentEnd: Int32Array;
  /** Per sentence: 0 its occurrences have no labels yet, 1 they have, 2 queued by unlabelledAround. */
  private sentLabelled: Uint8Array;
  private occKey: Int32Array;
  private slotUsed = 0;
  private occUsed = 0;
  /** Whether a first pass labels the occurrences (some may not be labelled yet). */
  labelled = false;
  /** The document's sentences, for a tagger that labels them when they are needed. */
  sentences: readonly (readonly string[])[] = [];

  constructor(tokensHint = 256) {
    const n = Math.max(16, tokensHint);
    this.slotFirst = new Int32Array(n);
    this.slotCount = new Uint8Array(n);
    this.slotLower = new Uint16Array(n);
    this.occLast = new Int32Array(n);
    this.occNext = new Int32Array(n);
    this.occSentence = new Int32Array(n);
    this.occToken = new Int32Array(n);
    this.occBefore = new Int32Array(n);
    this.occAfter = new Int32Array(n);
    this.occShape = new Uint8Array(n);
    this.occLabel = new Uint8Array(n);
    this.sentFirst = new Int32Array(16);
    this.sentEnd = new Int32Array(16);
    this.sentLabelled = new Uint8Array(16);
    this.occKey = new Int32Array(n);
  }

  /** Empties the context for another document, keeping its buffers. */
  reset(): void {
    this.slots.clear();
    this.slotUsed = 0;
    this.occUsed = 0;
    this.labelled = false;
    this.sentEnd.fill(0);
    this.sentFirst.fill(0);
    this.sentLabelled.fill(0);
    this.sentences = [];
  }

  private slot(key: number): number {
    let s = this.slots.get(key);
    if (s !== undefined) return s;
    s = this.slotUsed++;
    if (s >= this.slotFirst.length) {
      const size = this.slotFirst.length * 2;
      this.slotFirst = grow(this.slotFirst, size);
      this.slotCount = grow(this.slotCount, size);
      this.slotLower = grow(this.slotLower, size);
      this.occLast = grow(this.occLast, size);
    }
    this.slotFirst[s] = -1;
    this.slotCount[s] = 0;
    this.slotLower[s] = 0;
    this.slots.set(key, s);
    return s;
  }

  /** Records a lowercase occurrence of a word. */
  addLower(key: number): void {
    const s = this.slot(key);
    if (this.slotLower[s]! < 65535) this.slotLower[s]!++;
  }

  /** Records a capitalised occurrence with the name span around it. */
  addCapitalised(key: number, sentence: number, token: number, before: number, after: number, shape: number): void {
    const s = this.slot(key);
    if (this.slotCount[s]! >= MAX_OCCURRENCES + 1) return;
    const o = this.occUsed++;
    if (o >= this.occNext.length) {
      const size = this.occNext.length * 2;
      this.occNext = grow(this.occNext, size);
      this.occSentence = grow(this.occSentence, size);
      this.occToken = grow(this.occToken, size);
      this.occBefore = grow(this.occBefore, size);
      this.occAfter = grow(this.occAfter, size);
      this.occShape = grow(this.occShape, size);
      this.occLabel = grow(this.occLabel, size);
      this.occKey = grow(this.occKey, size);
    }
    this.occNext[o] = -1;
    this.occSentence[o] = sentence;
    this.occToken[o] = token;
    this.occBefore[o] = before;
    this.occAfter[o] = after;
    this.occShape[o] = shape;
    this.occLabel[o] = LABEL_NONE;
    this.occKey[o] = key;
    if (this.slotCount[s] === 0) this.slotFirst[s] = o;
    else this.occNext[this.occLast[s]!] = o;
    this.occLast[s] = o;
    this.slotCount[s]!++;
  }

  /** Marks where sentence `sentence`'s occurrences start (call before adding them) or end (after). */
  beginSentence(sentence: number): void {
    if (sentence >= this.sentFirst.length) {
      const size = Math.max(sentence + 1, this.sentFirst.length * 2);
      this.sentFirst = grow(this.sentFirst, size);
      this.sentEnd = grow(this.sentEnd, size);
      this.sentLabelled = grow(this.sentLabelled, size);
    }
    this.sentFirst[sentence] = this.occUsed;
  }

  endSentence(sentence: number): void {
    this.sentEnd[sentence] = this.occUsed;
  }

  /**
   * Stores a first pass's tags (indices into TAGS) of sentence `sentence` on its recorded capitalised
   * occurrences, as their entity type: 1 for O, 2 + the type's index otherwise.
   */
  setLabels(sentence: number, tags: ArrayLike<number>): void {
    this.labelled = true;
    if (sentence >= this.sentFirst.length) return;
    this.sentLabelled[sentence] = 1;
    for (let o = this.sentFirst[sentence]!, end = this.sentEnd[sentence]!; o < end; o++) {
      const t = tags[this.occToken[o]!]!;
      this.occLabel[o] = t === 0 ? 1 : 2 + ((t - 1) >> 1);
    }
  }

  /**
   * Adds to `out` the sentences, not labelled yet, that hold an occurrence of a capitalised word of
   * sentence `sentence` (itself included): what a second pass over that sentence reads.
   */
  unlabelledAround(sentence: number, out: number[]): void {
    if (sentence >= this.sentFirst.length) return;
    for (let o = this.sentFirst[sentence]!, end = this.sentEnd[sentence]!; o < end; o++) {
      const s = this.slots.get(this.occKey[o]!)!;
      if (this.slotCount[s]! < 2) continue;
      for (let p = this.slotFirst[s]!; p >= 0; p = this.occNext[p]!) {
        const j = this.occSentence[p]!;
        if (this.sentLabelled[j] !== 0) continue;
        this.sentLabelled[j] = 2;
        out.push(j);
      }
    }
  }

  label(o: number): number {
    return this.occLabel[o]!;
  }

  /** Lowercase occurrences of the word in the document. */
  lowerCount(key: number): number {
    const s = this.slots.get(key);
    return s === undefined ? 0 : this.slotLower[s]!;
  }

  /** First capitalised occurrence of the word, or -1; walk on with next(). */
  first(key: number): number {
    const s = this.slots.get(key);
    return s === undefined ? -1 : this.slotFirst[s]!;
  }

  next(o: number): number {
    return this.occNext[o]!;
  }

  isAt(o: number, sentence: number, token: number): boolean {
    return this.occSentence[o] === sentence && this.occToken[o] === token;
  }

  before(o: number): number {
    return this.occBefore[o]!;
  }

  after(o: number): number {
    return this.occAfter[o]!;
  }

  shape(o: number): number {
    return this.occShape[o]!;
  }
}

function grow<T extends Int32Array | Uint8Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
