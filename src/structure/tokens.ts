import type { TokenKind } from '../core/doc.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Tokens inside text[start, end). */
export function tokenize(text: string, start: number, end: number): RawToken[] {
  const out: RawToken[] = [];
  const re = /(\p{L}+)|(\p{N}+)|(\S)/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : /\p{P}/u.test(m[0]) ? 'punct' : 'symbol';
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}
