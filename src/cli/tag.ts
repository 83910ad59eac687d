import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { decodeText } from '../ingest/decode.js';
import { tagSentence } from '../ner/tagger.js';

/** Reads CoNLL (token in the first column, blank line between sentences), writes "TOKEN TAG" lines. */
export function runTag(file: string, write: (s: string) => void, lang: 'es' | 'en' = 'es'): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, file);
  }
  const lines = decodeText(bytes, file).split(/\r?\n/);
  let sentence: string[] = [];
  const flush = (): void => {
    if (sentence.length === 0) return;
    const tags = tagSentence(sentence, lang);
    write(sentence.map((t, i) => `${t} ${tags[i]}`).join('\n') + '\n\n');
    sentence = [];
  };
  for (const line of lines) {
    const token = line.trim().split(/\s+/)[0];
    if (!token) flush();
    else sentence.push(token);
  }
  flush();
}
