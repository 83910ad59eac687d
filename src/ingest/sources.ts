import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError, InputError } from '../core/errors.js';
import { MAX_DOCUMENT_CHARS, tooLongMessage } from '../core/limits.js';
import { wellFormed } from '../core/well-formed.js';
import { decodeBytes, type Decoded } from './decode.js';
import { readFeed } from './feed.js';
import { htmlToDocument } from './html.js';
import { readLimited, readLines } from './lines.js';
import { parseRecord } from './record.js';
import { splitLong } from './split-long.js';
import type { SourceKind } from './source-kinds.js';


/** A document read, a place that could not be read (and why), or something worth telling about a place. */
export type SourceItem =
  | { where: string; input: DocumentInput }
  | { where: string; error: AtalayaError }
  | { where: string; notice: string };

export interface SourceOptions {
  /** Read every input as this kind instead of going by extension and content. */
  kind: SourceKind | null;
  /** The largest document read, in bytes: a file, a JSONL line, a feed item (a feed file may be FEED_FACTOR times this). */
  maxBytes: number;
}

/** A feed file holds many items, each held to the document limit: the file itself may be this many times larger. */
export const FEED_FACTOR = 10;

const EXTENSIONS: Record<string, SourceKind> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

/** The kind a file name says (extensions matched whatever their case: NOTICIA.HTML is a page), or null. */
export function kindOfName(name: string): SourceKind | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

/** Whether the paths may give more than one document (a folder, JSONL, a feed, several paths). */
export function mayHoldMany(paths: readonly string[], kind: SourceKind | null): boolean {
  if (paths.length !== 1) return true;
  const path = paths[0]!;
  const k = kind ?? (path === '-' ? 'text' : kindOfName(path));
  if (k === 'jsonl' || k === 'feed') return true;
  if (path === '-') return false;
  try {
    return statSync(path).isDirectory() || k === null;
  } catch {
    return false;
  }
}

const MB = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'a directory, not a file',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
};

/**
 * Every document under `paths` (files, folders read recursively in name order, `-` for stdin), lazily:
 * one file is read at a time and a JSONL file one line at a time, so memory does not grow with the
 * input. Each unreadable file, line or feed item is one error item naming it; reading goes on. What is
 * skipped (hidden entries, unknown extensions, links to folders) and what is empty is said in a notice.
 */
export function* readSources(paths: readonly string[], options: SourceOptions): Generator<SourceItem> {
  yield* splitLongItems(readAll(paths, options));
}

function* splitLongItems(items: Iterable<SourceItem>): Generator<SourceItem> {
  for (const item of items) {
    if ('input' in item && item.input.text.length > MAX_DOCUMENT_CHARS) yield* splitItem(item);
    else yield item;
  }
}

/**
 * A document longer than the pipeline takes becomes parts cut at paragraph breaks, each its own
 * document (`name#2`…), with a notice; one with no break to cut at is refused (`too-long`).
 */
function* splitItem(item: { where: string; input: DocumentInput }): Generator<SourceItem> {
  const parts = splitLong(item.input.text, MAX_DOCUMENT_CHARS);
  if (!parts) {
    yield { where: item.where, error: new InputError(`${tooLongMessage(item.input.text.length)}, and it has no paragraph, line or sentence break to split it at`, item.where) };
    return;
  }
  yield { where: item.where, notice: `${tooLongMessage(item.input.text.length)}: split at paragraph breaks into ${parts.length} documents` };
  const name = item.input.sourceId ?? item.where;
  for (const [i, text] of parts.entries()) {
    yield { where: `${item.where}#${i + 1}`, input: { ...item.input, text, sourceId: `${name}#${i + 1}` } };
  }
}

