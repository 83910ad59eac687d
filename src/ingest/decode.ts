import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../core/errors.js';
import { wellFormed } from '../core/well-formed.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Replaces each bad sequence with U+FFFD (the WHATWG "maximal subpart" rule browsers use). */
const UTF8_LOSSY = new TextDecoder('utf-8');

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** How bytes that are not valid UTF-8 fail: where first, how often, and how much valid multi-byte UTF-8 they hold. */
interface Utf8Faults {
  first: number;
  bad: number;
  /** Well-formed sequences of two to four bytes: what tells UTF-8 with a few faults from another charset. */
  multibyte: number;
  /** The only fault is a sequence cut off by the end of the bytes (a file truncated mid-character). */
  cutAtEnd: boolean;
}

function utf8Faults(bytes: Uint8Array): Utf8Faults {
  let first = -1;
  let bad = 0;
  let multibyte = 0;
  let truncated = false;
  const fault = (at: number): void => {
    if (first < 0) first = at;
    bad++;
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need > 0 && i + need >= bytes.length && continues(bytes, i + 1, bytes.length)) {
      fault(i);
      truncated = true;
      break;
    }
    if (need > 0 && continues(bytes, i + 1, i + need + 1)) {
      multibyte++;
      i += need + 1;
    } else {
      fault(i);
      i++;
    }
  }
  return { first, bad, multibyte, cutAtEnd: truncated && bad === 1 };
}

/** Whether bytes [from, to) are all UTF-8 continuation bytes (10xxxxxx). */
function continues(bytes: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((bytes[k]! & 0xc0) !== 0x80) return false;
  return true;
}

/** Charsets accepted when bytes are not UTF-8: the Western ones Spanish and English sites use. */
const WESTERN = new Map([
  ['iso-8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['iso-8859-15', 'iso-8859-15'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
]);
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

export interface Decoded {
  text: string;
  /** The charset the bytes were read as: "utf-8", "utf-16le", "windows-1252", … */
  charset: string;
  /** Set when some bytes could not be decoded and were replaced by U+FFFD: where and how many. */
  warning?: string;
}

const finish = (text: string): string => wellFormed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize('NFC');

/**
 * Bytes to text, detecting the charset: a BOM (UTF-8, UTF-16) decides; else valid UTF-8 is UTF-8, and so
 * is mostly-valid UTF-8 (at least as many well-formed multi-byte sequences as bad bytes, or a file cut off
 * mid-character), its bad sequences replaced by U+FFFD with a warning naming the first offset, never
 * re-read as another charset; else the charset `declared` names (an HTTP Content-Type's) when Western,
 * else the one an HTML or XML header declares, or the one chardet finds,
 * when it is a Western charset (Latin-1 is read as Windows-1252, its superset, as browsers do). Anything
 * else is an InputError naming the place. The text is well-formed and NFC-normalised, so offsets point at
 * the same characters whatever composition the source used.
 */
export function decodeBytes(bytes: Uint8Array, where: string, declared?: string | null): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const charset = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2), charset);
    if (text.includes('\u0000')) throw new InputError('binary content, not text', where);
    return { text: finish(text), charset };
  }
  if (looksBinary(bytes)) throw new InputError('binary content, not text', where);
  try {
    return { text: finish(UTF8.decode(bytes)), charset: 'utf-8' };
  } catch {
    // Not UTF-8 throughout: a few faults in UTF-8, or another charset.
  }
  const faults = utf8Faults(bytes);
  if (faults.cutAtEnd || faults.multibyte >= faults.bad) {
    const warning = faults.cutAtEnd
      ? `cut off in the middle of a character at byte offset ${faults.first}: read as UTF-8, the partial character replaced by U+FFFD`
      : `not valid UTF-8 at byte offset ${faults.first} (${faults.bad} bad byte${faults.bad === 1 ? '' : 's'} in all): read as UTF-8, bad sequences replaced by U+FFFD`;
    return { text: finish(UTF8_LOSSY.decode(bytes)), charset: 'utf-8', warning };
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const inBody = DECLARED.exec(head);
  const fromHeader = declared?.toLowerCase();
  const named = fromHeader && WESTERN.has(fromHeader) ? fromHeader : (inBody?.[1] ?? inBody?.[2])?.toLowerCase();
  const guess = named && WESTERN.has(named) ? named : chardet.detect(bytes)?.toLowerCase();
  const charset = guess ? WESTERN.get(guess) : undefined;
  if (!charset) {
    throw new InputError(
      `not valid UTF-8 (first bad byte at offset ${faults.first}) and not a Western charset${guess ? ` (looks like ${guess})` : ''}`,
      where,
    );
  }
  return { text: finish(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset)), charset };
}
