import { foldCode } from './fold.js';

/** 32 slots for a letter: a-z each their own, anything else shares the last six. */
function slot(folded: number): number {
  return folded >= 97 && folded <= 122 ? folded - 97 : 26 + (folded % 6);
}

/**
 * A cheap test in front of a set of folded words: a word can only be a member when some member has its
 * length, its first letter and its last letter. It reads the word as written (folding only those two
 * letters), so most words of a text are turned away without folding them or hashing them — the time
 * tagger asks about every word of every document.
 */
export class ShapeFilter {
  /** Bit `length` (31 for longer words) of entry first * 32 + last. */
  private readonly bits = new Uint32Array(32 * 32);

  /** Adds a word, already folded. */
  add(word: string): void {
    if (word.length === 0) return;
    this.bits[slot(word.charCodeAt(0)) * 32 + slot(word.charCodeAt(word.length - 1))]! |= 1 << Math.min(word.length, 31);
  }

  /** Whether text[from, to), folded, may be a member; false means it surely is not. */
  mayHave(text: string, from: number, to: number): boolean {
    const length = to - from;
    if (length <= 0) return false;
    const entry = slot(foldCode(text.charCodeAt(from))) * 32 + slot(foldCode(text.charCodeAt(to - 1)));
    return (this.bits[entry]! & (1 << Math.min(length, 31))) !== 0;
  }
}