/** readSources before long documents are split. */
function* readAll(paths: readonly string[], options: SourceOptions): Generator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      yield { where: path, error: asError(err, path) };
      continue;
    }
    if (!isDir) {
      yield* readFile(path, options.kind ?? kindOfName(path), options);
      continue;
    }
    const skipped = { hidden: 0, unknown: 0, dirLinks: 0, files: 0 };
    for (const item of walk(path, skipped)) {
      if (typeof item === 'string') {
        skipped.files++;
        yield* readFile(item, options.kind ?? kindOfName(item)!, options);
      } else yield item;
    }
    const notes = [
      skipped.unknown && `${skipped.unknown} file${skipped.unknown === 1 ? '' : 's'} of no known kind (by extension)`,
      skipped.hidden && `${skipped.hidden} hidden entr${skipped.hidden === 1 ? 'y' : 'ies'}`,
      skipped.dirLinks && `${skipped.dirLinks} link${skipped.dirLinks === 1 ? '' : 's'} to folders (not followed, so loops cannot hang)`,
    ].filter(Boolean);
    if (skipped.files === 0) yield { where: path, notice: `no files to read in the folder${notes.length ? `; skipped ${notes.join(', ')}` : ''}` };
    else if (notes.length) yield { where: path, notice: `skipped ${notes.join(', ')}` };
  }
}

/**
 * Files with a known extension under `dir`, depth first in name order, links to files followed (links to
 * folders are not: a link loop would never end). Hidden entries are skipped and counted; an unreadable
 * folder is an error item.
 */
function* walk(dir: string, skipped: { hidden: number; unknown: number; dirLinks: number }): Generator<string | SourceItem> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { where: dir, error: asError(err, dir) };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      skipped.hidden++;
      continue;
    }
    const full = join(dir, entry.name);
    let isFile = entry.isFile();
    if (entry.isDirectory()) {
      yield* walk(full, skipped);
      continue;
    }
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(full);
        if (target.isDirectory()) {
          skipped.dirLinks++;
          continue;
        }
        isFile = target.isFile();
      } catch (err) {
        yield { where: full, error: asError(err, full) };
        continue;
      }
    }
    if (isFile && kindOfName(entry.name)) yield full;
    else skipped.unknown++;
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
    yield* readJsonl(path, path, options);
    return;
  }
  yield* readWhole(path, path, kind, options, path);
}

function* readStdin(options: SourceOptions): Generator<SourceItem> {
  if (options.kind === 'jsonl') yield* readJsonl(0, 'stdin', options);
  else yield* readWhole(0, 'stdin', options.kind, options, null);
}

/** A file or stdin read whole, up to the limit of its kind (a feed may be larger than a document), then decoded and read. */
function* readWhole(from: string | 0, where: string, kind: Exclude<SourceKind, 'jsonl'> | null, options: SourceOptions, sourceId: string | null): Generator<SourceItem> {
  let got: ReturnType<typeof readLimited>;
  try {
    got = readLimited(from, kind === 'feed' || kind === null ? options.maxBytes * FEED_FACTOR : options.maxBytes);
  } catch (err) {
    yield { where, error: asError(err, where) };
    return;
  }
  const bytes = 'bytes' in got ? got.bytes : null;
  const read = kind ?? (bytes ? sniff(bytes) : 'feed');
  if (!bytes || (read !== 'feed' && bytes.length > options.maxBytes)) {
    const limit = read === 'feed' ? options.maxBytes * FEED_FACTOR : options.maxBytes;
    yield { where, error: new InputError(`more than ${MB(limit)}, the limit for one ${read === 'feed' ? 'feed file' : 'document'} (--max-mb)`, where) };
    return;
  }
  if (bytes.length === 0) {
    yield { where, error: new InputError(from === 0 ? 'nothing on stdin (it is empty or closed)' : 'empty file', where) };
    return;
  }
  yield* readBytes(bytes, where, read, sourceId, options);
}

