import type { SyntaxModelData } from './model-file.js';
import { lemmaIndex, type LemmaIndex } from './syntax-model.js';
import { SparseWeights, type WeightTable } from './weights.js';

/**
 * A syntax model in the layout it runs in: the weight tables as raw little-endian arrays, so loading is
 * one file read and typed-array views, where the shipped .bin.gz takes a gunzip and a rebuild of every
 * table (about 190 ms for Spanish). Written by the build (scripts/data/syntax-runtime.ts) into build/,
 * never committed; it records which model file it came from, and a file that does not match is not used.
 */
export const RUNTIME_FORMAT = 'atalaya/syntax-runtime@2';
const MAGIC = 'ATSYNRT1';
const ALIGN = 8;

type WeightSet = 'tagger' | 'morph' | 'parser';
const SETS: readonly WeightSet[] = ['tagger', 'morph', 'parser'];

/** Which model file a runtime file was made from: its size and its gzip trailer (CRC-32 and length of the content). */
export interface ModelStamp {
  bytes: number;
  crc32: number;
  contentBytes: number;
}

interface TableHeader {
  classes: number;
  rows: number;
  slots: number;
  entries: number;
  scale: number;
}

/** Line lists the lemma index holds already, split out: the header keeps them once, in the index. */
type IndexedLists = 'lemmaForms' | 'lemmaRules' | 'splits';

interface Header {
  format: typeof RUNTIME_FORMAT;
  stamp: ModelStamp;
  model: Omit<SyntaxModelData, WeightSet | IndexedLists>;
  index: LemmaIndex;
  tables: Record<WeightSet, TableHeader>;
}

/** The file name of the build's copy of a language's shipped model (in build/). */
export function runtimeModelFile(lang: string): string {
  return `syntax-${lang}.runtime.bin`;
}

/** The build's copy of a language's shipped model, relative to the project root. */
export function runtimeModelPath(lang: string): string {
  return `build/${runtimeModelFile(lang)}`;
}

/** The stamp of a gzip file's bytes (the last eight bytes are its content's CRC-32 and length mod 2³²). */
export function modelStamp(bytes: number, trailer: Buffer): ModelStamp {
  if (trailer.length !== 8) throw new Error('a gzip trailer is 8 bytes');
  return { bytes, crc32: trailer.readUInt32LE(0), contentBytes: trailer.readUInt32LE(4) };
}

const pad = (n: number): number => (ALIGN - (n % ALIGN)) % ALIGN;

export function encodeRuntimeModel(m: SyntaxModelData, stamp: ModelStamp): Buffer {
  const { tagger, morph, parser, lemmaForms: _forms, lemmaRules: _rules, splits: _splits, ...model } = m;
  const weights: Record<WeightSet, SparseWeights> = { tagger, morph, parser };
  const tables = {} as Record<WeightSet, TableHeader>;
  const arrays: Buffer[] = [];
  for (const s of SETS) {
    const t = weights[s].table();
    tables[s] = { classes: t.classes, rows: t.rows, slots: t.slots.length, entries: t.entries.length, scale: t.scale };
    arrays.push(Buffer.from(t.slots.buffer, t.slots.byteOffset, t.slots.byteLength));
    arrays.push(Buffer.from(t.entries.buffer, t.entries.byteOffset, t.entries.byteLength));
  }
  const header: Header = { format: RUNTIME_FORMAT, stamp, model, index: lemmaIndex(m), tables };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 'latin1');
  prefix.writeUInt32LE(json.length, MAGIC.length);
  const parts: Buffer[] = [prefix, json, Buffer.alloc(pad(prefix.length + json.length))];
  // Every array is a whole number of 4-byte words, so only the header needs padding.
  parts.push(...arrays);
  return Buffer.concat(parts);
}

/**
 * The model a runtime file holds, with its arrays viewed in place (the file's buffer stays referenced by
 * them), or null when the file was made from another model file than `expected`. A damaged file is an
 * error naming it.
 */
export interface RuntimeModel {
  data: SyntaxModelData;
  index: LemmaIndex;
}

export function decodeRuntimeModel(bytes: Buffer, where: string, expected: ModelStamp): RuntimeModel | null {
  if (bytes.length < MAGIC.length + 4 || bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${where}: not an Atalaya runtime syntax model`);
  const len = bytes.readUInt32LE(MAGIC.length);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('utf8')) as Header;
  } catch {
    throw new Error(`${where}: unreadable runtime model header`);
  }
  if (header.format !== RUNTIME_FORMAT) throw new Error(`${where}: format ${String(header.format)}, expected ${RUNTIME_FORMAT}`);
  const s = header.stamp;
  if (s.bytes !== expected.bytes || s.crc32 !== expected.crc32 || s.contentBytes !== expected.contentBytes) return null;
  // Typed arrays need their offset aligned to their element size: a Buffer from a pool may not be.
  const own = bytes.byteOffset % ALIGN === 0 ? bytes : Buffer.from(bytes);
  let off = MAGIC.length + 4 + len;
  off += pad(off);
  const words = (n: number): { buffer: ArrayBufferLike; offset: number; n: number } => {
    if (off + n * 4 > own.length) throw new Error(`${where}: truncated tables`);
    const view = { buffer: own.buffer, offset: own.byteOffset + off, n };
    off += n * 4;
    return view;
  };
  const sets = {} as Record<WeightSet, SparseWeights>;
  for (const set of SETS) {
    const h = header.tables[set];
    const slots = words(h.slots);
    const entries = words(h.entries);
    const table: WeightTable = {
      classes: h.classes,
      rows: h.rows,
      scale: h.scale,
      slots: new Uint32Array(slots.buffer, slots.offset, slots.n),
      entries: new Int32Array(entries.buffer, entries.offset, entries.n),
    };
    try {
      sets[set] = SparseWeights.fromTable(table);
    } catch (e) {
      throw new Error(`${where}: ${set} table: ${(e as Error).message}`);
    }
  }
  if (off !== own.length) throw new Error(`${where}: ${own.length - off} unexpected bytes after the tables`);
  // The line lists are only the index's source (lemmaIndex): a model read from here runs on the index.
  return { data: { ...header.model, lemmaForms: [], lemmaRules: [], splits: [], ...sets }, index: header.index };
}
