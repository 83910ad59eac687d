/**
 * `npm run bench`: whole-pipeline throughput (articles/s, MB/s) and per-stage time on one core over
 * articles generated from the team's fixtures, plus peak memory and the live heap along the run (flat
 * when nothing is kept per document), and the CLI's start-up (bench/startup.ts); writes bench/results.json.
 * `npm run bench -- 100000` sets the number of articles measured (default 10,000), after a warm-up of
 * 1,000 that is not counted. Articles are generated in chunks outside the timed part, so a long run
 * holds one chunk at a time.
 */
import { writeFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { compactHeap } from '../src/ingest/compact-heap.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { generateCorpus } from './corpus.js';
import { measureStartup } from './startup.js';

const CHUNK = 1000;
/** How many live-heap samples to take over the run. */
const HEAP_SAMPLES = 10;

const count = Number(process.argv[2] ?? 10000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`bench: "${process.argv[2]}" is not a positive number of articles\n`);
  process.exit(2);
}
// Measured as the batch commands (ingest, worker, watch) run it: with V8's heap growth held near the
// live heap, else peak RSS counts garbage V8 lets pile up (4× the live heap on a roomy machine).
compactHeap();
const pipeline = buildPipeline();
const articles = generateCorpus(count);
const gc = (globalThis as { gc?: () => void }).gc;

// Warm-up, not counted: lexicons and models load lazily on first use, and V8 takes about a thousand
// articles to compile the stages' hot functions (on a busy machine the first thousand run at a third of
// the speed of the rest). Both are one-off costs of a process, not throughput; the warm-up's own rate is
// reported beside the figures.
const WARM_UP = 1000;
const warmStart = performance.now();
for (const text of generateCorpus(WARM_UP, count)) pipeline.analyze({ text, published: '2026-02-04' });
const warmUpSeconds = (performance.now() - warmStart) / 1000;

const profile = new Map<string, number>();
const heapMB: number[] = [];
const sampleEvery = Math.max(CHUNK, Math.ceil(count / HEAP_SAMPLES / CHUNK) * CHUNK);
let peakRss = process.memoryUsage().rss;
let events = 0;
let bytes = 0;
let ms = 0;
for (let done = 0; done < count; ) {
  const chunk: string[] = [];
  for (let k = 0; k < CHUNK && done + k < count; k++) chunk.push(articles.next().value as string);
  for (const text of chunk) bytes += Buffer.byteLength(text, 'utf8');
  const t0 = performance.now();
  for (const text of chunk) events += pipeline.analyze({ text, published: '2026-02-04' }, { profile }).events.length;
  ms += performance.now() - t0;
  done += chunk.length;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (done % sampleEvery === 0 || done === count) {
    gc?.();
    heapMB.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
  }
}
const seconds = ms / 1000;

// The syntax stage runs only when its layer is asked for (src/syntax/stage.ts): measured apart, on
// articles after a warm-up of its own, as words per second of the stage and articles per second of the
// pipeline with it.
const SYNTAX_ARTICLES = Math.min(count, 1000);
const syntaxProfile = new Map<string, number>();
for (const text of generateCorpus(200, 2 * count)) pipeline.analyze({ text, published: '2026-02-04' }, { syntax: true });
let syntaxWords = 0;
const syntaxStart = performance.now();
for (const text of generateCorpus(SYNTAX_ARTICLES, 3 * count)) {
  syntaxWords += pipeline.analyze({ text, published: '2026-02-04' }, { syntax: true, profile: syntaxProfile }).syntax?.words.length ?? 0;
}
const syntaxSeconds = (performance.now() - syntaxStart) / 1000;

const startup = measureStartup();

const stages = Object.fromEntries(
  pipeline.stages.map((s) => {
    const t = profile.get(s.name) ?? 0;
    return [
      s.name,
      {
        msPerArticle: +(t / count).toFixed(4),
        articlesPerSecond: t > 0 ? Math.round((count * 1000) / t) : null,
        megabytesPerSecond: t > 0 ? +(bytes / 1e3 / t).toFixed(2) : null,
      },
    ];
  }),
);
const results = {
  articles: count,
  megabytes: +(bytes / 1e6).toFixed(2),
  articlesPerSecond: Math.round(count / seconds),
  megabytesPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
  eventsPerArticle: +(events / count).toFixed(2),
  withSyntax: {
    articles: SYNTAX_ARTICLES,
    articlesPerSecond: Math.round(SYNTAX_ARTICLES / syntaxSeconds),
    syntaxWordsPerSecond: Math.round((syntaxWords * 1000) / Math.max(1e-9, syntaxProfile.get('syntax') ?? 0)),
  },
  peakRssMB: Math.round(peakRss / 1e6),
  startup,
  warmUp: { articles: WARM_UP, articlesPerSecond: Math.round(WARM_UP / warmUpSeconds) },
  liveHeapMB: gc ? heapMB : null,
  node: process.version,
  stages,
};
process.stdout.write(`${count} articles (${results.megabytes} MB) in ${seconds.toFixed(2)} s on one core, after a warm-up of ${WARM_UP} (${results.warmUp.articlesPerSecond} articles/s)\n`);
process.stdout.write(`  ${results.articlesPerSecond} articles/s, ${results.megabytesPerSecond} MB/s, peak RSS ${results.peakRssMB} MB\n`);
if (gc) process.stdout.write(`  live heap after GC along the run: ${heapMB.join(' ')} MB\n`);
process.stdout.write(`  with --syntax: ${results.withSyntax.articlesPerSecond} articles/s; the syntax stage alone ${results.withSyntax.syntaxWordsPerSecond} words/s\n`);
if (startup) process.stdout.write(`  start-up (median of ${startup.runs}): --version ${startup.versionSeconds} s, analyze of one short text ${startup.analyzeShortSeconds} s\n`);
for (const [name, s] of Object.entries(stages)) {
  process.stdout.write(`  ${name.padEnd(12)} ${String(s.msPerArticle).padStart(8)} ms/article  ${s.articlesPerSecond ?? '-'} articles/s  ${s.megabytesPerSecond ?? '-'} MB/s\n`);
}
writeFileSync(`${PROJECT_ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
