import type { AtomReader } from './reader.js';

export type Tense = 'past' | 'future' | null;
/** What a single word says: a present-tense auxiliary ("is", "are") counts, to read "is held" as present. */
export type VerbTense = Tense | 'present';

const UNKNOWN = 0;
const NONE = 1;
const PAST = 2;
const FUTURE = 3;
const PRESENT = 4;

/** How far back an auxiliary can stand from the participle it governs ("will be held", "is being held"). */
const AUX_REACH = 3;

/** How far (in atoms) to look for the verb that governs a time expression. */
const REACH = 12;

/**
 * The tense of the verb nearest a time expression in its sentence ("el lunes anunció" past, "el lunes
 * viajará" future). Words are classified once each, on demand: an exact form from the tense lexicon,
 * else a tense ending ("-ó", "-aron", "-rá", "-ed") on a lower-case word the lexicon does not exclude.
 */
/** The tense a word marks by itself: an exact form of the tense lexicon or a tense ending. */
export function wordTense(r: AtomReader, j: number): VerbTense {
  const at = r.a[j];
  if (!at || at.kind !== 'word') return null;
  const t = r.hit(j, 'tense');
  if (t) return t.val as VerbTense;
  if (at.cap && !r.sentenceStart(j)) return null;
  const w = at.raw.toLowerCase();
  if (r.lex.notVerbs.has(w)) return null;
  for (const s of r.lex.suffixes) {
    if (w.length >= s.suffix.length + 2 && w.endsWith(s.suffix)) return s.tense;
  }
  return null;
}

export class TenseReader {
  private readonly memo: Uint8Array;

  constructor(private readonly r: AtomReader) {
    this.memo = new Uint8Array(r.n);
  }

  private word(j: number): number {
    let v = this.memo[j]!;
    if (v !== UNKNOWN) return v;
    const t = wordTense(this.r, j);
    v = t === 'past' ? PAST : t === 'future' ? FUTURE : t === 'present' ? PRESENT : NONE;
    this.memo[j] = v;
    return v;
  }

  /** A past form may be a participle under a future or present auxiliary: "will be held", "is held". */
  private auxiliary(j: number, sentence: number): Tense {
    let present = false;
    for (let k = j - 1; k >= 0 && k >= j - AUX_REACH && this.r.a[k]!.sentence === sentence; k--) {
      const v = this.word(k);
      if (v === FUTURE) return 'future';
      if (v === PAST) return 'past';
      if (v === PRESENT) present = true;
    }
    return present ? null : 'past';
  }

  /** The tense nearest atoms [s, e), looking left first at equal distance; null when none is in reach. */
  around(s: number, e: number, reach = REACH): Tense {
    const sentence = this.r.a[s]!.sentence;
    for (let d = 1; d <= reach; d++) {
      const left = s - d;
      const right = e - 1 + d;
      const leftIn = left >= 0 && this.r.a[left]!.sentence === sentence;
      const rightIn = right < this.r.n && this.r.a[right]!.sentence === sentence;
      if (!leftIn && !rightIn) break;
      for (const j of leftIn && rightIn ? [left, right] : leftIn ? [left] : [right]) {
        const v = this.word(j);
        if (v === PAST) return this.auxiliary(j, sentence);
        if (v === FUTURE) return 'future';
        if (v === PRESENT) return null;
      }
    }
    return null;
  }
}
