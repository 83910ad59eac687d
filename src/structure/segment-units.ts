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
 * The text's paragraphs as trimmed spans: every non-blank line is one, except inside a hard-wrapped block
 * (several lines of about the same width that break mid-sentence), whose lines are joined back into the
 * paragraphs they were cut from. Offsets are into `text`; nothing is copied or changed.
 */
export function splitUnits(text: string): Span[] {
  const units: Span[] = [];
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
      flushBlock(text, block, units);
      block = [];
    }
    pos = nl + 1;
  }
  if (block.length) flushBlock(text, block, units);
  return units;
}

function flushBlock(text: string, lines: Span[], out: Span[]): void {
  if (lines.length < 3 || !isWrapped(text, lines)) {
    for (const l of lines) out.push(l);
    return;
  }
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  let current = { ...lines[0]! };
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (prev.end - prev.start >= FULL_LINE * width) {
      current.end = line.end;
    } else {
      out.push(current);
      current = { ...line };
    }
  }
  out.push(current);
}

/**
 * Mostly full lines of a typewriter width, at least one of them broken mid-sentence (it ends without a
 * stop and the next line goes on in lower case): a list of short headlines has neither.
 */
function isWrapped(text: string, lines: Span[]): boolean {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
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
