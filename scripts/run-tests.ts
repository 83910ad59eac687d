/**
 * Runs every test/**\/*.test.ts with node:test (via tsx). Node 20's --test takes no recursive globs, so
 * the files are listed here. Extra arguments filter by path substring: `npm test -- structure`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/core/resources.js';

function list(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const filters = process.argv.slice(2);
const files = list(join(PROJECT_ROOT, 'test'))
  .map((f) => relative(PROJECT_ROOT, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  process.stderr.write(`run-tests: no test files match ${filters.join(' ')}\n`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
