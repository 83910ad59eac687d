import { charClassAt, isLetterClass, isWordClass } from './token-chars.js';

const URL_PREFIXES = ['https://', 'http://', 'www.'];
/** Longest local part of an e-mail address worth scanning back over (RFC 5321 allows 64). */
const MAX_LOCAL = 64;

/** The end of a URL starting at `i` (http://, https://, www.), without the punctuation that follows it; -1 if none. */
export function urlEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i) | 0x20;
  if (c !== 0x68 && c !== 0x77) return -1;
  let prefix = 0;
  for (const p of URL_PREFIXES) {
    if (startsWithIgnoringCase(text, i, p)) {
      prefix = p.length;
      break;
    }
  }
  if (prefix === 0 || i + prefix >= end) return -1;
  let e = i + prefix;
  let open = 0;
  while (e < end) {
    const d = text.charCodeAt(e);
    if (d <= 0x20 || d === 0xab || d === 0xbb || d === 0x201c || d === 0x201d || d === 0x22 || d === 0x3c || d === 0x3e) break;
    if (d === 0x28) open++;
    else if (d === 0x29) open--;
    e++;
  }
  while (e > i + prefix) {
    const d = text.charCodeAt(e - 1);
    if (d === 0x29 && open >= 0) break;
    if (d === 0x29 || d === 0x2e || d === 0x2c || d === 0x3b || d === 0x3a || d === 0x21 || d === 0x3f || d === 0x27 || d === 0x2019 || d === 0x5d) {
      if (d === 0x29) open++;
      e--;
    } else {
      break;
    }
  }
  return e > i + prefix ? e : -1;
}

/** `prefix` is lowercase ASCII; letters in the text match it in either case. */
function startsWithIgnoringCase(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(i + k);
    const p = prefix.charCodeAt(k);
    if (c !== p && !(p >= 0x61 && p <= 0x7a && c === p - 0x20)) return false;
  }
  return true;
}

/** The end of an e-mail address whose "@" is at `at` and whose local part starts at `i`; -1 if it is not one. */
export function emailEnd(text: string, i: number, at: number, end: number): number {
  if (at <= i || at - i > MAX_LOCAL) return -1;
  for (let p = i; p < at; p++) {
    const d = text.charCodeAt(p);
    if (!(isWordClass(charClassAt(text, p)) || d === 0x2e || d === 0x5f || d === 0x25 || d === 0x2b || d === 0x2d)) return -1;
  }
  let p = at + 1;
  let labels = 0;
  for (;;) {
    const labelStart = p;
    while (p < end && (isWordClass(charClassAt(text, p)) || text.charCodeAt(p) === 0x2d)) p++;
    if (p === labelStart) return -1;
    labels++;
    if (p + 1 < end && text.charCodeAt(p) === 0x2e && isWordClass(charClassAt(text, p + 1))) {
      p++;
    } else {
      break;
    }
  }
  return labels >= 2 ? p : -1;
}

/** The end of a #hashtag or @handle at `i` (not inside a word; at least one letter); -1 if none. */
export function tagEnd(text: string, i: number, start: number, end: number): number {
  if (i > start && isWordClass(charClassAt(text, i - 1))) return -1;
  let e = i + 1;
  let letters = 0;
  while (e < end) {
    const k = charClassAt(text, e);
    if (isLetterClass(k)) letters++;
    else if (!isWordClass(k) && text.charCodeAt(e) !== 0x5f) break;
    e++;
  }
  return letters > 0 ? e : -1;
}
