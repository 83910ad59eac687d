import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { PROJECT_ROOT } from '../core/resources.js';
import { decodeSyntaxModel } from './model-file.js';
import { decodeRuntimeModel, modelStamp, runtimeModelPath, type ModelStamp, type RuntimeModel } from './runtime-file.js';
import { SyntaxModel } from './syntax-model.js';

export type SyntaxLang = 'es' | 'en';

/** The shipped model of a language, relative to the project root (see models/README.md). */
export function syntaxModelPath(lang: SyntaxLang): string {
  return `models/syntax-${lang}.bin.gz`;
}

const loaded = new Map<SyntaxLang, SyntaxModel>();

/**
 * A language's syntax model, read from disk on first use only (a Spanish-only run never reads the
 * English one). A missing or corrupt file is an error naming the file and what to do.
 */
export function syntaxModel(lang: SyntaxLang): SyntaxModel {
  let model = loaded.get(lang);
  if (!model) {
    const rel = syntaxModelPath(lang);
    const runtime = readRuntimeModel(PROJECT_ROOT + rel, PROJECT_ROOT + runtimeModelPath(lang));
    model = runtime ? new SyntaxModel(runtime.data, runtime.index) : readSyntaxModel(PROJECT_ROOT + rel, rel, lang);
    loaded.set(lang, model);
  }
  return model;
}

/** Reads a model file; `rel` names it in errors. */
export function readSyntaxModel(path: string, rel: string, lang: SyntaxLang): SyntaxModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`missing syntax model ${rel}: it ships with the project; retrain with \`npx tsx scripts/train-syntax.ts ${lang}\``);
  }
  return loadSyntaxModel(bytes, rel);
}

/** Builds a model from a file's bytes; `where` names the file in errors. */
export function loadSyntaxModel(bytes: Buffer, where: string): SyntaxModel {
  return new SyntaxModel(decodeSyntaxModel(bytes, where));
}

/** The stamp of a model file (its size and gzip trailer), or null when it cannot be read. */
export function readModelStamp(path: string): ModelStamp | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < 8) return null;
    const trailer = Buffer.alloc(8);
    readSync(fd, trailer, 0, 8, size - 8);
    return modelStamp(size, trailer);
  } finally {
    closeSync(fd);
  }
}

/**
 * The build's runtime copy of the model at `gzPath` (see runtime-file.ts), or null when there is none,
 * it was made from another model file, or it is damaged: the .gz is then read instead, which gives the
 * same model, only slower to load.
 */
export function readRuntimeModel(gzPath: string, runtimePath: string): RuntimeModel | null {
  const stamp = readModelStamp(gzPath);
  if (!stamp) return null;
  try {
    return decodeRuntimeModel(readFileSync(runtimePath), runtimePath, stamp);
  } catch {
    return null;
  }
}
