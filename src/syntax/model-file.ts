import { gunzipSync, gzipSync } from 'node:zlib';
import { SparseWeights } from './weights.js';

export const SYNTAX_FORMAT = 'atalaya/syntax-perceptron@1';
const MAGIC = 'ATSYN1\n';

/** Everything a language's syntax needs, as the model file holds it. */
export interface SyntaxModelData {
  lang: string;
  upos: string[];
  /** Morphology strings (`Number=Sing|Person=3`), index 0 is `_`. */
  morphs: string[];
  /** For each UPOS id, the morphology ids it was seen with. */
  morphAllowed: number[][];
  labels: string[];
  rootLabel: number;
  tagger: SparseWeights;
  morph: SparseWeights;
  parser: SparseWeights;
  /** `lower\tUPOS\tlemma` lines. */
  lemmaForms: string[];
  /** `UPOS\tending\trule` lines. */
  lemmaRules: string[];
  /** How the treebanks split multiword tokens: `lower\tpart part…` lines. */
  splits: string[];
  meta: Record<string, unknown>;
}

type WeightSet = 'tagger' | 'morph' | 'parser';
const SETS: readonly WeightSet[] = ['tagger', 'morph', 'parser'];

interface Header extends Omit<SyntaxModelData, WeightSet> {
  format: typeof SYNTAX_FORMAT;
  weights: Record<WeightSet, { classes: number; rows: number; entries: number; scale: number }>;
}

/** Weights are stored as int16 (round(w × scale)), scale chosen so the largest fits. */
export function encodeSyntaxModel(m: SyntaxModelData): Buffer {
  const parts: Buffer[] = [];
  const weights = {} as Header['weights'];
  for (const s of SETS) {
    const w = m[s].csr();
    let max = 0;
    for (const v of w.val) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? 32767 / max : 1;
    const q = new Int16Array(w.val.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(w.val[i]! * scale);
    weights[s] = { classes: m[s].classes, rows: w.keys.length, entries: w.val.length, scale };
    parts.push(Buffer.from(w.keys.buffer, w.keys.byteOffset, w.keys.byteLength));
    parts.push(Buffer.from(w.rowStart.buffer, w.rowStart.byteOffset, w.rowStart.byteLength));
    parts.push(Buffer.from(w.cls.buffer, w.cls.byteOffset, w.cls.byteLength));
    parts.push(Buffer.from(q.buffer));
  }
  const { tagger: _t, morph: _m, parser: _p, ...rest } = m;
  const header: Header = { format: SYNTAX_FORMAT, ...rest, weights };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, json, ...parts]), { level: 9 });
}

/** Reads a model file; any inconsistency is an error naming the file (`where`). */
export function decodeSyntaxModel(gz: Buffer, where: string): SyntaxModelData {
  let raw: Buffer;
  try {
    raw = gunzipSync(gz);
  } catch {
    throw new Error(`${where}: not a gzip file (corrupt or truncated syntax model)`);
  }
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${where}: not an Atalaya syntax model`);
  const len = raw.readUInt32LE(MAGIC.length);
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('utf8')) as Header;
  } catch {
    throw new Error(`${where}: unreadable model header`);
  }
  if (header.format !== SYNTAX_FORMAT) throw new Error(`${where}: format ${String(header.format)}, expected ${SYNTAX_FORMAT}`);
  let off = MAGIC.length + 4 + len;
  // Each array gets its own aligned ArrayBuffer (a Buffer's bytes may sit at any offset of a pool).
  const take = (bytes: number): ArrayBuffer => {
    if (off + bytes > raw.length) throw new Error(`${where}: truncated weights`);
    const ab = new ArrayBuffer(bytes);
    new Uint8Array(ab).set(raw.subarray(off, off + bytes));
    off += bytes;
    return ab;
  };
  const sets = {} as Record<WeightSet, SparseWeights>;
  for (const s of SETS) {
    const h = header.weights[s];
    const keys = new Uint32Array(take(h.rows * 4));
    const rowStart = new Uint32Array(take((h.rows + 1) * 4));
    const cls = new Uint16Array(take(h.entries * 2));
    const q = new Int16Array(take(h.entries * 2));
    try {
      // The int16 weights go into the table as stored: no float copy to convert back.
      sets[s] = new SparseWeights(h.classes, keys, rowStart, cls, { q, step: 1 / h.scale });
    } catch (e) {
      throw new Error(`${where}: ${s} weights: ${(e as Error).message}`);
    }
  }
  if (off !== raw.length) throw new Error(`${where}: ${raw.length - off} unexpected bytes after the weights`);
  const { format: _f, weights: _w, ...rest } = header;
  return { ...rest, ...sets };
}
