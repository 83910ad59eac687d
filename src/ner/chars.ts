/**
 * Per-code-unit tables built once on first use: the lowercase fold and the character class that word
 * shapes are made of. Tables keep feature extraction free of per-character string allocation.
 */
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
/** Any other letter (no case) counts as lowercase for shapes; everything else keeps its own code. */
export const OTHER = 0;

let fold: Uint16Array | null = null;
let kind: Uint8Array | null = null;

function build(): void {
  fold = new Uint16Array(65536);
  kind = new Uint8Array(65536);
  const upper = /^\p{Lu}$/u;
  const letter = /^\p{L}$/u;
  const digit = /^\p{N}$/u;
  for (let c = 0; c < 65536; c++) {
    fold[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        fold[c] = c + 32;
        kind[c] = UPPER;
      } else if (c >= 97 && c <= 122) kind[c] = LOWER;
      else if (c >= 48 && c <= 57) kind[c] = DIGIT;
      continue;
    }
    const s = String.fromCharCode(c);
    if (upper.test(s)) {
      kind[c] = UPPER;
      const l = s.toLowerCase();
      if (l.length === 1) fold[c] = l.charCodeAt(0);
    } else if (letter.test(s)) kind[c] = LOWER;
    else if (digit.test(s)) kind[c] = DIGIT;
  }
}

export function foldTable(): Uint16Array {
  if (!fold) build();
  return fold!;
}

export function kindTable(): Uint8Array {
  if (!kind) build();
  return kind!;
}
