import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { decodeBytes } from '../ingest/decode.js';

/** A whole file (or stdin for `-`) as text, for the commands that read one file of their own format (`tag`, `parse`). */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, file);
  }
  return decodeBytes(bytes, file).text;
}
