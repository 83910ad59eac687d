/**
 * `npm run bench`: whole-pipeline throughput (articles/s, MB/s) and per-stage time on one core over
 * articles generated from the team's fixtures, plus peak memory; writes bench/results.json.
 * `npm run bench -- 5000` sets the number of articles (default 2000).
 */
import { writeFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { generateCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`bench: "${process.argv[2]}" is not a positive number of articles\n`);
  process.exit(2);
}
const corpus = generateCorpus(count);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const pipeline = buildPipeline();

// Warm-up: lexicons and models load lazily on first use; that one-off cost is not throughput.
for (const text of corpus.slice(0, 20)) pipeline.analyze({ text, published: '2026-02-04' });

const profile = new Map<string, number>();
let peakRss = process.memoryUsage().rss;
let events = 0;
const t0 = performance.now();
for (let i = 0; i < corpus.length; i++) {
  const a = pipeline.analyze({ text: corpus[i]!, published: '2026-02-04' }, { profile });
  events += a.events.length;
  if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - t0) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const stages = Object.fromEntries(
  pipeline.stages.map((s) => {
    const ms = profile.get(s.name) ?? 0;
    return [s.name, { msPerArticle: +(ms / count).toFixed(4), articlesPerSecond: ms > 0 ? Math.round((count * 1000) / ms) : null }];
  }),
);
const results = {
  articles: count,
  megabytes: +(bytes / 1e6).toFixed(2),
  articlesPerSecond: Math.round(count / seconds),
  megabytesPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
  eventsPerArticle: +(events / count).toFixed(2),
  peakRssMB: Math.round(peakRss / 1e6),
  node: process.version,
  stages,
};
process.stdout.write(`${count} articles (${results.megabytes} MB) in ${seconds.toFixed(2)} s on one core\n`);
process.stdout.write(`  ${results.articlesPerSecond} articles/s, ${results.megabytesPerSecond} MB/s, peak RSS ${results.peakRssMB} MB\n`);
for (const [name, s] of Object.entries(stages)) {
  process.stdout.write(`  ${name.padEnd(12)} ${String(s.msPerArticle).padStart(8)} ms/article  ${s.articlesPerSecond ?? '-'} articles/s\n`);
}
writeFileSync(`${PROJECT_ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
