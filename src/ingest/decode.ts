import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../core/errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text. Rejects binary content (NUL bytes, or mostly control characters) and bytes that are
 * not valid UTF-8, naming the place. Strips a UTF-8 BOM and normalises to NFC so that offsets point at
 * the same characters whatever composition the source used.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (looksBinary(bytes)) throw new InputError('binary content, not text', where);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new InputError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, where);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.normalize('NFC');
}

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

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
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
}

/**
 * Bytes to text, detecting the charset: a BOM (UTF-8, UTF-16) decides; else valid UTF-8 is UTF-8; else
 * the charset an HTML or XML header declares, or the one chardet finds, when it is a Western charset
 * (Latin-1 is read as Windows-1252, its superset, as browsers do). Anything else is an InputError naming
 * the place. The text is NFC-normalised, like decodeText's.
 */
export function decodeBytes(bytes: Uint8Array, where: string): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const charset = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2), charset);
    if (text.includes('\u0000')) throw new InputError('binary content, not text', where);
    return { text: text.normalize('NFC'), charset };
  }
  if (looksBinary(bytes)) throw new InputError('binary content, not text', where);
  try {
    let text = UTF8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text: text.normalize('NFC'), charset: 'utf-8' };
  } catch {
    // Not UTF-8: find out what it is.
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const declared = DECLARED.exec(head);
  const named = (declared?.[1] ?? declared?.[2])?.toLowerCase();
  const guess = named && WESTERN.has(named) ? named : chardet.detect(bytes)?.toLowerCase();
  const charset = guess ? WESTERN.get(guess) : undefined;
  if (!charset) {
    throw new InputError(
      `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}) and not a Western charset${guess ? ` (looks like ${guess})` : ''}`,
      where,
    );
  }
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset).normalize('NFC'), charset };
}
