/**
 * `npm run bench`: whole-pipeline throughput (articles/s, MB/s), per-stage time and peak memory on one
 * core, the live heap along the run (flat when nothing is kept per document), and the CLI's start-up
 * (bench/startup.ts); writes bench/results.json.
 *
 * The headline figures come from real-sized articles (bench/real-corpus.ts): real news text read from
 * ../shared/data at bench time, 3-5 KB of story per article, with page clutter around it. The 1 KB
 * articles generated from the team's fixtures (bench/corpus.ts) are measured too, as `synthetic`; they
 * are the headline only when the data folder is missing (the bench says so). `npm run bench -- 5000`
 * sets the number of articles measured on each corpus (default 2,000, about a minute in all).
 * Articles are made in chunks outside the timed part, so a long run holds one chunk at a time.
 */
import { writeFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { compactHeap } from '../src/ingest/compact-heap.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { generateCorpus } from './corpus.js';
import { generateRealCorpus } from './real-corpus.js';
import { loadRealCorpusApart } from './real-corpus-apart.js';
import { measureStartup } from './startup.js';

const CHUNK = 500;
/** How many live-heap samples to take over a run. */
const HEAP_SAMPLES = 10;
const PUBLISHED = '2026-02-04';

const count = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`bench: "${process.argv[2]}" is not a positive number of articles\n`);
  process.exit(2);
}
// Measured as the batch commands (ingest, worker, watch) run it: with V8's heap growth held near the
// live heap, else peak RSS counts garbage V8 lets pile up (4× the live heap on a roomy machine).
compactHeap();
const pipeline = buildPipeline();
const gc = (globalThis as { gc?: () => void }).gc;
type Articles = (n: number, from: number) => Generator<string>;

const real = loadRealCorpusApart();
for (const p of real.problems) process.stderr.write(`bench: ../shared/data/${p}\n`);
const realArticles: Articles | null = real.articles.length ? (n, from) => generateRealCorpus(real.articles, n, from) : null;
if (!realArticles) process.stderr.write('bench: no real news text in ../shared/data; the figures below come from the synthetic 1 KB articles only\n');
const synthetic: Articles = (n, from) => generateCorpus(n, from);

// Warm-up, not counted: lexicons and models load lazily on first use, and V8 takes about a thousand
// articles to compile the stages' hot functions (on a busy machine the first thousand run at a third of
// the speed of the rest). Both are one-off costs of a process, not throughput; the warm-up's own rate is
// reported beside the figures. Both corpora are warmed, the real one's longer texts take other paths.
const WARM_UP = { synthetic: 1000, real: 250 };
const warmStart = performance.now();
for (const text of synthetic(WARM_UP.synthetic, count)) pipeline.analyze({ text, published: PUBLISHED });
if (realArticles) for (const text of realArticles(WARM_UP.real, count)) pipeline.analyze({ text, published: PUBLISHED });
const warmUpArticles = WARM_UP.synthetic + (realArticles ? WARM_UP.real : 0);
const warmUpSeconds = (performance.now() - warmStart) / 1000;

let peakRss = process.memoryUsage().rss;

interface Run {
  articles: number;
  megabytes: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  eventsPerArticle: number;
  seconds: number;
  liveHeapMB: number[] | null;
  stages: Record<string, { msPerArticle: number; articlesPerSecond: number | null; megabytesPerSecond: number | null }>;
}

/** Times the pipeline over `n` articles of a corpus, chunk by chunk, with the per-stage profile. */
function measure(articles: Articles, n: number): Run {
  const profile = new Map<string, number>();
  const heapMB: number[] = [];
  const sampleEvery = Math.max(CHUNK, Math.ceil(n / HEAP_SAMPLES / CHUNK) * CHUNK);
  const stream = articles(n, 0);
  let events = 0;
  let bytes = 0;
  let ms = 0;
  for (let done = 0; done < n; ) {
    const chunk: string[] = [];
    for (let k = 0; k < CHUNK && done + k < n; k++) chunk.push(stream.next().value as string);
    for (const text of chunk) bytes += Buffer.byteLength(text, 'utf8');
    const t0 = performance.now();
    for (const text of chunk) events += pipeline.analyze({ text, published: PUBLISHED }, { profile }).events.length;
    ms += performance.now() - t0;
    done += chunk.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (done % sampleEvery === 0 || done === n) {
      gc?.();
      heapMB.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
    }
  }
  const seconds = ms / 1000;
  const stages = Object.fromEntries(
    pipeline.stages.map((s) => {
      const t = profile.get(s.name) ?? 0;
      return [s.name, {
        msPerArticle: +(t / n).toFixed(4),
        articlesPerSecond: t > 0 ? Math.round((n * 1000) / t) : null,
        megabytesPerSecond: t > 0 ? +(bytes / 1e3 / t).toFixed(2) : null,
      }];
    }),
  );
  return {
    articles: n,
    megabytes: +(bytes / 1e6).toFixed(2),
    articlesPerSecond: Math.round(n / seconds),
    megabytesPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
    eventsPerArticle: +(events / n).toFixed(2),
    seconds: +seconds.toFixed(2),
    liveHeapMB: gc ? heapMB : null,
    stages,
  };
}

