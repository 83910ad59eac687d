/**
 * The real corpus, read in a child process. Reading it means holding whole treebank and CoNLL files as
 * strings: about 100 MB of RSS the process never gives back, which the bench's peak RSS would count
 * as the pipeline's. The child prints the articles (a few MB of JSON) and exits with that memory.
 * Run as a script, it is the child.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadRealCorpus, type RealCorpus } from './real-corpus.js';

const self = fileURLToPath(import.meta.url);

export function loadRealCorpusApart(): RealCorpus {
  const r = spawnSync(process.execPath, [...process.execArgv, self], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench: reading the real corpus failed (exit ${r.status}): ${r.stderr.trim() || String(r.error)}`);
  return JSON.parse(r.stdout) as RealCorpus;
}

if (process.argv[1] === self) process.stdout.write(JSON.stringify(loadRealCorpus()));
