import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError, InputError } from '../core/errors.js';
import { decodeBytes, type Decoded } from './decode.js';
import { readFeed } from './feed.js';
import { htmlToDocument } from './html.js';
import { readAllLimited, readLines } from './lines.js';
import { parseRecord } from './record.js';

export const SOURCE_KINDS = ['text', 'html', 'jsonl', 'feed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A document read, a place that could not be read (and why), or something worth telling about a place. */
export type SourceItem =
  | { where: string; input: DocumentInput }
  | { where: string; error: AtalayaError }
  | { where: string; notice: string };

export interface SourceOptions {
  /** Read every input as this kind instead of going by extension and content. */
  kind: SourceKind | null;
  /** The largest document (a file, a JSONL line, a feed file) read, in bytes. */
  maxBytes: number;
}

const EXTENSIONS: Record<string, SourceKind> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

const MB = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Every document under `paths` (files, folders read recursively in name order, `-` for stdin), lazily:
 * one file is read at a time and a JSONL file one line at a time, so memory does not grow with the
 * input. Each unreadable file, line or feed item is one error item naming it; reading goes on.
 */
export function* readSources(paths: readonly string[], options: SourceOptions): Generator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { where: path, error: new InputError(code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`, path) };
      continue;
    }
    if (!isDir) {
      yield* readFile(path, options.kind ?? EXTENSIONS[extname(path).toLowerCase()] ?? null, options);
      continue;
    }
    for (const file of walk(path)) yield* readFile(file, options.kind ?? EXTENSIONS[extname(file).toLowerCase()]!, options);
  }
}

/** Files with a known extension under `dir`, depth first in name order; hidden entries are skipped. */
function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && EXTENSIONS[extname(entry.name).toLowerCase()]) yield full;
  }
}

/** An unknown extension: a feed or a page by how the content starts, else text. */
function sniff(bytes: Buffer): Exclude<SourceKind, 'jsonl'> {
  const head = bytes.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(head) || /^<(rss|feed)\b/.test(head)) return 'feed';
  if (/^(<!doctype html|<html\b)/.test(head)) return 'html';
  return 'text';
}

function* readFile(path: string, kind: SourceKind | null, options: SourceOptions): Generator<SourceItem> {
  if (kind === 'jsonl') {
    try {
      yield* readJsonl(path, path, options);
    } catch (err) {
      yield { where: path, error: asError(err, path) };
    }
    return;
  }
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > options.maxBytes) throw new InputError(`${MB(size)}, over the ${MB(options.maxBytes)} limit for one document`, path);
    bytes = readFileSync(path);
  } catch (err) {
    yield { where: path, error: asError(err, path) };
    return;
  }
  yield* readBytes(bytes, path, kind ?? sniff(bytes), path);
}

function* readStdin(options: SourceOptions): Generator<SourceItem> {
  const where = 'stdin';
  if (options.kind === 'jsonl') {
    try {
      yield* readJsonl(0, where, options);
    } catch (err) {
      yield { where, error: asError(err, where) };
    }
    return;
  }
  const got = readAllLimited(0, options.maxBytes);
  if ('tooLong' in got) {
    yield { where, error: new InputError(`${MB(got.tooLong)}, over the ${MB(options.maxBytes)} limit for one document`, where) };
    return;
  }
  yield* readBytes(got.bytes, where, options.kind ?? sniff(got.bytes), null);
}

function* readBytes(bytes: Buffer, where: string, kind: Exclude<SourceKind, 'jsonl'>, sourceId: string | null): Generator<SourceItem> {
  if (bytes.length === 0) {
    yield { where, error: new InputError('empty file', where) };
    return;
  }
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes, where);
  } catch (err) {
    yield { where, error: asError(err, where) };
    return;
  }
  if (decoded.charset !== 'utf-8') yield { where, notice: `not UTF-8: read as ${decoded.charset}` };
  if (kind === 'feed') {
    try {
      for (const item of readFeed(decoded.text, where)) yield item;
    } catch (err) {
      yield { where, error: asError(err, where) };
    }
    return;
  }
  try {
    const input = kind === 'html' ? htmlToDocument(decoded.text, where) : { text: decoded.text };
    yield { where, input: checked({ ...input, sourceId }, where) };
  } catch (err) {
    yield { where, error: asError(err, where) };
  }
}

function* readJsonl(path: string | 0, name: string, options: SourceOptions): Generator<SourceItem> {
  for (const line of readLines(path, options.maxBytes)) {
    const where = `${name} line ${line.n}`;
    if ('tooLong' in line) {
      yield { where, error: new InputError(`a line of ${MB(line.tooLong)}, over the ${MB(options.maxBytes)} limit for one document`, where) };
      continue;
    }
    yield* jsonlLine(line.bytes, where, `${name}:${line.n}`);
  }
}

function* jsonlLine(bytes: Buffer, where: string, fallbackId: string): Generator<SourceItem> {
  try {
    const { text } = decodeBytes(bytes, where);
    if (!text.trim()) return;
    const input = parseRecord(text, where);
    yield { where, input: checked({ ...input, sourceId: input.sourceId ?? fallbackId }, where) };
  } catch (err) {
    yield { where, error: asError(err, where) };
  }
}

/**
 * A body already in memory (an HTTP upload, named `where`) read with the same readers as a file of
 * `kind`, or of the kind its content shows when null. A JSONL record without an id is named by its
 * line (`where:n`); anything else is named `where` by ingest.
 */
export function* readUpload(bytes: Buffer, where: string, kind: SourceKind | null): Generator<SourceItem> {
  if (kind !== 'jsonl') {
    yield* readBytes(bytes, where, kind ?? sniff(bytes), null);
    return;
  }
  let start = 0;
  for (let n = 1; start < bytes.length; n++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    yield* jsonlLine(bytes.subarray(start, end), `${where} line ${n}`, `${where}:${n}`);
    start = end + 1;
  }
}

/** Rejects what no analysis can use: no text at all, or NUL characters (binary smuggled into a record). */
function checked(input: DocumentInput, where: string): DocumentInput {
  if (!input.text.trim()) throw new InputError('empty document', where);
  if (input.text.includes('\u0000')) throw new InputError('binary content (NUL characters) in the text', where);
  return input;
}

function asError(err: unknown, where: string): AtalayaError {
  if (err instanceof AtalayaError) return err.where ? err : new InputError(err.message, where);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code) return new InputError(`cannot read (${code})`, where);
  return new InputError((err as Error)?.message ?? String(err), where);
}
