/**
 * `npm run eval`: runs every evaluator against the dev halves in ../shared/data, prints the headline
 * figures and writes them to eval/results.json (committed, so the history shows progress). An evaluator
 * whose data is absent says so and is skipped; `npm run eval -- NAME` runs only the named ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { EVALUATORS } from './evaluators.js';
import { missingData, type Figures } from './harness.js';

const only = process.argv.slice(2);
const path = `${PROJECT_ROOT}eval/results.json`;
let results: Record<string, Figures | { skipped: string }> = {};
try {
  results = JSON.parse(readFileSync(path, 'utf8')) as typeof results;
} catch {
  results = {};
}

let failed = 0;
for (const evaluator of EVALUATORS) {
  if (only.length && !only.includes(evaluator.name)) continue;
  process.stdout.write(`\n== ${evaluator.name}: ${evaluator.description}\n`);
  const missing = missingData(evaluator);
  if (missing.length) {
    process.stdout.write(`   skipped: data absent (${missing.join(', ')})\n`);
    results[evaluator.name] = { skipped: `data absent: ${missing.join(', ')}` };
    continue;
  }
  const started = Date.now();
  try {
    const figures = await evaluator.run();
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`   ${k.padEnd(34)} ${v}\n`);
    process.stdout.write(`   (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    results[evaluator.name] = figures;
  } catch (err) {
    failed++;
    process.stdout.write(`   FAILED: ${(err as Error).stack ?? String(err)}\n`);
  }
}
const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`\nwrote eval/results.json\n`);
process.exit(failed ? 1 : 0);
