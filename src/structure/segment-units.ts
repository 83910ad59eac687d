import type { Span } from '../core/analysis.js';

/** Hard-wrapped text has lines of a fixed width, between these bounds. */
const WRAP_MIN_WIDTH = 40;
const WRAP_MAX_WIDTH = 100;
/** A line this close to the block's widest line was wrapped by the writer, not ended. */
const FULL_LINE = 0.6;

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/**
 * The text's paragraphs as trimmed spans: every non-blank line is one, except in hard-wrapped text (lines
 * of about the same width that break mid-sentence), whose lines are joined back into the paragraphs they
 * were cut from. Offsets are into `text`; nothing is copied or changed.
 */
export function splitUnits(text: string): Span[] {
  const blocks: Span[][] = [];
  let block: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s < e) {
      block.push({ start: s, end: e });
    } else if (block.length) {
      blocks.push(block);
      block = [];
    }
    pos = nl + 1;
  }
  if (block.length) blocks.push(block);
  // The writer's line width, from the blocks that are clearly wrapped; 0 when none is.
  let width = 0;
  for (const b of blocks) if (b.length >= 3 && isWrapped(text, b)) width = Math.max(width, widest(b));
  const units: Span[] = [];
  for (const b of blocks) {
    if (width === 0 || b.length === 1 || widest(b) > width) {
      for (const l of b) units.push(l);
      continue;
    }
    let current = { ...b[0]! };
    for (let i = 1; i < b.length; i++) {
      const prev = b[i - 1]!;
      if (prev.end - prev.start >= FULL_LINE * width) {
        current.end = b[i]!.end;
      } else {
        units.push(current);
        current = { ...b[i]! };
      }
    }
    units.push(current);
  }
  return units;
}

function widest(lines: Span[]): number {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  return width;
}

/**
 * Mostly full lines of a typewriter width, at least one of them broken mid-sentence (it ends without a
 * stop and the next line goes on in lower case): a list of short headlines has neither.
 */
function isWrapped(text: string, lines: Span[]): boolean {
  const width = widest(lines);
  if (width < WRAP_MIN_WIDTH || width > WRAP_MAX_WIDTH) return false;
  let full = 0;
  let broken = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i]!;
    if (l.end - l.start >= 0.75 * width) full++;
    const last = text[l.end - 1]!;
    const next = text[lines[i + 1]!.start]!;
    if (!'.!?:;»"”'.includes(last) && isLower(next)) broken = true;
  }
  return broken && full * 3 >= (lines.length - 1) * 2;
}
