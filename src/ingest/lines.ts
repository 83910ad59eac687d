import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
/** How far past the limit an over-long line is skipped looking for its end before the rest of the input is given up. */
const SKIP_FACTOR = 16;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * One line's bytes (without the newline; UTF-8 when the input was UTF-16), a line longer than the limit
 * (its bytes dropped), or one with no end in sight (reading stops there: `/dev/zero`, a one-line dump).
 * A UTF-16 input (by its BOM) first yields `{ charset }`: its lines are transcoded to UTF-8 as they are read.
 */
export type Line =
  | { n: number; bytes: Buffer }
  | { n: number; tooLong: number }
  | { n: number; endless: number }
  | { charset: 'utf-16le' | 'utf-16be' };

/**
 * Reads a file descriptor synchronously in 1 MB chunks. stdin may be non-blocking: EAGAIN waits a little
 * and retries rather than failing.
 */
function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 5);
      else if (code === 'EOF') return 0;
      else throw err;
    }
  }
}

/** The bytes of a descriptor in chunks (the buffer is reused: a chunk is valid until the next), or of a buffer already in memory. */
function* rawChunks(from: number | Buffer): Generator<Buffer> {
  if (Buffer.isBuffer(from)) {
    for (let i = 0; i < from.length; i += CHUNK) yield from.subarray(i, i + CHUNK);
    return;
  }
  const buf = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const got = readChunk(from, buf);
    if (got === 0) break;
    yield buf.subarray(0, got);
  }
}

/** The chunks of a descriptor or buffer, UTF-16 (by its BOM) transcoded to UTF-8 so that lines can be split on 0x0A. */
function* utf8Chunks(from: number | Buffer, onCharset: (c: 'utf-16le' | 'utf-16be') => void): Generator<Buffer> {
  let decoder: TextDecoder | null = null;
  let first = true;
  for (let chunk of rawChunks(from)) {
    if (first) {
      first = false;
      // A BOM split across reads is not worth handling: the first read of a file or pipe has at least 2 bytes.
      if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
        const charset = chunk[0] === 0xff ? 'utf-16le' : 'utf-16be';
        decoder = new TextDecoder(charset);
        onCharset(charset);
        chunk = chunk.subarray(2);
      }
    }
    yield decoder ? Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8') : chunk;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield Buffer.from(rest, 'utf8');
  }
}

/**
 * The lines of a file (of stdin when `path` is 0, of an upload already in memory when a Buffer), lazily,
 * holding at most one line in memory: a JSONL dump of any size streams. A line over `maxBytes` is reported by number and length, never held;
 * one still going 16 times past the limit ends the reading (an endless line would otherwise spin forever).
 */
export function* readLines(path: string | 0 | Buffer, maxBytes: number): Generator<Line> {
  const fd = typeof path === 'string' ? openSync(path, 'r') : path;
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let n = 1;
  const charsets: Array<'utf-16le' | 'utf-16be'> = [];
  try {
    for (const chunk of utf8Chunks(fd, (c) => charsets.push(c))) {
      if (charsets.length) yield { charset: charsets.pop()! };
      let from = 0;
      for (let nl = chunk.indexOf(NEWLINE, 0); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
        const piece = nl - from;
        if (overflow || size + piece > maxBytes) {
          yield { n, tooLong: overflow + size + piece };
        } else {
          parts.push(Buffer.from(chunk.subarray(from, nl)));
          yield { n, bytes: Buffer.concat(parts, size + piece) };
        }
        parts = [];
        size = 0;
        overflow = 0;
        n++;
        from = nl + 1;
      }
      const rest = chunk.length - from;
      if (overflow || size + rest > maxBytes) {
        overflow += size + rest;
        parts = [];
        size = 0;
        if (overflow > maxBytes * SKIP_FACTOR) {
          yield { n, endless: overflow };
          return;
        }
      } else if (rest > 0) {
        parts.push(Buffer.from(chunk.subarray(from)));
        size += rest;
      }
    }
    if (overflow) yield { n, tooLong: overflow };
    else if (size > 0) yield { n, bytes: Buffer.concat(parts, size) };
  } finally {
    if (typeof fd === 'number' && fd !== 0) closeSync(fd);
  }
}

/**
 * A file's bytes (or stdin's when `path` is 0), or `{ over }` as soon as they pass `maxBytes`: reading
 * stops there, so a pipe, a FIFO or `/dev/zero` costs no more than the limit, whatever `stat` says.
 */
export function readLimited(path: string | 0, maxBytes: number): { bytes: Buffer } | { over: number } {
  const fd = path === 0 ? 0 : openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const got = readChunk(fd, buf);
      if (got === 0) break;
      size += got;
      if (size > maxBytes) return { over: maxBytes };
      parts.push(Buffer.from(buf.subarray(0, got)));
    }
    return { bytes: Buffer.concat(parts, size) };
  } finally {
    if (path !== 0) closeSync(fd);
  }
}
