import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError, InputError } from '../core/errors.js';
import { decodeText } from '../ingest/decode.js';
import { htmlToDocument } from '../ingest/html.js';
import { parseRecord } from '../ingest/record.js';

export const INPUT_KINDS = ['text', 'html', 'jsonl'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** One document to analyse, or the reason one could not be read; `where` names it for messages. */
export type InputItem = { where: string; input: DocumentInput } | { where: string; error: AtalayaError };

const EXTENSIONS: Record<string, InputKind> = { '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl' };

/** Expands folders (recursively, sorted) and yields documents lazily, so one bad file never stops the rest. */
export function* readInputs(paths: readonly string[], forced: InputKind | null): Generator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readOne('stdin', () => readFileSync(0), forced ?? 'text', null);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { where: path, error: new InputError(code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`, path) };
      continue;
    }
    if (isDir) {
      for (const file of listFiles(path)) yield* readOne(file, () => readFileSync(file), forced ?? EXTENSIONS[extname(file)]!, file);
      continue;
    }
    yield* readOne(path, () => readFileSync(path), forced ?? EXTENSIONS[extname(path).toLowerCase()] ?? 'text', path);
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (EXTENSIONS[extname(entry.name).toLowerCase()]) out.push(full);
  }
  return out;
}

function* readOne(where: string, read: () => Buffer, kind: InputKind, sourceId: string | null): Generator<InputItem> {
  let text: string;
  try {
    text = decodeText(read(), where);
  } catch (err) {
    yield { where, error: asError(err, where) };
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(text, where);
    return;
  }
  try {
    const input = kind === 'html' ? htmlToDocument(text, where) : { text };
    if (!input.text.trim()) throw new InputError('empty document', where);
    yield { where, input: { ...input, sourceId } };
  } catch (err) {
    yield { where, error: asError(err, where) };
  }
}

function* readJsonl(text: string, where: string): Generator<InputItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = `${where}:${i + 1}`;
    try {
      yield { where: at, input: parseRecord(line, `${where} line ${i + 1}`) };
    } catch (err) {
      yield { where: at, error: asError(err, `${where} line ${i + 1}`) };
    }
  }
}

function asError(err: unknown, where: string): AtalayaError {
  return err instanceof AtalayaError ? err : new InputError((err as Error)?.message ?? String(err), where);
}
