import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../core/resources.js';
import { decodeSyntaxModel } from './model-file.js';
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
    model = readSyntaxModel(PROJECT_ROOT + rel, rel, lang);
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
