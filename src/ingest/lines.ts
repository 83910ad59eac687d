import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** One line's bytes (without the newline), or a line longer than the limit (its bytes dropped). */
export type Line = { n: number; bytes: Buffer } | { n: number; tooLong: number };

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

/**
 * The lines of a file (or of stdin when `path` is 0), lazily, holding at most one line in memory: a
 * JSONL dump of any size streams. A line over `maxBytes` is reported by number and length, never held.
 */
export function* readLines(path: string | 0, maxBytes: number): Generator<Line> {
  const fd = path === 0 ? 0 : openSync(path, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let n = 1;
  try {
    for (;;) {
      const got = readChunk(fd, buf);
      if (got === 0) break;
      let from = 0;
      for (let nl = buf.indexOf(NEWLINE, 0); nl !== -1 && nl < got; nl = buf.indexOf(NEWLINE, from)) {
        const piece = nl - from;
        if (overflow || size + piece > maxBytes) {
          yield { n, tooLong: overflow + size + piece };
        } else {
          parts.push(Buffer.from(buf.subarray(from, nl)));
          yield { n, bytes: Buffer.concat(parts, size + piece) };
        }
        parts = [];
        size = 0;
        overflow = 0;
        n++;
        from = nl + 1;
      }
      const rest = got - from;
      if (overflow || size + rest > maxBytes) {
        overflow += size + rest;
        parts = [];
        size = 0;
      } else if (rest > 0) {
        parts.push(Buffer.from(buf.subarray(from, got)));
        size += rest;
      }
    }
    if (overflow) yield { n, tooLong: overflow };
    else if (size > 0) yield { n, bytes: Buffer.concat(parts, size) };
  } finally {
    if (path !== 0) closeSync(fd);
  }
}

/** All of a file descriptor's bytes, or only their count when they pass `maxBytes` (the excess is never kept). */
export function readAllLimited(fd: number, maxBytes: number): { bytes: Buffer } | { tooLong: number } {
  const buf = Buffer.allocUnsafe(CHUNK);
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const got = readChunk(fd, buf);
    if (got === 0) break;
    size += got;
    if (size <= maxBytes) parts.push(Buffer.from(buf.subarray(0, got)));
    else parts.length = 0;
  }
  return size > maxBytes ? { tooLong: size } : { bytes: Buffer.concat(parts, size) };
}
