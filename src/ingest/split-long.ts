/**
 * Cuts a text longer than `max` characters into parts of at most `max`, each ending at the last
 * paragraph break (a blank line) that fits, else the last line break, else the last sentence end
 * followed by a space. Null when some stretch of `max` characters has none of them (one endless line of
 * words): such a text is refused rather than cut mid-sentence. Linear: each window is searched once,
 * backwards from its end.
 */
export function splitLong(text: string, max: number): string[] | null {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = lastBreak(text, start, start + max);
    if (cut <= start) return null;
    parts.push(text.slice(start, cut));
    start = cut;
  }
  parts.push(text.slice(start));
  return parts;
}

const PARAGRAPH = /\n[ \t\r\f\v]*\n\s*/g;
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+/g;

/** Where a part starting at `from` ends: the offset after the best break within [from, to], or -1. */
function lastBreak(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  const paragraph = lastMatchEnd(window, PARAGRAPH);
  if (paragraph > 0) return from + paragraph;
  const line = window.lastIndexOf('\n');
  if (line >= 0) return from + line + 1;
  const sentence = lastMatchEnd(window, SENTENCE_END);
  return sentence > 0 ? from + sentence : -1;
}

/** The end of the last match of a global regex in `s`, or -1. */
function lastMatchEnd(s: string, re: RegExp): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}