function* readBytes(bytes: Buffer, where: string, kind: Exclude<SourceKind, 'jsonl'>, sourceId: string | null, options: SourceOptions): Generator<SourceItem> {
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes, where);
  } catch (err) {
    yield { where, error: asError(err, where) };
    return;
  }
  if (decoded.warning) yield { where, notice: decoded.warning };
  else if (decoded.charset !== 'utf-8') yield { where, notice: `not UTF-8: read as ${decoded.charset}` };
  if (kind === 'feed') {
    try {
      for (const item of readFeed(decoded.text, where, options.maxBytes)) yield 'input' in item ? { where: item.where, input: checked(item.input, item.where) } : item;
    } catch (err) {
      yield { where, error: asError(err, where) };
    }
    return;
  }
  const notices: string[] = [];
  try {
    const input = kind === 'html' ? htmlToDocument(decoded.text, where, (m) => notices.push(m)) : { text: decoded.text };
    for (const notice of notices) yield { where, notice };
    yield { where, input: checked({ ...input, sourceId }, where) };
  } catch (err) {
    yield { where, error: asError(err, where) };
  }
}

function* readJsonl(path: string | 0 | Buffer, name: string, options: SourceOptions): Generator<SourceItem> {
  let records = 0;
  try {
    for (const line of readLines(path, options.maxBytes)) {
      if ('charset' in line) {
        yield { where: name, notice: `not UTF-8: read as ${line.charset}` };
        continue;
      }
      const where = `${name} line ${line.n}`;
      if ('endless' in line) {
        yield { where, error: new InputError(`more than ${MB(line.endless)} without a line end: the rest of the input is not read`, where) };
        return;
      }
      records++;
      if ('tooLong' in line) {
        yield { where, error: new InputError(`a line of ${MB(line.tooLong)}, over the ${MB(options.maxBytes)} limit for one document (--max-mb)`, where) };
        continue;
      }
      const notices: string[] = [];
      try {
        const decoded = decodeBytes(line.bytes, where);
        if (decoded.warning) yield { where, notice: decoded.warning };
        if (!decoded.text.trim()) {
          records--;
          continue;
        }
        const input = parseRecord(decoded.text, where, (m) => notices.push(m));
        for (const notice of notices) yield { where, notice };
        yield { where, input: checked({ ...input, sourceId: input.sourceId ?? `${name}:${line.n}` }, where) };
      } catch (err) {
        yield { where, error: asError(err, where) };
      }
    }
  } catch (err) {
    yield { where: name, error: asError(err, name) };
    return;
  }
  if (records === 0) {
    if (path === 0) yield { where: name, error: new InputError('nothing on stdin (it is empty or closed)', name) };
    else yield { where: name, notice: `no records (the ${typeof path === 'string' ? 'file' : 'body'} is empty or blank)` };
  }
}

/** Rejects what no analysis can use: no text at all, or NUL characters (binary smuggled into a record); makes it well-formed. */
function checked(input: DocumentInput, where: string): DocumentInput {
  if (!input.text.trim()) throw new InputError('empty document', where);
  if (input.text.includes('\u0000')) throw new InputError('binary content (NUL characters) in the text', where);
  const text = wellFormed(input.text);
  return text === input.text ? input : { ...input, text };
}

/**
 * A body already in memory (an HTTP upload, named `where`) read with the same readers as a file of
 * `kind`, or of the kind its content shows when null. A JSONL record without an id is named by its
 * line (`where:n`); anything else is named `where` by ingest.
 */
export function* readUpload(bytes: Buffer, where: string, kind: SourceKind | null, maxBytes = bytes.length): Generator<SourceItem> {
  yield* splitLongItems(readUploadWhole(bytes, where, kind, maxBytes));
}

function* readUploadWhole(bytes: Buffer, where: string, kind: SourceKind | null, maxBytes: number): Generator<SourceItem> {
  if (kind !== 'jsonl') {
    yield* readBytes(bytes, where, kind ?? sniff(bytes), null, { kind, maxBytes });
    return;
  }
  // The same line reader as a file's, so a UTF-16 upload is transcoded before it is split on 0x0A.
  yield* readJsonl(bytes, where, { kind, maxBytes });
}

function asError(err: unknown, where: string): AtalayaError {
  if (err instanceof AtalayaError) return err.where ? err : new InputError(err.message, where);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code) return new InputError(ERRNO[code] ?? `cannot read (${code})`, where);
  return new InputError((err as Error)?.message ?? String(err), where);
}
