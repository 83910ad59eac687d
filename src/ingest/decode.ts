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