const realRun = realArticles ? measure(realArticles, count) : null;
const syntheticRun = measure(synthetic, count);
const headline = realRun ?? syntheticRun;
const headlineArticles = realArticles ?? synthetic;

// The syntax stage runs only when its layer is asked for (src/syntax/stage.ts): measured apart, on the
// headline corpus after a warm-up of its own, as words per second of the stage and articles per second
// of the pipeline with it.
const SYNTAX_ARTICLES = Math.min(count, realRun ? 250 : 1000);
const syntaxProfile = new Map<string, number>();
for (const text of headlineArticles(50, 2 * count)) pipeline.analyze({ text, published: PUBLISHED }, { syntax: true });
let syntaxWords = 0;
const syntaxStart = performance.now();
for (const text of headlineArticles(SYNTAX_ARTICLES, 3 * count)) {
  syntaxWords += pipeline.analyze({ text, published: PUBLISHED }, { syntax: true, profile: syntaxProfile }).syntax?.words.length ?? 0;
}
const syntaxSeconds = (performance.now() - syntaxStart) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const startup = measureStartup();

const languages: Record<string, number> = {};
for (const a of real.articles) languages[a.lang] = (languages[a.lang] ?? 0) + 1;
const storyChars = real.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
const meanStoryKB = real.articles.length ? +(storyChars / real.articles.length / 1e3).toFixed(2) : null;
const { seconds: headlineSeconds, liveHeapMB, stages, ...figures } = headline;
const results = {
  corpus: realRun ? 'real' : 'synthetic',
  ...figures,
  realCorpus: realRun
    ? { baseArticles: real.articles.length, meanStoryKB, languages, sources: real.sources, problems: real.problems }
    : { missing: real.problems },
  synthetic: realRun ? { articles: syntheticRun.articles, megabytes: syntheticRun.megabytes, articlesPerSecond: syntheticRun.articlesPerSecond, megabytesPerSecond: syntheticRun.megabytesPerSecond, eventsPerArticle: syntheticRun.eventsPerArticle, stages: syntheticRun.stages } : null,
  withSyntax: {
    articles: SYNTAX_ARTICLES,
    articlesPerSecond: Math.round(SYNTAX_ARTICLES / syntaxSeconds),
    syntaxWordsPerSecond: Math.round((syntaxWords * 1000) / Math.max(1e-9, syntaxProfile.get('syntax') ?? 0)),
  },
  peakRssMB: Math.round(peakRss / 1e6),
  startup,
  warmUp: { articles: warmUpArticles, articlesPerSecond: Math.round(warmUpArticles / warmUpSeconds) },
  liveHeapMB,
  node: process.version,
  stages,
};

const out = (s: string): boolean => process.stdout.write(`${s}\n`);
out(`${results.corpus === 'real' ? 'real news text' : 'synthetic articles'}: ${count} articles (${headline.megabytes} MB, ${((headline.megabytes * 1e3) / count).toFixed(1)} KB each) in ${headlineSeconds} s on one core, after a warm-up of ${warmUpArticles} (${results.warmUp.articlesPerSecond} articles/s)`);
if (realRun) out(`  from ${real.articles.length} base articles (${Object.entries(languages).map(([l, n]) => `${l} ${n}`).join(', ')}; story ${meanStoryKB} KB on average) with page clutter`);
out(`  ${headline.articlesPerSecond} articles/s, ${headline.megabytesPerSecond} MB/s, ${headline.eventsPerArticle} events/article, peak RSS ${results.peakRssMB} MB`);
if (liveHeapMB) out(`  live heap after GC along the run: ${liveHeapMB.join(' ')} MB`);
out(`  with --syntax: ${results.withSyntax.articlesPerSecond} articles/s; the syntax stage alone ${results.withSyntax.syntaxWordsPerSecond} words/s`);
if (startup) out(`  start-up (median of ${startup.runs}): --version ${startup.versionSeconds} s, analyze of one short text ${startup.analyzeShortSeconds} s`);
for (const [name, s] of Object.entries(stages)) {
  out(`  ${name.padEnd(12)} ${String(s.msPerArticle).padStart(8)} ms/article  ${s.articlesPerSecond ?? '-'} articles/s  ${s.megabytesPerSecond ?? '-'} MB/s`);
}
if (realRun) out(`synthetic 1 KB articles: ${syntheticRun.articles} (${syntheticRun.megabytes} MB), ${syntheticRun.articlesPerSecond} articles/s, ${syntheticRun.megabytesPerSecond} MB/s, ${syntheticRun.eventsPerArticle} events/article`);
writeFileSync(`${PROJECT_ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
